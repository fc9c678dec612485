// Measures every check on the nationwide fixtures (test/fixtures/nation/):
// one plan per kind of county-level unit (区 of a municipality, 区 of a
// prefecture city, 县, 自治县, 县级市, 旗, 新区) from seven provinces, with no
// registry and no configuration. Each defect of defects.json is injected
// alone; the plan is also transplanted to other units of the same kind that
// nobody tuned on (names, city and province replaced; the sibling is another
// unit of the new city) and measured again. Warnings and errors of every rule
// count; info notes do not. `npm run gen:accuracy` writes the tables into
// docs/departments-accuracy.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveRules } from '../server/src/core/engine/config';
import { lintText } from '../server/src/core/engine/linter';
import { LineIndex } from '../server/src/core/model/positions';
import type { Finding } from '../server/src/core/engine/types';
import { allUnits, Division, shortOfCity, siblings, unambiguousShorts, unitsNamed } from '../server/src/core/model/divisions';
import { RULES } from '../server/src/rules';

const root = path.join(__dirname, '..');
export const NATION_FIXTURES = path.join(root, 'test', 'fixtures', 'nation');

export interface NationScenario {
  id: string;
  label: string;
  file: string;
  unit: string;
  sibling: string;
}
/** One defect injected into a clean fixture (also the shape of test/fixtures/departments/defects.json). */
export interface NationDefect {
  scenario: string;
  kind: string;
  find: string;
  replace: string;
  rule: string;
  target?: string;
  expect?: string;
}

export const NATION_KIND_LABELS: Record<string, string> = {
  'deleted-note': '删除责任分工',
  'typo-deletion': '部门名称漏一字',
  'typo-substitution': '部门名称错一字',
  'wrong-level': '部门前缀写成其他层级（县/区/市/旗）',
  'foreign-police': '同城其他区县的公安、分局名称',
  'foreign-unit': '同城其他区县的单位',
  'city-level': '上级市的部门',
  'scope-word': '指标范围写成其他层级（全市/全县…）',
};

export interface NationDefectResult extends NationDefect {
  /** The unit the plan was checked as (the fixture's own, or a transplant). */
  unit: string;
  line: number;
  found: boolean;
  suggestionRight?: boolean;
  collateral: Finding[];
}

export interface NationClean {
  scenario: string;
  unit: string;
  notes: number;
  findings: Finding[];
}

export interface NationAccuracy {
  tuned: { defects: NationDefectResult[]; clean: NationClean[] };
  unseen: { defects: NationDefectResult[]; clean: NationClean[]; units: number };
}

const rules = resolveRules(RULES, []);
const COUNTED = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

export function loadNationSpec(): { scenarios: NationScenario[]; defects: NationDefect[] } {
  return JSON.parse(fs.readFileSync(path.join(NATION_FIXTURES, 'defects.json'), 'utf8'));
}

function firstSuggestion(f: Finding): string | undefined {
  return (f.fix ?? f.suggestions?.[0])?.edits[0]?.newText;
}

function run(scenario: string, unit: string, text: string, defects: NationDefect[], out: { defects: NationDefectResult[]; clean: NationClean[] }): void {
  const base = lintText(text, rules, {});
  const baseFindings = base.findings.filter(COUNTED);
  out.clean.push({ scenario, unit, notes: base.doc.notes.length, findings: baseFindings });
  const baseKeys = new Set(baseFindings.map((f) => `${f.ruleId}|${f.message}`));
  for (const d of defects) {
    const at = text.indexOf(d.find);
    if (at < 0 || text.indexOf(d.find, at + 1) >= 0) throw new Error(`defect text must occur exactly once in ${scenario} (${unit}): ${d.find}`);
    const mutated = text.slice(0, at) + d.replace + text.slice(at + d.find.length);
    const index = new LineIndex(mutated);
    const line = index.position(at).line + 1;
    const findings = lintText(mutated, rules, {}).findings.filter(COUNTED);
    const hit = findings.find((f) => f.ruleId === d.rule && index.position(f.start).line + 1 === line && (!d.target || mutated.slice(f.start, f.end) === d.target));
    const collateral = findings.filter((f) => f !== hit && !baseKeys.has(`${f.ruleId}|${f.message}`));
    out.defects.push({ ...d, unit, line, found: !!hit, suggestionRight: d.expect === undefined ? undefined : hit !== undefined && firstSuggestion(hit) === d.expect, collateral });
  }
}

function only(name: string): Division {
  const ds = unitsNamed(name);
  if (ds.length !== 1) throw new Error(`${name} must name exactly one county-level unit`);
  return ds[0];
}

function siblingOf(u: Division, name: string): Division {
  const d = siblings(u).find((x) => x.name === name);
  if (!d) throw new Error(`${name} is not in the city of ${u.name}`);
  return d;
}

function safeShort(d: Division): boolean {
  return !!d.short && unambiguousShorts(siblings(d)).get(d.short) === d;
}

/**
 * Units of the same kind to transplant a fixture to (every k-th, up to n),
 * each with a sibling of the fixture sibling's kind; Tianjin is left out
 * (its registry, not the national vocabulary, applies there).
 */
