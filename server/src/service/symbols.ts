// Document symbols: the heading tree with item titles (Outline, breadcrumbs).
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { Heading } from '../core/model/document';
import { toRange } from './convert';
import { HEADING_SYMBOL_KIND } from './kinds';
import type { ServicePlan } from './plan';

function symbolOf(p: ServicePlan, h: Heading): DocumentSymbol {
  const selectionEnd = Math.max(h.marker.end, h.titleSpan.end);
  const end = Math.max(h.span.end, selectionEnd);
  return {
    name: `${h.marker.raw.trim()}${h.title}` || h.marker.raw.trim() || '（无标题）',
    kind: HEADING_SYMBOL_KIND[h.level],
    range: toRange(p.index, h.span.start, end),
    selectionRange: toRange(p.index, h.marker.start, selectionEnd),
    children: h.children.map((c) => symbolOf(p, c)),
  };
}

export function documentSymbols(p: ServicePlan): DocumentSymbol[] {
  return p.doc.roots.map((h) => symbolOf(p, h));
}
