// The language server's view of the core features it presents: the
// department registry (hover, completion), renumbering, the coverage table
// and the municipal target behind a finding. Each function here is the ONE
// place the server asks for that feature.
import { compareTargets, CoverageRow, coverageRows, ownLevelOf, statusLabel } from '../core/analysis/compare';
import { buildDirectory, completionNames, describeMention, suggest, usageCounts } from '../core/analysis/departments';
import type { PlanDocument } from '../core/model/document';
import { renumberDocument } from '../core/drafting/renumber';
import { extractTargets } from '../core/analysis/targets';
import type { Finding, LintEnvironment, TextEdit } from '../core/engine/types';
import type { Registry } from '../core/analysis/registry';

export interface DepartmentInfo {
  /** Full official name, e.g. 天津市红桥区市场监督管理局. */
  fullName: string;
  /** Accepted written forms, preferred first. */
  forms: string[];
  /** The municipal counterpart, when the registry names one. */
  municipal?: string;
  /** Why the name is not valid here (another district's body, a city body), in Chinese. */
  note?: string;
}

/** Registry facts about a department name as written in this plan. */
export function describeDepartment(name: string, env: LintEnvironment, doc: PlanDocument): DepartmentInfo | undefined {
  const d = describeMention(buildDirectory(doc, env), name);
  if (d.status === 'unknown' || d.status === 'placeholder') return undefined; // 【待定：…】 is for the drafter, not a department
  const forms = [...new Set([d.canonical ?? name, ...d.aliases])];
  const own = ownLevelOf(doc);
  const note =
    d.status === 'foreign'
      ? `这是${d.district ?? `其他${own}`}的单位${d.canonical ? `，本${own}对应“${d.canonical}”` : ''}`
      : d.status === 'city'
        ? `这是上级单位，${own}级计划中应写本${own}对应部门`
        : undefined;
  return { fullName: d.full ?? d.canonical ?? name, forms, municipal: d.municipal, note };
}

/** A name the registry covering this plan does not know: where it was looked up, and the names it may be a misspelling of (as department/unknown offers them). */
export interface UnknownDepartment {
  jurisdiction: string;
  suggestions: string[];
}

/** Undefined when the name is known, or when no registry covers the plan (nothing can be said). */
export function unknownDepartment(name: string, env: LintEnvironment, doc: PlanDocument): UnknownDepartment | undefined {
  const dir = buildDirectory(doc, env);
  if (!dir.covered || describeMention(dir, name).status !== 'unknown') return undefined;
  return { jurisdiction: dir.jurisdiction?.name ?? '本辖区', suggestions: suggest(dir, name, 3, usageCounts(dir, doc)).map((x) => x.name) };
}

/** Department names valid for this plan, preferred forms first; undefined when no registry covers the plan. */
export function validDepartmentNames(env: LintEnvironment, doc: PlanDocument): string[] | undefined {
  const dir = buildDirectory(doc, env);
  if (!dir.covered) return undefined;
  return completionNames(dir).map((c) => c.label);
}

/** Puts the department registry read from `file` (validated: parseRegistryText) into the lint environment. */
export function attachRegistry(env: LintEnvironment, file: string, registry: Registry): void {
  env.departments = { ...env.departments, registry, registrySource: file };
}

/** Whole-document renumbering as core edits (none for a correctly numbered plan). */
export function renumberEdits(doc: PlanDocument): TextEdit[] {
  return renumberDocument(doc);
}


function cell(s: { value: string; clause?: { number: number; title: string } } | undefined, missing: string): string {
  if (!s) return missing;
  return `${s.value}（${s.clause ? `第 ${s.clause.number} 条 ${s.clause.title}` : '正文'}）`;
}

/** The coverage table (district plan vs municipal plan) as Markdown. */
export function coverageMarkdown(doc: PlanDocument, municipal: PlanDocument, _env: LintEnvironment): string {
  const d = extractTargets(doc);
  const m = extractTargets(municipal);
  const rows = coverageRows(compareTargets(d, m), m, d);
  const own = ownLevelOf(doc);
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `# 与市级计划对比`,
    '',
    `${own}级计划：${doc.front.planTitle?.text ?? '（无标题）'}　市级计划：${municipal.front.planTitle?.text ?? '（无标题）'}`,
    '',
    `| 指标 | 市级要求（条款） | 本${own}指标（条款） | 状态 |`,
    '|---|---|---|---|',
    ...rows.map((r) => `| ${esc(r.indicator)} | ${esc(cell(r.municipal, '—'))} | ${esc(cell(r.district, '未落实'))} | ${r.status === 'below' || r.status === 'missing' ? `**${statusLabel(r.status, own)}**` : statusLabel(r.status, own)} |`),
  ];
  const n = (s: CoverageRow['status']) => rows.filter((r) => r.status === s).length;
  lines.push('', `市级指标 ${n('met') + n('below') + n('missing')} 项：已落实 ${n('met')} 项，低于市级 ${n('below')} 项，未落实 ${n('missing')} 项；本${own}新增 ${n('extra')} 项。`);
  return lines.join('\n') + '\n';
}

export interface MunicipalTarget {
  /** The municipal target text, e.g. 抽检量达到7.5批次/千人. */
  text: string;
  /** Number and title of the municipal clause it belongs to. */
  clause?: string;
  /** The municipal plan file, when known. */
  file?: string;
  /** Offsets of the target in the municipal plan text. */
  start?: number;
  end?: number;
}

/** The municipal target a finding was matched with (target/below-municipal puts it in Finding.data.municipal). */
export function municipalTarget(f: Finding): MunicipalTarget | undefined {
  const m = f.data?.municipal as
    | { text?: unknown; file?: unknown; start?: unknown; end?: unknown; clause?: { number?: unknown; title?: unknown } }
    | undefined;
  if (!m || typeof m.text !== 'string') return undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const clause = m.clause && typeof m.clause.number === 'number' ? `第 ${m.clause.number} 条${typeof m.clause.title === 'string' ? ` ${m.clause.title}` : ''}` : undefined;
  return { text: m.text, clause, file: typeof m.file === 'string' ? m.file : undefined, start: num(m.start), end: num(m.end) };
}

/**
 * The municipal target matched with the district target at `offset`, for
 * hover and go-to-definition on any target (not only those with a finding).
 */
export function municipalMatchAt(doc: PlanDocument, env: LintEnvironment, offset: number): MunicipalTarget | undefined {
  const municipal = env.municipal;
  if (!municipal) return undefined;
  const d = extractTargets(doc);
  const hit = d.find((t) => t.start <= offset && offset <= t.end);
  if (!hit) return undefined;
  const pair = compareTargets(d, extractTargets(municipal)).pairs.find((p) => p.district.index === hit.index);
  if (!pair) return undefined;
  const m = pair.municipal;
  const c = m.clause?.heading;
  return {
    text: m.text,
    clause: c ? `第 ${c.number} 条 ${c.title}` : undefined,
    file: typeof env.municipalFile === 'string' ? env.municipalFile : undefined,
    start: m.start,
    end: m.end,
  };
}
