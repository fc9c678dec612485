// Messages between the connection thread and the engines (a worker thread
// for ordinary plans, a child process for big ones) that parse, lint and
// answer feature requests (engine-worker.ts). Plain data only.
import type { CodeActionParams, Diagnostic, Position, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import type { Settings } from './settings';

/** Set in the environment of the engine's child process (engine.ts, engine-worker.ts). */
export const ENGINE_PROCESS_ENV = 'FSPLAN_ENGINE_PROCESS';

export type Op = 'diagnostics' | 'hover' | 'completion' | 'symbols' | 'folding' | 'definition' | 'codeActions' | 'renumber' | 'compare' | 'draft' | 'rollover';

/** Arguments of hover, completion and definition. */
export interface PositionArgs {
  position: Position;
}

/** Arguments of codeActions. */
export interface CodeActionArgs {
  params: CodeActionParams;
  /** The client can create files (a disable-rule action may create .fsplanrc.json). */
  createFiles: boolean;
  /** Open config documents: uri → text and version. */
  open: Record<string, { text: string; version: number }>;
}

export interface EngineRequest {
  kind: 'request';
  id: number;
  op: Op;
  uri: string;
  version: number;
  /** The whole text: sent when the engine holds no version of the document the changes below apply to. */
  text?: string;
  /** Else the edits since the version the engine holds (`base`), as the editor sent them. */
  changes?: ChangeLog;
  settings: Settings;
  generation: number;
  workspaceFolders: string[];
  args?: unknown;
}

/** Edits from version `base` on, one step per didChange. */
export interface ChangeLog {
  base: number;
  steps: Array<{ version: number; changes: TextDocumentContentChangeEvent[] }>;
}

export type ToEngine =
  | EngineRequest
  | { kind: 'invalidate'; files: string[] }
  | { kind: 'forget'; uri: string }
  /** The client cancelled the request: dropped unless it already runs. */
  | { kind: 'cancel'; id: number }
  /** Validate the text of an open .fsplanrc.json: answered with its diagnostics (a `result`). */
  | { kind: 'checkConfig'; id: number; uri: string; text: string };

export type EngineEvent =
  /** A .fsplanrc.json that does not load: the error's message and its diagnostic on the file as it is on disk. */
  | { type: 'configError'; file: string; message: string; diagnostic: Diagnostic }
  | { type: 'configOk'; files: string[] }
  | { type: 'missingFile'; which: 'municipal' | 'registry'; file: string; reason: string }
  | { type: 'referenced'; file: string };

export type FromEngine =
  /** The result as UTF-8 JSON (raw-json.ts), and the files the plan's environment came from. */
  | { kind: 'result'; id: number; json: Uint8Array; deps: string[] }
  | { kind: 'error'; id: number; code: number; message: string; data?: unknown }
  | { kind: 'needText'; id: number }
  /** Not run: cancelled, or the document changed (or closed) before its turn. */
  | { kind: 'dropped'; id: number; reason: 'cancelled' | 'changed' }
  | { kind: 'event'; event: EngineEvent };
