// workspace/executeCommand: fsplan.renumber (重新编号: the whole document as
// one WorkspaceEdit) and fsplan.compare (与市级计划对比: `{ markdown, html }`,
// the coverage table for the client to show, compare.ts); fsplan.draftFromMunicipal and
// fsplan.rollover are answered by drafting.ts. The engine computes (engine-ops.ts).
import { Connection, ErrorCodes, ResponseError, TextEdit } from 'vscode-languageserver/node';
import type { CompareResult } from './compare';
import { DRAFTING_COMMANDS, isDraftingCommand } from './drafting';
import type { PlanService } from './service';

export const COMMANDS = { renumber: 'fsplan.renumber', compare: 'fsplan.compare', ...DRAFTING_COMMANDS } as const;

function uriArg(args: unknown[] | undefined): string {
  const a = args?.[0];
  const uri = typeof a === 'string' ? a : a && typeof a === 'object' && typeof (a as { uri?: unknown }).uri === 'string' ? (a as { uri: string }).uri : undefined;
  if (!uri) throw new ResponseError(ErrorCodes.InvalidParams, '命令需要一个参数：计划文件的 URI');
  return uri;
}

const NOT_OPEN = '该文件没有打开，或不是计划文件，或 fsplan 已停用（fsplan.enable）';

export function registerCommands(connection: Connection, service: PlanService): void {
  connection.onExecuteCommand(async (params) => {
    if (params.command !== COMMANDS.renumber && params.command !== COMMANDS.compare && !isDraftingCommand(params.command)) {
      throw new ResponseError(ErrorCodes.MethodNotFound, `未知命令“${params.command}”`);
    }
    const uri = uriArg(params.arguments);
    if (isDraftingCommand(params.command)) {
      // drafting.ts: the draft text, or the rollover WorkspaceEdit for the client to apply
      const op = params.command === COMMANDS.rollover ? 'rollover' : 'draft';
      const result = await service.call<unknown>(op, uri, params.arguments?.[1]);
      if (result === undefined) throw new ResponseError(ErrorCodes.InvalidParams, NOT_OPEN);
      return result;
    }
    if (params.command === COMMANDS.compare) {
      const result = await service.call<CompareResult>('compare', uri);
      if (result === undefined) throw new ResponseError(ErrorCodes.InvalidParams, NOT_OPEN);
      return result;
    }
    const r = await service.call<{ edits: TextEdit[]; version: number; changes: number }>('renumber', uri);
    if (!r) throw new ResponseError(ErrorCodes.InvalidParams, NOT_OPEN);
    if (!r.edits.length) return { applied: true, changes: 0 };
    const applied = await connection.workspace.applyEdit({
      label: '重新编号',
      edit: { documentChanges: [{ textDocument: { uri, version: r.version }, edits: r.edits }] },
    });
    return { applied: applied.applied, changes: r.changes };
  });
}
