// Messages between the connection thread and the engine workers that parse,
// lint and answer feature requests (engine-worker.ts). Plain data only.
import type { CodeActionParams, Position } from 'vscode-languageserver/node';
import type { TextSpan } from '../core/analysis/data-file';
import type { Settings } from './settings';

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
  /** Sent when the worker does not have this version yet. */
  text?: string;
  settings: Settings;
  generation: number;
  workspaceFolders: string[];
  args?: unknown;
}

export type ToEngine = EngineRequest | { kind: 'invalidate'; files: string[] } | { kind: 'forget'; uri: string };

export type EngineEvent =
  | { type: 'configError'; file: string; jsonPath: string; detail: string; at?: TextSpan }
  | { type: 'configOk'; files: string[] }
  | { type: 'missingFile'; which: 'municipal' | 'registry'; file: string; reason: string }
  | { type: 'referenced'; file: string };

export type FromEngine =
  | { kind: 'result'; id: number; result: unknown }
  | { kind: 'error'; id: number; code: number; message: string }
  | { kind: 'needText'; id: number }
  | { kind: 'event'; event: EngineEvent };
