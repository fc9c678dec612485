// Commands implemented by the server (workspace/executeCommand), as the shared
// protocol (server/src/protocol/commands.ts) defines them: fsplan.renumber,
// fsplan.compare, and the drafting commands (drafting.ts). vscode-languageclient
// registers them when the server advertises them; the middleware here supplies
// the document, sends the request itself (so that a failure shows the server's
// Chinese message, not the client library's English "Request … failed"), and
// shows results. fsplan.fixAll is a client command over the
// source.fixAll.fsplan code action.
import * as path from 'node:path';
import {
  CodeActionKind, commands, ConfigurationTarget, Range, Uri, window, workspace,
  type CodeAction, type LogOutputChannel,
} from 'vscode';
import { ExecuteCommandRequest, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { COMMAND_TITLES, COMMANDS, isCommandId, type CommandErrorData, type CompareReply } from '../../server/src/protocol/commands';
import { readCommandFailure, type CommandFailure } from './command-errors';
import type { CompareView } from './compare-view';
import { runDraftingCommand } from './drafting';
import { runCommand, type Next } from './server-command';

/** The button of the “no municipal plan” message. */
export const PICK_MUNICIPAL = '选择市级计划文件…';


/** A failed server command, with the message to show. */
export class CommandError extends Error {
  constructor(readonly failure: CommandFailure) {
    super(failure.message);
  }
}

/**
 * The document a command applies to: the URI passed by a menu or code lens,
 * else the active fsplan editor. Sent to the server as the first argument (a string).
 */
function targetUri(args: unknown[]): string | undefined {
  const first = args[0];
  if (first instanceof Uri) return first.toString();
  if (typeof first === 'string' && first) return first;
  const doc = window.activeTextEditor?.document;
  return doc?.languageId === 'fsplan' ? doc.uri.toString() : undefined;
}

/** Asks for the municipal plan file and stores it in fsplan.municipalPlan for the plan's folder. */
async function pickMunicipalPlan(plan: Uri, output: LogOutputChannel): Promise<boolean> {
  const folder = workspace.getWorkspaceFolder(plan);
  const picked = await window.showOpenDialog({
    title: '选择市级计划文件',
    openLabel: '用于对比',
    canSelectFiles: true,
    canSelectFolders: false,
    canSelectMany: false,
    defaultUri: plan.scheme === 'file' ? Uri.file(path.dirname(plan.fsPath)) : folder?.uri,
    filters: { 年度计划: ['txt', 'fsplan', 'docx'], 所有文件: ['*'] },
  });
  const file = picked?.[0];
  if (!file) return false;
  const inFolder = folder && file.scheme === 'file' && !path.relative(folder.uri.fsPath, file.fsPath).startsWith('..');
  const value = inFolder ? path.relative(folder.uri.fsPath, file.fsPath).split(path.sep).join('/') : file.fsPath;
  await workspace
    .getConfiguration('fsplan', plan)
    .update('municipalPlan', value, folder ? ConfigurationTarget.WorkspaceFolder : ConfigurationTarget.Global);
  output.info(`市级计划：${value}（已写入设置 fsplan.municipalPlan）`);
  return true;
}


/**
 * fsplan.compare: the comparison beside the plan. Without a municipal plan the
 * server's explanation is shown with a button that picks the file, stores it
 * in fsplan.municipalPlan and compares again.
 */
async function compare(uri: string, send: Next, view: CompareView, output: LogOutputChannel): Promise<unknown> {
  let reply: CompareReply | undefined;
  try {
    reply = await runCommand(send, COMMANDS.compare, [uri]);
  } catch (e) {
    const missing: CommandErrorData['reason'] = 'municipalPlanMissing';
    if (!(e instanceof CommandError) || e.failure.reason !== missing) throw e;
    const choice = await window.showWarningMessage(e.failure.message, PICK_MUNICIPAL);
    if (choice !== PICK_MUNICIPAL || !(await pickMunicipalPlan(Uri.parse(uri), output))) return undefined;
    reply = await runCommand(send, COMMANDS.compare, [uri]);
  }
  if (reply) await view.show(Uri.parse(uri), reply);
  return reply;
}

/** workspace/executeCommand sent directly, so that a failure is ours to explain. */
async function sendCommand(client: LanguageClient | undefined, command: string, args: unknown[], title: string, output: LogOutputChannel): Promise<unknown> {
  if (!client?.isRunning()) throw new CommandError({ message: `“${title}”没有完成：语言服务器没有运行，请运行“fsplan: 重启语言服务器”。` });
  try {
    return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  } catch (e) {
    output.warn(`${command} 失败：${e instanceof Error ? e.message : String(e)}`);
    throw new CommandError(readCommandFailure(e, title));
  }
}

export function commandMiddleware(view: CompareView, output: LogOutputChannel, client: () => LanguageClient | undefined): Middleware {
  return {
    async executeCommand(command, args, next) {
      if (!isCommandId(command)) return next(command, args);
      const title = COMMAND_TITLES[command];
      const uri = targetUri(args);
      if (!uri) {
        void window.showWarningMessage(`请先打开一份年度计划，再运行“${title}”。`);
        return undefined;
      }
      output.info(`${title}：${uri}`);
      // rejects with a CommandError, shown below (or acted on by compare)
      const send: Next = (c, a) => sendCommand(client(), c, a, title, output);
      try {
        if (command === COMMANDS.draftFromMunicipal || command === COMMANDS.rollover) return await runDraftingCommand(command, uri, args[1], send, output);
        if (command === COMMANDS.compare) return await compare(uri, send, view, output);
        return await runCommand(send, command, [uri]);
      } catch (e) {
        if (!(e instanceof CommandError)) throw e;
        void window.showWarningMessage(e.failure.message);
        return undefined;
      }
    },
  };
}

const FIX_ALL_KIND = CodeActionKind.SourceFixAll.append('fsplan');

/**
 * fsplan.fixAll (修复所有可自动修复的问题): applies the server's
 * source.fixAll.fsplan action to the active plan, the same edit as fix-on-save.
 */
export async function fixAll(): Promise<void> {
  const doc = window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'fsplan') {
    void window.showWarningMessage('请先打开一份年度计划，再运行“修复所有可自动修复的问题”。');
    return;
  }
  const version = doc.version;
  const all = doc.validateRange(new Range(0, 0, doc.lineCount, 0));
  const actions = (await commands.executeCommand<CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, all, FIX_ALL_KIND.value)) ?? [];
  const action = actions.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind) && a.edit);
  if (!action?.edit || action.edit.size === 0) {
    void window.showInformationMessage('没有可自动修复的问题。');
    return;
  }
  if (doc.version !== version) {
    void window.showWarningMessage('计划在计算期间被修改，未修复。请重新运行“修复所有可自动修复的问题”。');
    return;
  }
  if (!(await workspace.applyEdit(action.edit))) void window.showWarningMessage('未能修改计划，请重新运行“修复所有可自动修复的问题”。');
}
