// The input of every language-service feature: one analysed version of a
// plan as plain data (no file system, no connection). The language server
// builds it in its engine worker (lsp/analysis.ts); another host (a web
// worker, a test) can build it from a text and a lint environment alone.
import type { PlanDocument } from '../core/model/document';
import type { LineIndex } from '../core/model/positions';
import type { Finding, LintEnvironment } from '../core/engine/types';

export interface ServicePlan {
  /** The document's URI (edits and locations name it). */
  uri: string;
  /** The version the results are computed for (edits carry it). */
  version: number;
  text: string;
  index: LineIndex;
  doc: PlanDocument;
  findings: readonly Finding[];
  /** The lint environment the findings were computed in (registry, jurisdiction, municipal plan). */
  env: LintEnvironment;
  /** The municipal plan compared with, when one was read: its URI and text (go to definition). */
  municipal?: { uri: string; text: string };
}

/** JSON-RPC error codes of the expected failures (LSP `ErrorCodes`). */
export const ERROR_CODES = { invalidParams: -32602, internalError: -32603 } as const;

/** An expected failure of a request, answered to the client as an error with a Chinese message. */
export class ServiceError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}
