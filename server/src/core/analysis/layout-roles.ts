// What each paragraph of a Word plan is, for the format rules (GB/T
// 9704-2012): title, 发文字号, 成文日期, heading of level 1–4 (the part in
// the heading font: the whole line for 一、, the title sentence for the
// others), body text. Pure: the document model and the layout facts in,
// plain data out.
import type { PlanDocument, Span } from '../model/document';
import type { DocLayout, ParagraphLayout, RunLayout } from '../model/page-layout';

export type LayoutRole = 'title' | 'docNumber' | 'date' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'body';

export const ROLE_LABELS: Record<LayoutRole, string> = {
  title: '标题',
  docNumber: '发文字号',
  date: '成文日期',
  heading1: '一级标题（一、）',
  heading2: '二级标题（（一））',
  heading3: '三级标题（1.）',
  heading4: '四级标题（（1））',
  body: '正文',
};

export interface RoleSpan {
  role: LayoutRole;
  paragraph: ParagraphLayout;
  /** Index into DocLayout.paragraphs. */
  index: number;
  /** The characters the role's font applies to. */
  span: Span;
}

/** Index of the paragraph holding `offset` (paragraphs are sorted). */
export function paragraphAt(layout: DocLayout, offset: number): number {
  const ps = layout.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The layout belongs to this text (its paragraphs cover it exactly); a stale one is ignored. */
export function layoutFits(doc: PlanDocument, layout: DocLayout | undefined): layout is DocLayout {
  const ps = layout?.paragraphs;
  return !!ps && ps.length > 0 && ps[0].start === 0 && ps[ps.length - 1].end === doc.text.length;
}

export function layoutRoles(doc: PlanDocument, layout: DocLayout): RoleSpan[] {
  if (!layoutFits(doc, layout)) return [];
  const roles = new Map<number, { role: LayoutRole; span: Span }>();
  const mark = (role: LayoutRole, s: Span | undefined, whole = true) => {
    if (!s) return;
    for (let i = paragraphAt(layout, s.start); i < layout.paragraphs.length && layout.paragraphs[i].start < Math.max(s.end, s.start + 1); i++) {
      const p = layout.paragraphs[i];
      if (!roles.has(i)) roles.set(i, { role, span: whole ? { start: p.start, end: p.end } : { start: Math.max(p.start, s.start), end: Math.min(p.end, s.end) } });
    }
  };
  const f = doc.front;
  mark('title', f.noticeTitle);
  mark('title', f.planTitle);
  mark('docNumber', f.docNumber);
  mark('date', f.date);
  const skip = new Set<number>();
  const s = f.issuer;
  if (s) for (let i = paragraphAt(layout, s.start); i < layout.paragraphs.length && layout.paragraphs[i].start < s.end; i++) skip.add(i);
  for (const h of doc.headings) {
    const role = `heading${h.level}` as LayoutRole;
    const i = paragraphAt(layout, h.marker.start);
    if (roles.has(i)) continue;
    const p = layout.paragraphs[i];
    roles.set(i, { role, span: h.level === 1 ? { start: p.start, end: p.end } : { start: p.start, end: Math.min(p.end, Math.max(h.titleSpan.end, h.marker.end)) } });
  }
  const out: RoleSpan[] = [];
  layout.paragraphs.forEach((p, index) => {
    if (p.inTable || skip.has(index) || !doc.text.slice(p.start, p.end).trim()) return;
    const r = roles.get(index) ?? { role: 'body' as const, span: { start: p.start, end: p.end } };
    out.push({ role: r.role, paragraph: p, index, span: r.span });
  });
  return out;
}

/** The font and size most characters of `span` have (whitespace not counted); undefined parts where nothing sets them. */
export function dominantRun(runs: readonly RunLayout[], span: Span, text: string): { font?: string; size?: number } {
  const fonts = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const r of runs) {
    const s = Math.max(r.start, span.start);
    const e = Math.min(r.end, span.end);
    if (e <= s) continue;
    const n = text.slice(s, e).replace(/\s/g, '').length;
    if (!n) continue;
    if (r.font) fonts.set(r.font, (fonts.get(r.font) ?? 0) + n);
    if (r.size) sizes.set(r.size, (sizes.get(r.size) ?? 0) + n);
  }
  const top = <K>(m: Map<K, number>): K | undefined => [...m].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { font: top(fonts), size: top(sizes) };
}

const SIZE_NAMES: Array<[number, string]> = [[42, '初号'], [36, '小初'], [26, '一号'], [24, '小一'], [22, '二号'], [18, '小二'], [16, '三号'], [15, '小三'], [14, '四号'], [12, '小四'], [10.5, '五号'], [9, '小五'], [7.5, '六号']];

/** "三号（16磅）", or "13磅" for a size without a Chinese name. */
export function sizeName(pt: number): string {
  const name = SIZE_NAMES.find(([v]) => Math.abs(v - pt) < 0.01)?.[1];
  return name ? `${name}（${pt}磅）` : `${pt}磅`;
}
