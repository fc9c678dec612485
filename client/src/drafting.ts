// The client side of the drafting commands: fsplan.draftFromMunicipal opens
// the server's draft as an untitled fsplan document named after the plan's
// title, saved by Ctrl+S as 某某区2026年食品安全监督管理计划.txt beside the
// plan the command ran on (asking for the district when the server needs one); fsplan.rollover applies the server's
// WorkspaceEdit to the open plan and lists the changes in the output channel.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languages, Position, Range, Uri, window, workspace, WorkspaceEdit, type LogOutputChannel, type TextDocument } from 'vscode';
import { COMMANDS, type DraftOptions, type RolloverOptions } from '../../server/src/protocol/commands';
import { runCommand, type Next } from './server-command';
import { draftFileName, rolloverEdits, rolloverLines } from './drafting-replies';

/**
 * An untitled document holding the draft, associated with
 * <folder of the plan the command ran on>/<plan title>.txt (never an existing
 * file: （草稿）… is added), so its tab carries that name and saving writes it there.
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

async function draft(uri: string, options: DraftOptions, next: Next): Promise<unknown> {
  let reply = await runCommand(next, COMMANDS.draftFromMunicipal, [uri, options]);
  if (reply && 'districts' in reply) {
    const pick = await window.showQuickPick(
      reply.districts.map((d) => d.name),
      { title: '从市级计划生成区级草稿', placeHolder: reply.message || '请选择区' },
    );
    if (!pick) return undefined;
    reply = await runCommand(next, COMMANDS.draftFromMunicipal, [uri, { ...options, district: pick }]);
  }
  if (!reply || !('text' in reply)) return reply;
  const doc = await openDraft(Uri.parse(uri), reply.title, reply.text);
  await window.showTextDocument(doc);
  void window.showInformationMessage(reply.message);
  return reply;
}

async function rollover(uri: string, options: RolloverOptions, next: Next, output: LogOutputChannel): Promise<unknown> {
  const reply = await runCommand(next, COMMANDS.rollover, [uri, options]);
  if (!reply) return reply;
  const edits = rolloverEdits(reply);
  const edit = new WorkspaceEdit();
  for (const e of edits) {
    const target = workspace.textDocuments.find((d) => d.uri.toString() === e.uri);
    if (target && e.version !== null && target.version !== e.version) {
      void window.showWarningMessage('计划在计算期间被修改，未滚动年度。请重新运行“滚动到下一年度”。');
      return reply;
    }
    const r = e.range;
    edit.replace(Uri.parse(e.uri), new Range(new Position(r.start.line, r.start.character), new Position(r.end.line, r.end.character)), e.newText);
  }
  if (edits.length && !(await workspace.applyEdit(edit))) {
    void window.showWarningMessage('未能修改计划，请重新运行“滚动到下一年度”。');
    return reply;
  }
  for (const line of rolloverLines(reply)) output.info(line);
  void window.showInformationMessage(reply.message, '查看修改和待核对处').then((choice) => {
    if (choice) output.show(true);
  });
  return reply;
}

/** Runs a drafting command for `uri`; `options` is the command's second argument (from a caller of the command). */
export function runDraftingCommand(
  command: typeof COMMANDS.draftFromMunicipal | typeof COMMANDS.rollover,
  uri: string,
  options: unknown,
  next: Next,
  output: LogOutputChannel,
): Promise<unknown> {
  const o = options && typeof options === 'object' ? options : {};
  return command === COMMANDS.rollover ? rollover(uri, o as RolloverOptions, next, output) : draft(uri, o as DraftOptions, next);
}
