// Measures the responsibility and department rules on realistic fixtures:
// injects each defect of test/fixtures/departments/defects.json into its clean
// plan, lints, and checks the defect is found on the right line with the
// right first suggestion; also counts findings on clean text (false
// findings). `npm run gen:accuracy` writes the table into
// docs/departments-accuracy.md; a test fails when that table is stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveRules } from '../server/src/core/engine/config';
import { buildDirectory, classify, suggest } from '../server/src/core/analysis/departments';
import { parseDocument } from '../server/src/core/model/document';
import { lintText } from '../server/src/core/engine/linter';
import { LineIndex } from '../server/src/core/model/positions';
import type { Finding, LintEnvironment } from '../server/src/core/engine/types';
import { loadConfigFor } from '../server/src/node/config-loader';
import { buildEnvironment } from '../server/src/node/environment';
import { nodeHost } from '../server/src/node/host';
import { RULES } from '../server/src/rules';
import { measureNation, NationDefect, nationTables, updateNationDoc } from './nation-accuracy';

const root = path.join(__dirname, '..');
const fixtures = path.join(root, 'test', 'fixtures', 'departments');
export const ACCURACY_DOC = path.join(root, 'docs', 'departments-accuracy.md');

interface Scenario {
  id: string;
  label: string;
  file: string;
  config?: boolean;
}
type Defect = NationDefect;

export const KIND_LABELS: Record<string, string> = {
  'deleted-note': '删除责任分工',
  'cut-off-note': '最后一段任务与责任分工脱开',
  'typo-deletion': '部门名称漏一字',
  'typo-substitution': '部门名称错一字',
  'foreign-police': '其他区的公安分局',
  'city-level': '区级计划中的市级部门',
  'mixed-abbreviation': '简称与全称混用',
};

export interface DefectResult extends Defect {
  line: number;
  found: boolean;
  suggestionRight?: boolean;
  /** Findings of the measured rules in the defective text that neither the clean text nor this defect explain. */
  collateral: Finding[];
}

export interface CleanResult {
  label: string;
  notes: number;
  mentions: number;
  findings: Finding[];
}

export interface TypoSweep {
  label: string;
  /** Typos tried (names × positions). */
  tried: number;
  /** Typos that happen to spell another valid name (cannot be detected). */
  collisions: number;
  /** Reported as unknown. */
  detected: number;
  /** The original body is the first suggestion. */
  firstRight: number;
  /** The original body is among the suggestions. */
  anyRight: number;
}

export interface Accuracy {
  defects: DefectResult[];
  clean: CleanResult[];
  sweeps: TypoSweep[];
}

const MEASURED = (f: Finding) => f.ruleId.startsWith('department/') || f.ruleId.startsWith('responsibility/');

function setup(s: Scenario): { rules: ReturnType<typeof resolveRules>; env: LintEnvironment } {
  const file = path.join(fixtures, s.file);
  if (!s.config) return { rules: resolveRules(RULES, []), env: {} };
  const config = loadConfigFor(nodeHost, file);
  return { rules: config.rules, env: buildEnvironment(nodeHost, file, config) };
}

function firstSuggestion(f: Finding): string | undefined {
  return (f.fix ?? f.suggestions?.[0])?.edits[0]?.newText;
}

/**
 * Every one-character deletion and substitution of every form of every
 * single body valid in the plan, checked through classify and suggest.
 */
function sweep(label: string, file: string, scenario: Scenario): TypoSweep[] {
  const text = fs.readFileSync(path.join(fixtures, file), 'utf8');
  const { env } = setup(scenario);
  const dir = buildDirectory(parseDocument(text), env);
  const out: TypoSweep[] = [];
  for (const kind of ['deletion', 'substitution'] as const) {
    const r: TypoSweep = { label: `${label}：${kind === 'deletion' ? '漏一字' : '错一字（换成“甲”）'}`, tried: 0, collisions: 0, detected: 0, firstRight: 0, anyRight: 0 };
    for (const info of dir.entries) {
      if (info.collective) continue;
      for (const form of info.forms) {
        if (form === info.full && form !== info.canonical) continue;
        for (let i = 0; i < form.length; i++) {
          const typo = kind === 'deletion' ? form.slice(0, i) + form.slice(i + 1) : form.slice(0, i) + '甲' + form.slice(i + 1);
          r.tried++;
          const c = classify(dir, typo);
          if (c.kind !== 'unknown') {
            r.collisions++;
            continue;
          }
          r.detected++;
          const sugg = suggest(dir, typo);
          if (sugg[0]?.info === info) r.firstRight++;
          if (sugg.some((x) => x.info === info)) r.anyRight++;
        }
      }
    }
    out.push(r);
  }
  return out;
}

