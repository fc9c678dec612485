// Pure helpers for the drafting commands' replies (protocol/commands.ts): the
// edits of a rollover and the lines to log. No vscode import, so they are
// unit-tested directly.
import type { RolloverReply } from '../../server/src/protocol/commands';

export interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface PlainEdit {
  uri: string;
  /** The document version the edit was computed for (null: any). */
  version: number | null;
  range: PlainRange;
  newText: string;
}

/** The edits of a fsplan.rollover reply, each with the document and version it applies to. */
export function rolloverEdits(reply: RolloverReply): PlainEdit[] {
  return reply.edit.documentChanges.flatMap((c) => c.edits.map((e) => ({ uri: c.textDocument.uri, version: c.textDocument.version, range: e.range, newText: e.newText })));
}

const at = (r: PlainRange) => `${r.start.line + 1}:${r.start.character + 1}`;

/** One line per change and per item to review, for the output channel. */
export function rolloverLines(reply: RolloverReply): string[] {
  return [
    ...reply.changes.map((c) => `已修改 ${at(c.range)}  ${c.before} → ${c.after}  ${c.context}`),
    ...reply.review.map((r) => `请核对 ${at(r.range)}  ${r.text}：${r.reason}`),
  ];
}
