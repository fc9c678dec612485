// Folding ranges: every chapter and item that spans more than one line.
import { Connection, FoldingRange, FoldingRangeKind } from 'vscode-languageserver/node';
import type { Analysis } from './analysis';
import type { PlanService } from './service';
import { toRange } from './convert';

export function foldingRanges(a: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const h of a.doc.headings) {
    // do not fold the line break after the heading's last paragraph
    let end = h.span.end;
    while (end > h.span.start && /\s/.test(a.text[end - 1])) end--;
    const r = toRange(a.index, h.span.start, end);
    if (r.end.line > r.start.line) out.push({ startLine: r.start.line, endLine: r.end.line, kind: FoldingRangeKind.Region });
  }
  return out;
}

export function registerFolding(connection: Connection, service: PlanService): void {
  connection.onFoldingRanges(async (params) => (await service.call<FoldingRange[]>('folding', params.textDocument.uri)) ?? null);
}
