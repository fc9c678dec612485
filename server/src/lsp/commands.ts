// workspace/executeCommand for the commands of protocol/commands.ts:
// fsplan.renumber (the whole document as one edit, applied here with
// workspace/applyEdit), fsplan.compare (the coverage table as Markdown),
// fsplan.draftFromMunicipal and fsplan.rollover (answered for the client to
// apply). The engine computes (service/commands.ts, service/drafting.ts).
import { Connection, ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { CommandReplies, COMMANDS, isCommandId } from '../protocol/commands';
import type { RenumberResult } from '../service';
import type { Op } from './engine-protocol';
import type { PlanService } from './plan-service';

function uriArg(args: unknown[] | undefined): string {
  const a = args?.[0];
  const uri = typeof a === 'string' ? a : a && typeof a === 'object' && typeof (a as { uri?: unknown }).uri === 'string' ? (a as { uri: string }).uri : undefined;
  if (!uri) throw new ResponseError(ErrorCodes.InvalidParams, '命令需要一个参数：计划文件的 URI');
  return uri;
}

const NOT_OPEN = '该文件没有打开，或不是计划文件，或 fsplan 已停用（fsplan.enable）';

/** The engine operation answering each command that the client gets directly. */
const DIRECT: Record<Exclude<keyof CommandReplies, typeof COMMANDS.renumber>, Op> = {
  [COMMANDS.compare]: 'compare',
  [COMMANDS.draftFromMunicipal]: 'draft',
  [COMMANDS.rollover]: 'rollover',
};

export function registerCommands(connection: Connection, service: PlanService): void {
  connection.onExecuteCommand(async (params): Promise<CommandReplies[keyof CommandReplies]> => {
    const command = params.command;
    if (!isCommandId(command)) throw new ResponseError(ErrorCodes.MethodNotFound, `未知命令“${command}”`);
    const uri = uriArg(params.arguments);
    if (command !== COMMANDS.renumber) {
      const reply = await service.call(DIRECT[command], uri, params.arguments?.[1]);
      if (reply === undefined) throw new ResponseError(ErrorCodes.InvalidParams, NOT_OPEN);
      return reply.json.as<CommandReplies[typeof command]>();
    }
    const reply = await service.call('renumber', uri);
    if (!reply) throw new ResponseError(ErrorCodes.InvalidParams, NOT_OPEN);
    const r = reply.json.value<RenumberResult>();
    if (!r.edits.length) return { applied: true, changes: 0 };
    const applied = await connection.workspace.applyEdit({
      label: '重新编号',
      edit: { documentChanges: [{ textDocument: { uri, version: r.version }, edits: r.edits }] },
    });
    return { applied: applied.applied, changes: r.changes };
  });
}
