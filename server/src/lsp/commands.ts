// workspace/executeCommand: fsplan.renumber (重新编号: the whole document as
// one WorkspaceEdit) and fsplan.compare (与市级计划对比: the coverage table as
// Markdown text for the client to show).
import { Connection, ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import type { Analyzer } from './analysis';
import { toTextEdits } from './convert';
import { coverageMarkdown, renumberEdits } from './integrations';

export const COMMANDS = { renumber: 'fsplan.renumber', compare: 'fsplan.compare' } as const;

function uriArg(args: unknown[] | undefined): string {
  const a = args?.[0];
  const uri = typeof a === 'string' ? a : a && typeof a === 'object' && typeof (a as { uri?: unknown }).uri === 'string' ? (a as { uri: string }).uri : undefined;
  if (!uri) throw new ResponseError(ErrorCodes.InvalidParams, '命令需要一个参数：计划文件的 URI');
  return uri;
}

export function registerCommands(connection: Connection, analyzer: Analyzer): void {
  connection.onExecuteCommand(async (params) => {
    const uri = uriArg(params.arguments);
    const a = await analyzer.current(uri);
    if (!a) throw new ResponseError(ErrorCodes.InvalidParams, '该文件没有打开，或不是计划文件，或 fsplan 已停用（fsplan.enable）');
    if (params.command === COMMANDS.renumber) {
      const edits = renumberEdits(a.doc);
      if (!edits) throw new ResponseError(ErrorCodes.InternalError, '此版本的 fsplan 尚未提供重新编号功能');
      if (!edits.length) return { applied: true, changes: 0 };
      const r = await connection.workspace.applyEdit({
        label: '重新编号',
        edit: { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits: toTextEdits(a.index, edits) }] },
      });
      return { applied: r.applied, changes: edits.length };
    }
    if (params.command === COMMANDS.compare) {
      const municipal = a.plan.env.municipal;
      if (!municipal || !a.plan.municipalFile) {
        throw new ResponseError(ErrorCodes.InvalidParams, '没有找到市级计划。请在设置 fsplan.municipalPlan 或 .fsplanrc.json 的 municipalPlan 中指定市级计划文件');
      }
      const markdown = coverageMarkdown(a.doc, municipal, a.plan.env);
      if (markdown === undefined) throw new ResponseError(ErrorCodes.InternalError, '此版本的 fsplan 尚未提供与市级计划对比功能');
      return markdown;
    }
    throw new ResponseError(ErrorCodes.MethodNotFound, `未知命令“${params.command}”`);
  });
}
