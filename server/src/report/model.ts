// What the HTML report shows, computed from lint results: findings with
// their place and context, the heading outline with the findings under each
// item, and the coverage of the municipal plan's targets. Plain data; the
// page is rendered from it by page.ts.
import { compareTargets, CoverageRow, CoverageSide, coverageRows, ownLevelOf, type OwnLevel } from '../core/analysis/compare';

export type { OwnLevel };
import type { Heading, PlanDocument } from '../core/model/document';
import { LineIndex } from '../core/model/positions';
import { extractTargets } from '../core/analysis/targets';
import { Category, CATEGORIES, CATEGORY_LABELS, Finding, Severity, SEVERITIES } from '../core/engine/types';
import { locate, SourceKind } from '../core/engine/results';
import { RULE_MAP, ruleDocUrl } from '../rules';

/** How the municipal plan was given: --municipal, municipalPlan, the editor setting, the cited title, or chosen in the browser page. */
export type MunicipalSource = 'option' | 'config' | 'setting' | 'citation' | 'page';

/** One checked plan as the report needs it. */
export interface PlanInput {
  /** The path shown to readers (relative, "/"-separated). */
  file: string;
  kind: SourceKind;
  text: string;
  doc: PlanDocument;
  findings: readonly Finding[];
  /** The municipal plan it was compared with, when one was found. */
  municipal?: { file: string; doc: PlanDocument; source: MunicipalSource };
}

export interface Excerpt {
  before: string;
  covered: string;
  after: string;
}

export interface ReportFinding {
  /** Anchor id, unique in the page. */
  id: string;
  ruleId: string;
  docUrl: string;
  severity: Severity;
  category: Category;
  message: string;
  /** 第 34 行第 44 列, or 第 12 段 for a .docx. */
  where: string;
  line: number;
  column: number;
  paragraph?: number;
  /** The finding's text (highlighted) in its line, for reading it in context. */
  excerpt: Excerpt;
  fixable: boolean;
  /** The outline item the finding is in: 三、5. 推进… */
  item?: string;
}

/** A finding as the outline links to it. */
export interface FindingRef {
  id: string;
  severity: Severity;
  message: string;
}

export interface OutlineItem {
  marker: string;
  title: string;
  level: number;
  /** Leaf item (a task clause). */
  clause: boolean;
  /** Findings in this item's own text (not its children's). */
  findings: FindingRef[];
  /** Findings in this item and its children. */
  total: number;
  children: OutlineItem[];
}

export interface SideView extends CoverageSide {
  /** 第 5 条，第 34 行 */
  where: string;
}

export interface ComparisonRow extends Omit<CoverageRow, 'municipal' | 'district'> {
  municipal?: SideView;
  district?: SideView;
}

export type ComparisonView =
  | {
      state: 'compared';
      /** The plan's own level word: 区, 县, 市 (a county-level city) or 旗, as in 本区指标, 本县新增. */
      own: OwnLevel;
      municipalFile: string;
      municipalTitle: string;
      source: MunicipalSource;
      rows: ComparisonRow[];
      counts: Record<CoverageRow['status'], number>;
    }
  /** The plan is itself a municipal (or provincial) plan. */
  | { state: 'is-municipal' }
  /** No municipal plan was named and the cited one (if any) was not found. */
  | { state: 'not-found'; cited?: string };

export type SeverityCounts = Record<Severity, number>;

export interface PlanReport {
  /** Anchor id of the plan's section. */
  id: string;
  file: string;
  kind: SourceKind;
  /** The plan title, or the file name when the text has none. */
  title: string;
  counts: SeverityCounts & { fixable: number };
  byCategory: Array<{ category: Category; label: string } & SeverityCounts>;
  findings: ReportFinding[];
  /** Findings before the first heading (title, notice, preamble). */
  preamble: FindingRef[];
  outline: OutlineItem[];
  comparison: ComparisonView;
}

export interface ReportData {
  plans: PlanReport[];
  /** Files that could not be read, with the reason (shown at the top). */
  problems: Array<{ file: string; message: string }>;
  /** When the report was made, as shown. */
  generated: string;
  version: string;
}

const EXCERPT_SIDE = 18;
const EXCERPT_MAX = 80;

/** Whitespace as a reader sees it: dropped between CJK characters (hard wraps), one space between Latin words. */
function squash(s: string): string {
  return s.replace(/\s+/g, (m: string, at: number) => (/[\x21-\x7e]/.test(s[at - 1] ?? '') && /[\x21-\x7e]/.test(s[at + m.length] ?? '') ? ' ' : ''));
}

/** The finding's text with a little of its line on each side. */
export function excerptOf(text: string, start: number, end: number): Excerpt {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const tail = text.slice(end).search(/[\r\n]/);
  const lineEnd = tail < 0 ? text.length : end + tail;
  const from = Math.max(lineStart, start - EXCERPT_SIDE);
  const to = Math.min(lineEnd, end + EXCERPT_SIDE);
  let covered = squash(text.slice(start, end));
  if (covered.length > EXCERPT_MAX) covered = covered.slice(0, EXCERPT_MAX - 1) + '…';
  const before = (from > lineStart ? '…' : '') + squash(text.slice(from, start)).trimStart();
  const after = squash(text.slice(end, to)).trimEnd() + (to < lineEnd ? '…' : '');
  return { before, covered, after };
}