export function transplantTargets(s: NationScenario, n: number): Array<{ unit: Division; sibling: Division }> {
  const u = only(s.unit);
  const sib = siblingOf(u, s.sibling);
  const pairs: Array<{ unit: Division; sibling: Division }> = [];
  for (const c of allUnits()) {
    if (c === u || c.kind !== u.kind || c.province === '天津市' || !safeShort(c) || !c.city !== !u.city) continue;
    if (u.kind === '区' && c.municipality !== u.municipality) continue;
    if (unitsNamed(c.name).length > 1) continue;
    const other = siblings(c).find((x) => x !== c && x.kind === sib.kind && safeShort(x) && !x.short.includes(c.short) && !c.short.includes(x.short) && unitsNamed(x.name).length === 1);
    if (!other || c.city.includes(c.short) || c.city.includes(other.short)) continue;
    pairs.push({ unit: c, sibling: other });
  }
  const step = Math.max(1, Math.floor(pairs.length / n));
  return pairs.filter((_, i) => i % step === 0).slice(0, n);
}

/** Replaces the fixture's unit, sibling, city and province names (full names before short ones, in one pass). */
export function transplant(s: NationScenario, to: { unit: Division; sibling: Division }, text: string): string {
  const u = only(s.unit);
  const sib = siblingOf(u, s.sibling);
  const pairs: Array<[string, string]> = [
    [u.name, to.unit.name],
    [sib.name, to.sibling.name],
    ...(u.city && u.city !== u.province ? ([[u.city, to.unit.city]] as Array<[string, string]>) : []),
    [u.province, to.unit.province],
    [u.short, to.unit.short],
    [sib.short, to.sibling.short],
    ...(u.city ? ([[shortOfCity(u.city), shortOfCity(to.unit.city)]] as Array<[string, string]>) : []),
  ];
  const keys = pairs.map(([a]) => a).filter((a, i, xs) => a && xs.indexOf(a) === i);
  const map = new Map(pairs);
  const re = new RegExp(keys.sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(re, (m) => map.get(m) ?? m);
}

export function measureNation(perScenario = 8): NationAccuracy {
  const spec = loadNationSpec();
  const tuned = { defects: [] as NationDefectResult[], clean: [] as NationClean[] };
  const unseen = { defects: [] as NationDefectResult[], clean: [] as NationClean[], units: 0 };
  for (const s of spec.scenarios) {
    const text = fs.readFileSync(path.join(NATION_FIXTURES, s.file), 'utf8');
    const defects = spec.defects.filter((d) => d.scenario === s.id);
    run(s.id, s.unit, text, defects, tuned);
    for (const to of transplantTargets(s, perScenario)) {
      unseen.units++;
      const moved = defects.map((d) => ({
        ...d,
        find: transplant(s, to, d.find),
        replace: transplant(s, to, d.replace),
        target: d.target && transplant(s, to, d.target),
        expect: d.expect && transplant(s, to, d.expect),
      }));
      run(s.id, to.unit.name, transplant(s, to, text), moved, unseen);
    }
  }
  return { tuned, unseen };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

function byKind(ds: NationDefectResult[]): string[] {
  const rows: string[] = [];
  const kinds = [...new Set(ds.map((d) => `${d.kind}|${d.rule}`))];
  for (const k of kinds) {
    const [kind, rule] = k.split('|');
    const g = ds.filter((d) => d.kind === kind && d.rule === rule);
    const withSugg = g.filter((d) => d.suggestionRight !== undefined);
    const found = g.filter((d) => d.found).length;
    rows.push(
      `| ${NATION_KIND_LABELS[kind] ?? kind} | \`${rule}\` | ${g.length} | ${found}（${pct(found, g.length)}） | ${withSugg.length ? `${withSugg.filter((d) => d.suggestionRight).length}/${withSugg.length}` : '—'} | ${g.reduce((n, d) => n + d.collateral.length, 0)} |`,
    );
  }
  const found = ds.filter((d) => d.found).length;
  const sugg = ds.filter((d) => d.suggestionRight !== undefined);
  rows.push(`| **合计** | | **${ds.length}** | **${found}（${pct(found, ds.length)}）** | **${sugg.filter((d) => d.suggestionRight).length}/${sugg.length}** | **${ds.reduce((n, d) => n + d.collateral.length, 0)}** |`);
  return rows;
}

export const NATION_BEGIN = '<!-- nation:begin (generated by npm run gen:accuracy; do not edit) -->';
export const NATION_END = '<!-- nation:end -->';

export function nationTables(a: NationAccuracy): string {
  const spec = loadNationSpec();
  const head = ['| 缺陷 | 规则 | 注入 | 检出（行号正确） | 首个建议正确 | 附带误报 |', '|---|---|---|---|---|---|'];
  const clean = ['| 无缺陷计划 | 责任分工 | 警告和错误 | 移植到其他同类单位 | 移植后警告和错误 |', '|---|---|---|---|---|'];
  for (const s of spec.scenarios) {
    const t = a.tuned.clean.find((c) => c.scenario === s.id)!;
    const u = a.unseen.clean.filter((c) => c.scenario === s.id);
    clean.push(`| ${s.label} | ${t.notes} | ${t.findings.length} | ${u.length}（${u.map((c) => c.unit).join('、')}） | ${u.reduce((n, c) => n + c.findings.length, 0)} |`);
  }
  return [
    NATION_BEGIN,
    `本项目的 ${spec.scenarios.length} 份全国样例计划：`,
    '',
    ...head,
    ...byKind(a.tuned.defects),
    '',
    `移植到 ${a.unseen.units} 个未参与调校的同类单位（其他省份、其他城市）后：`,
    '',
    ...head,
    ...byKind(a.unseen.defects),
    '',
    ...clean,
    NATION_END,
  ].join('\n');
}

export function updateNationDoc(doc: string, tables: string): string {
  const a = doc.indexOf(NATION_BEGIN);
  const b = doc.indexOf(NATION_END);
  if (a < 0 || b < 0) throw new Error('docs/departments-accuracy.md has no nation markers');
  return doc.slice(0, a) + tables + doc.slice(b + NATION_END.length);
}
