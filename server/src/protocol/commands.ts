// The commands the language server implements (workspace/executeCommand) and
// the VS Code client runs: their ids, arguments and replies. The one module
// both sides import, so neither guesses the other's shapes. Constants and
// types only: it imports nothing at run time (the client bundle stays small).
import type { OptionalVersionedTextDocumentIdentifier, Range, TextEdit } from 'vscode-languageserver-types';
import type { NumberingConvention } from '../core/drafting/draft';
import type { RolloverKind } from '../core/drafting/rollover';

export const COMMANDS = {
  renumber: 'fsplan.renumber',
  compare: 'fsplan.compare',
  draftFromMunicipal: 'fsplan.draftFromMunicipal',
  rollover: 'fsplan.rollover',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Command titles (as in package.json `contributes.commands`), for messages naming the command. */
export const COMMAND_TITLES: Record<CommandId, string> = {
  'fsplan.renumber': '重新编号',
  'fsplan.compare': '与市级计划对比',
  'fsplan.draftFromMunicipal': '从市级计划生成区级草稿',
  'fsplan.rollover': '滚动到下一年度',
};

export const COMMAND_IDS: readonly CommandId[] = Object.values(COMMANDS);

export function isCommandId(command: string): command is CommandId {
  return (COMMAND_IDS as readonly string[]).includes(command);
}

/** Options of fsplan.draftFromMunicipal (the second argument). */
export interface DraftOptions {
  /** 红桥, 红桥区 …; default: the plan's own district (a district plan) or the jurisdiction setting. */
  district?: string;
  year?: number;
  numbering?: NumberingConvention;
}

/** Options of fsplan.rollover (the second argument). */
export interface RolloverOptions {
  /** The year to roll over to; default: the plan's year + 1. */
  year?: number;
}

/** What each command takes after the plan's URI (the first argument, a string). */
export interface CommandOptions {
  'fsplan.renumber': undefined;
  'fsplan.compare': undefined;
  'fsplan.draftFromMunicipal': DraftOptions;
  'fsplan.rollover': RolloverOptions;
}

/** The arguments of a command: the plan's URI, then its options. */
export type CommandArguments<C extends CommandId> = [uri: string, options?: CommandOptions[C]];

/** fsplan.renumber: the edit was sent with workspace/applyEdit. */
export interface RenumberReply {
  applied: boolean;
  /** Number of markers changed (0: the plan was numbered correctly). */
  changes: number;
}

/** fsplan.compare: the coverage table as Markdown. */
export type CompareReply = string;

/** fsplan.draftFromMunicipal: the draft text, for the client to open as an untitled document. */
export interface DraftTextReply {
  text: string;
  /** The drafted plan's title line. */
  title: string;
  district: string;
  year: number;
  /** Municipal bodies without a district counterpart, left as 【待定：…】. */
  undecided: string[];
  /** Placeholders 【待填写：…】 left for the drafter. */
  toFill: string[];
  clauses: number;
  notes: number;
  message: string;
}

/** fsplan.draftFromMunicipal when no district was given or is known: the client asks which one and runs the command again. */
export interface DistrictChoiceReply {
  districts: Array<{ name: string; short: string }>;
  message: string;
}

export type DraftReply = DraftTextReply | DistrictChoiceReply;

/** fsplan.rollover: the edit of the open plan (for this version), for the client to apply, and the lists to show. */
export interface RolloverReply {
  /** A WorkspaceEdit with one text document edit: the plan at the version computed for. */
  edit: { documentChanges: [{ textDocument: OptionalVersionedTextDocumentIdentifier; edits: TextEdit[] }] };
  fromYear: number;
  toYear: number;
  changes: Array<{ range: Range; kind: RolloverKind; before: string; after: string; context: string }>;
  review: Array<{ range: Range; text: string; reason: string }>;
  message: string;
}

/** The reply of each command. */
export interface CommandReplies {
  'fsplan.renumber': RenumberReply;
  'fsplan.compare': CompareReply;
  'fsplan.draftFromMunicipal': DraftReply;
  'fsplan.rollover': RolloverReply;
}
