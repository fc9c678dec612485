// The read-only editor features: each request goes to the engine, where the
// language service answers it (service/); closed documents, non-plans and a
// disabled fsplan answer null.
import type { CompletionItem, Connection, DocumentSymbol, FoldingRange, Hover, Location } from 'vscode-languageserver/node';
import type { PositionArgs } from './engine-protocol';
import type { PlanService } from './plan-service';

export function registerFeatures(connection: Connection, service: PlanService): void {
  const at = (params: { textDocument: { uri: string }; position: PositionArgs['position'] }) => [params.textDocument.uri, { position: params.position } satisfies PositionArgs] as const;
  connection.onHover(async (params) => (await service.call<Hover | null>('hover', ...at(params))) ?? null);
  connection.onCompletion(async (params) => {
    const items = await service.call<CompletionItem[]>('completion', ...at(params));
    return items ? { isIncomplete: false, items } : null;
  });
  connection.onDefinition(async (params) => (await service.call<Location | null>('definition', ...at(params))) ?? null);
  connection.onDocumentSymbol(async (params) => (await service.call<DocumentSymbol[]>('symbols', params.textDocument.uri)) ?? null);
  connection.onFoldingRanges(async (params) => (await service.call<FoldingRange[]>('folding', params.textDocument.uri)) ?? null);
}
