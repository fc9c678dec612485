// The client side of the drafting commands: fsplan.draftFromMunicipal opens
// the server's draft as an untitled fsplan document (asking for the district
// when the server needs one); fsplan.rollover applies the server's
// WorkspaceEdit to the open plan and lists the changes in the output channel.
import { Position, Range, Uri, window, workspace, WorkspaceEdit, type LogOutputChannel } from 'vscode';
import { COMMANDS, type DraftOptions, type RolloverOptions } from '../../server/src/protocol/commands';
import { runCommand, type Next } from './server-command';
import { rolloverEdits, rolloverLines } from './drafting-replies';

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
  const doc = await workspace.openTextDocument({ language: 'fsplan', content: reply.text });
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
