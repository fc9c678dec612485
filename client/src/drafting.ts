// The client side of the drafting commands: fsplan.draftFromMunicipal opens
// the server's draft as an untitled fsplan document named after the plan's
// title, so that saving proposes 某某区2026年食品安全监督管理计划.txt beside
// the municipal plan (asking for the district when the server needs one); fsplan.rollover applies the server's
// WorkspaceEdit to the open plan and lists the changes in the output channel.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languages, Position, Range, Uri, window, workspace, WorkspaceEdit, type LogOutputChannel, type TextDocument } from 'vscode';
import { draftFileName, readDraftReply, readRolloverReply } from './drafting-replies';

type Next = (command: string, args: unknown[]) => Promise<unknown>;

/**
 * An untitled document holding the draft, associated with
 * <folder of the plan the command ran on>/<plan title>.txt (never an existing
 * file: （草稿）… is added), so its tab and the save dialog carry that name.
 */
async function openDraft(from: Uri, title: string, text: string): Promise<TextDocument> {
  const folder = from.scheme === 'file' ? path.dirname(from.fsPath) : workspace.getWorkspaceFolder(from)?.uri.fsPath;
  if (!folder || !title) return workspace.openTextDocument({ language: 'fsplan', content: text });
  const open = new Set(workspace.textDocuments.map((d) => d.uri.path));
  const name = draftFileName(title, (n) => {
    const p = path.join(folder, n);
    return fs.existsSync(p) || open.has(Uri.file(p).path);
  });
  const doc = await workspace.openTextDocument(Uri.file(path.join(folder, name)).with({ scheme: 'untitled' }));
  const edit = new WorkspaceEdit();
  edit.insert(doc.uri, new Position(0, 0), text);
  await workspace.applyEdit(edit);
  return doc.languageId === 'fsplan' ? doc : languages.setTextDocumentLanguage(doc, 'fsplan');
}

async function draft(uri: string, options: Record<string, unknown>, next: Next): Promise<unknown> {
  let result = await next('fsplan.draftFromMunicipal', [uri, options]);
  let reply = readDraftReply(result);
  if (reply && 'districts' in reply) {
    const pick = await window.showQuickPick(
      reply.districts.map((d) => d.name),
      { title: '从市级计划生成区级草稿', placeHolder: reply.message || '请选择区' },
    );
    if (!pick) return undefined;
    result = await next('fsplan.draftFromMunicipal', [uri, { ...options, district: pick }]);
    reply = readDraftReply(result);
  }
  if (!reply || !('text' in reply)) {
    void window.showWarningMessage('没有得到区级草稿。请在市级计划（或已找到市级计划的区级计划）中运行此命令。');
    return result;
  }
  const doc = await openDraft(Uri.parse(uri), reply.title, reply.text);
  await window.showTextDocument(doc);
  void window.showInformationMessage(reply.message);
  return result;
}

async function rollover(uri: string, options: Record<string, unknown>, next: Next, output: LogOutputChannel): Promise<unknown> {
  const result = await next('fsplan.rollover', [uri, options]);
  const reply = readRolloverReply(result);
  if (!reply) return result;
  const edit = new WorkspaceEdit();
  for (const e of reply.edits) {
    const target = workspace.textDocuments.find((d) => d.uri.toString() === e.uri);
    if (target && e.version !== null && target.version !== e.version) {
      void window.showWarningMessage('计划在计算期间被修改，未滚动年度。请重新运行“滚动到下一年度”。');
      return result;
    }
    const r = e.range;
    edit.replace(Uri.parse(e.uri), new Range(new Position(r.start.line, r.start.character), new Position(r.end.line, r.end.character)), e.newText);
  }
  if (reply.edits.length && !(await workspace.applyEdit(edit))) {
    void window.showWarningMessage('未能修改计划，请重新运行“滚动到下一年度”。');
    return result;
  }
  for (const line of reply.lines) output.info(line);
  void window.showInformationMessage(reply.message, '查看修改和待核对处').then((choice) => {
    if (choice) output.show(true);
  });
  return result;
}

/** Runs a drafting command for `uri` (the first argument); later arguments are passed on as options. */
export function runDraftingCommand(command: string, uri: string, args: unknown[], next: Next, output: LogOutputChannel): Promise<unknown> {
  const options = args[1] && typeof args[1] === 'object' ? (args[1] as Record<string, unknown>) : {};
  return command === 'fsplan.rollover' ? rollover(uri, options, next, output) : draft(uri, options, next);
}
