// The number a heading is expected to carry given the headings before it (hover).
import type { Heading, PlanDocument } from '../core/model/document';

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
