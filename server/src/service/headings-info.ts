// Facts about headings shared by hover and symbols: level names and the
// number a heading is expected to carry.
import type { Heading, PlanDocument } from '../core/model/document';
import { CANONICAL_MARKER } from '../core/model/headings';
import { formatChineseNumeral } from '../core/model/numerals';

export const LEVEL_NAMES = ['', '一级标题', '二级标题', '三级标题', '四级标题'] as const;

/** Items of this level numbered through the whole document (1. 2. | 3. 4.) rather than restarting under each parent. */
function continuous(doc: PlanDocument, level: number): boolean {
  let prev: Heading | undefined;
  for (const h of doc.headings) {
    if (h.level !== level) continue;
    if (prev && prev.parent !== h.parent && h.parent) return h.number === prev.number + 1 && h.number !== 1;
    prev = h;
  }
  return false;
}

/** The number a heading should have given the headings before it. */
export function expectedNumber(doc: PlanDocument, h: Heading): number {
  const siblings = (h.parent ? h.parent.children : doc.roots).filter((s) => s.level === h.level);
  const i = siblings.indexOf(h);
  if (i > 0) return expectedNumber(doc, siblings[i - 1]) + 1;
  if (h.parent && continuous(doc, h.level)) {
    const before = doc.headings.slice(0, h.index).filter((s) => s.level === h.level);
    const last = before[before.length - 1];
    if (last) return expectedNumber(doc, last) + 1;
  }
  return 1;
}

export function canonicalMarker(level: Heading['level'], n: number): string {
  return CANONICAL_MARKER[level].replace('N', level <= 2 ? formatChineseNumeral(n) : String(n));
}
