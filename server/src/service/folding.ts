// Folding ranges: every chapter and item that spans more than one line.
import type { FoldingRange } from 'vscode-languageserver-types';
import { toRange } from './convert';
import { FOLDING_REGION } from './kinds';
import type { ServicePlan } from './plan';

export function foldingRanges(p: ServicePlan): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const h of p.doc.headings) {
    // do not fold the line break after the heading's last paragraph
    let end = h.span.end;
    while (end > h.span.start && /\s/.test(p.text[end - 1])) end--;
    const r = toRange(p.index, h.span.start, end);
    if (r.end.line > r.start.line) out.push({ startLine: r.start.line, endLine: r.end.line, kind: FOLDING_REGION });
  }
  return out;
}