export function categoryOf(ruleId: string): Category {
  const known = RULE_MAP.get(ruleId)?.category;
  if (known) return known;
  const prefix = ruleId.split('/')[0] as Category;
  return CATEGORIES.includes(prefix) ? prefix : 'document';
}

function zero(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/** The deepest heading whose text holds `offset` (headings are in text order). */
function headingAt(headings: readonly Heading[], offset: number): Heading | undefined {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let h: Heading | undefined = found >= 0 ? headings[found] : undefined;
  while (h && offset > h.span.end) h = h.parent;
  return h;
}

function itemLabel(h: Heading): string {
  const path: string[] = [];
  for (let x: Heading | undefined = h; x; x = x.parent) path.unshift(x.marker.raw.trim());
  return `${path.join('')} ${h.title}`;
}

function sideView(s: CoverageSide | undefined, index: LineIndex, kind: SourceKind): SideView | undefined {
  if (!s) return undefined;
  const n = index.position(s.start).line + 1;
  const clause = s.clause ? `第 ${s.clause.number} 条` : '正文';
  return { ...s, where: `${clause}，${kind === 'docx' ? `第 ${n} 段` : `第 ${n} 行`}` };
}

/** The comparison of a plan with its municipal plan (also shown by the editor's 与市级计划对比). */
export function comparisonOf(p: Pick<PlanInput, 'text' | 'doc' | 'kind' | 'municipal'>): ComparisonView {
  const level = p.doc.front.planTitle?.jurisdiction?.level;
  if (!p.municipal) {
    if (level === 'city' || level === 'province') return { state: 'is-municipal' };
    return { state: 'not-found', cited: p.doc.municipalCitation?.text };
  }
  const dTargets = extractTargets(p.doc);
  const mTargets = extractTargets(p.municipal.doc);
  const raw = coverageRows(compareTargets(dTargets, mTargets), mTargets, dTargets);
  const di = new LineIndex(p.text);
  const mi = new LineIndex(p.municipal.doc.text);
  const rows = raw.map((r) => ({ ...r, municipal: sideView(r.municipal, mi, 'text'), district: sideView(r.district, di, p.kind) }));
  const counts = { met: 0, below: 0, missing: 0, extra: 0 };
  for (const r of rows) counts[r.status]++;
  return {
    state: 'compared',
    own: ownLevelOf(p.doc),
    municipalFile: p.municipal.file,
    municipalTitle: p.municipal.doc.front.planTitle?.text ?? p.municipal.file,
    source: p.municipal.source,
    rows,
    counts,
  };
}

/** The report of one plan; `n` numbers the anchors (plan-1, plan-1-f3 …). */
export function buildPlanReport(p: PlanInput, n: number): PlanReport {
  const id = `plan-${n}`;
  const located = locate({ text: p.text, findings: [...p.findings], kind: p.kind });
  const headings = p.doc.headings;
  const own = new Map<Heading, FindingRef[]>();
  const preamble: FindingRef[] = [];
  const counts = { ...zero(), fixable: 0 };
  const cats = new Map<Category, SeverityCounts>(CATEGORIES.map((c) => [c, zero()]));
  const findings = located.map((f, i): ReportFinding => {
    const fid = `${id}-f${i + 1}`;
    const category = categoryOf(f.ruleId);
    counts[f.severity]++;
    if (f.fix) counts.fixable++;
    cats.get(category)![f.severity]++;
    const h = headingAt(headings, f.start);
    const ref = { id: fid, severity: f.severity, message: f.message };
    if (h) own.set(h, [...(own.get(h) ?? []), ref]);
    else preamble.push(ref);
    return {
      id: fid,
      ruleId: f.ruleId,
      docUrl: ruleDocUrl(f.ruleId),
      severity: f.severity,
      category,
      message: f.message,
      where: f.paragraph !== undefined ? `第 ${f.paragraph} 段` : `第 ${f.line} 行第 ${f.column} 列`,
      line: f.line,
      column: f.column,
      paragraph: f.paragraph,
      excerpt: excerptOf(p.text, f.start, f.end),
      fixable: !!f.fix,
      item: h ? itemLabel(h) : undefined,
    };
  });
  const outlineOf = (h: Heading): OutlineItem => {
    const children = h.children.map(outlineOf);
    const mine = own.get(h) ?? [];
    return {
      marker: h.marker.raw.trim(),
      title: h.title,
      level: h.level,
      clause: !h.children.length,
      findings: mine,
      total: mine.length + children.reduce((s, c) => s + c.total, 0),
      children,
    };
  };
  const title = p.doc.front.planTitle?.text ?? p.file.split('/').pop() ?? p.file;
  return {
    id,
    file: p.file,
    kind: p.kind,
    title,
    counts,
    byCategory: CATEGORIES.map((c) => ({ category: c, label: CATEGORY_LABELS[c], ...cats.get(c)! })),
    findings,
    preamble,
    outline: p.doc.roots.map(outlineOf),
    comparison: comparisonOf(p),
  };
}

export function totals(plans: readonly PlanReport[]): SeverityCounts & { fixable: number } {
  const t = { ...zero(), fixable: 0 };
  for (const p of plans) {
    for (const s of SEVERITIES) t[s] += p.counts[s];
    t.fixable += p.counts.fixable;
  }
  return t;
}
