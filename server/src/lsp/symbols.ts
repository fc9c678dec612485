// Document symbols: the heading tree with item titles (Outline, breadcrumbs).
import { Connection, DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import type { Heading } from '../core/model/document';
import type { Analysis } from './analysis';
import type { PlanService } from './service';
import { toRange } from './convert';

const KINDS = [SymbolKind.File, SymbolKind.Namespace, SymbolKind.Module, SymbolKind.Field, SymbolKind.Property];

function symbolOf(a: Analysis, h: Heading): DocumentSymbol {
  const selectionEnd = Math.max(h.marker.end, h.titleSpan.end);
  const end = Math.max(h.span.end, selectionEnd);
  return {
    name: `${h.marker.raw.trim()}${h.title}` || h.marker.raw.trim() || '（无标题）',
    kind: KINDS[h.level],
    range: toRange(a.index, h.span.start, end),
    selectionRange: toRange(a.index, h.marker.start, selectionEnd),
    children: h.children.map((c) => symbolOf(a, c)),
  };
}

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  return a.doc.roots.map((h) => symbolOf(a, h));
}

export function registerSymbols(connection: Connection, service: PlanService): void {
  connection.onDocumentSymbol(async (params) => (await service.call<DocumentSymbol[]>('symbols', params.textDocument.uri)) ?? null);
}
