// The read-only editor features: each request goes to the engine, where the
// language service answers it (service/); closed documents, non-plans and a
// disabled fsplan answer null. Results are passed on as the engine serialised
// them (raw-json.ts).
import type { CancellationToken, CompletionList, Connection, DocumentSymbol, FoldingRange, Hover, Location } from 'vscode-languageserver/node';
import type { Op, PositionArgs } from './engine-protocol';
import type { PlanService } from './plan-service';

export function registerFeatures(connection: Connection, service: PlanService): void {
  type Params = { textDocument: { uri: string }; position?: PositionArgs['position'] };
  const ask = async <T>(op: Op, params: Params, token: CancellationToken): Promise<T | null> => {
    const args = params.position ? ({ position: params.position } satisfies PositionArgs) : undefined;
    const reply = await service.call(op, params.textDocument.uri, args, token);
    return reply ? reply.json.as<T>() : null;
  };
  connection.onHover((params, token) => ask<Hover>('hover', params, token));
  connection.onCompletion(async (params, token) => {
    const reply = await service.call('completion', params.textDocument.uri, { position: params.position } satisfies PositionArgs, token);
    return reply ? ({ isIncomplete: false, items: reply.json.as<CompletionList['items']>() } satisfies CompletionList) : null;
  });
  connection.onDefinition((params, token) => ask<Location>('definition', params, token));
  connection.onDocumentSymbol((params, token) => ask<DocumentSymbol[]>('symbols', params, token));
  connection.onFoldingRanges((params, token) => ask<FoldingRange[]>('folding', params, token));
}