export function measure(corpus?: string): Accuracy {
  const spec = JSON.parse(fs.readFileSync(path.join(fixtures, 'defects.json'), 'utf8')) as { scenarios: Scenario[]; defects: Defect[] };
  const clean: CleanResult[] = [];
  const defects: DefectResult[] = [];
  const sweeps = spec.scenarios.filter((s) => s.id !== 'other-bare').flatMap((s) => sweep(s.label, s.file, s));
  for (const s of spec.scenarios) {
    const text = fs.readFileSync(path.join(fixtures, s.file), 'utf8');
    const { rules, env } = setup(s);
    const base = lintText(text, rules, env);
    const baseFindings = base.findings.filter(MEASURED);
    clean.push({ label: s.label, notes: base.doc.notes.length, mentions: base.doc.notes.reduce((n, x) => n + x.mentions.length, 0), findings: baseFindings });
    for (const d of spec.defects.filter((x) => x.scenario === s.id)) {
      const at = text.indexOf(d.find);
      if (at < 0 || text.indexOf(d.find, at + 1) >= 0) throw new Error(`defect text must occur exactly once in ${s.file}: ${d.find}`);
      const mutated = text.slice(0, at) + d.replace + text.slice(at + d.find.length);
      const line = new LineIndex(mutated).position(at).line + 1;
      const index = new LineIndex(mutated);
      const findings = lintText(mutated, rules, env).findings.filter(MEASURED);
      const hit = findings.find((f) => f.ruleId === d.rule && index.position(f.start).line + 1 === line && (!d.target || mutated.slice(f.start, f.end) === d.target));
      const baseKeys = new Set(baseFindings.map((f) => `${f.ruleId}|${f.message}`));
      const collateral = findings.filter((f) => f !== hit && !baseKeys.has(`${f.ruleId}|${f.message}`));
      defects.push({ ...d, line, found: !!hit, suggestionRight: d.expect === undefined ? undefined : hit !== undefined && firstSuggestion(hit) === d.expect, collateral });
    }
  }
  if (corpus && fs.existsSync(corpus)) {
    for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith('.txt')).sort()) {
      const r = lintText(fs.readFileSync(path.join(corpus, f), 'utf8'), resolveRules(RULES, []), {});
      clean.push({ label: `已发布计划 ${f.replace(/\.txt$/, '')}`, notes: r.doc.notes.length, mentions: r.doc.notes.reduce((n, x) => n + x.mentions.length, 0), findings: r.findings.filter(MEASURED) });
    }
  }
  return { defects, clean, sweeps };
}

/** The Markdown tables (generated; do not edit by hand). */
export function accuracyTables(a: Accuracy): string {
  const labels = new Map<string, string>();
  const spec = JSON.parse(fs.readFileSync(path.join(fixtures, 'defects.json'), 'utf8')) as { scenarios: Scenario[] };
  for (const s of spec.scenarios) labels.set(s.id, s.label);
  const rows: string[] = ['| 场景 | 缺陷 | 规则 | 注入 | 检出（行号正确） | 首个建议正确 | 附带误报 |', '|---|---|---|---|---|---|---|'];
  const groups = new Map<string, DefectResult[]>();
  for (const d of a.defects) {
    const k = `${d.scenario}|${d.kind}|${d.rule}`;
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  for (const [k, ds] of groups) {
    const [sc, kind, rule] = k.split('|');
    const withSugg = ds.filter((d) => d.suggestionRight !== undefined);
    rows.push(
      `| ${labels.get(sc)} | ${KIND_LABELS[kind] ?? kind} | \`${rule}\` | ${ds.length} | ${ds.filter((d) => d.found).length} | ${withSugg.length ? `${withSugg.filter((d) => d.suggestionRight).length}/${withSugg.length}` : '—'} | ${ds.reduce((n, d) => n + d.collateral.length, 0)} |`,
    );
  }
  const total = a.defects.length;
  const found = a.defects.filter((d) => d.found).length;
  const sugg = a.defects.filter((d) => d.suggestionRight !== undefined);
  rows.push(`| **合计** | | | **${total}** | **${found}** | **${sugg.filter((d) => d.suggestionRight).length}/${sugg.length}** | **${a.defects.reduce((n, d) => n + d.collateral.length, 0)}** |`);
  const clean = ['| 无缺陷文本 | 责任分工 | 部门名称 | 误报（department/*、responsibility/*） |', '|---|---|---|---|'];
  for (const c of a.clean) clean.push(`| ${c.label} | ${c.notes} | ${c.mentions} | ${c.findings.length} |`);
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
  const sw = ['| 名录中每个名称的每个字 | 尝试 | 恰好是另一个有效名称 | 报告为未知 | 首个建议为原名称 | 建议中含原名称 |', '|---|---|---|---|---|---|'];
  for (const x of a.sweeps) sw.push(`| ${x.label} | ${x.tried} | ${x.collisions} | ${x.detected} | ${x.firstRight}（${pct(x.firstRight, x.detected)}） | ${x.anyRight}（${pct(x.anyRight, x.detected)}） |`);
  return `${BEGIN}\n${rows.join('\n')}\n\n${clean.join('\n')}\n\n${sw.join('\n')}\n${END}`;
}

export const BEGIN = '<!-- accuracy:begin (generated by npm run gen:accuracy; do not edit) -->';
export const END = '<!-- accuracy:end -->';

export function corpusDir(): string {
  return path.join(root, '..', 'shared', 'corpus');
}

export function updateDoc(doc: string, tables: string): string {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < 0) throw new Error('docs/departments-accuracy.md has no accuracy markers');
  return doc.slice(0, a) + tables + doc.slice(b + END.length);
}

if (require.main === module) {
  const tables = accuracyTables(measure());
  const nation = nationTables(measureNation());
  const before = fs.readFileSync(ACCURACY_DOC, 'utf8');
  const after = updateNationDoc(updateDoc(before, tables), nation);
  if (after !== before) {
    fs.writeFileSync(ACCURACY_DOC + '.tmp', after);
    fs.renameSync(ACCURACY_DOC + '.tmp', ACCURACY_DOC);
  }
  console.log(tables);
  console.log(nation);
}
