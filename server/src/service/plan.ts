// The input of every language-service feature: one analysed version of a
// plan as plain data (no file system, no connection). The language server
// builds it in its engine worker (lsp/analysis.ts); another host (a web
// worker, a test) can build it from a text and a lint environment alone.
import type { PlanDocument } from '../core/model/document';
import type { LineIndex } from '../core/model/positions';
import type { ResolvedRule } from '../core/engine/config';
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
  /** The rules the findings come from: fix-all re-lints with them until nothing is left to fix (without them, one pass). */
  rules?: readonly ResolvedRule[];
  /**
   * The municipal plan compared with, when one was read: its URI and text (go
   * to definition), the file as shown to the user, and where it was named.
   */
  municipal?: { uri: string; text: string; file?: string; source?: MunicipalSource };
  /** A municipal plan that was named but could not be read, and why (fsplan.compare explains it). */
  municipalUnreadable?: { file: string; reason: string; source: MunicipalSource };
}

/** Where the municipal plan was named: .fsplanrc.json, the editor setting, or the plan's citation of its title. */
export type MunicipalSource = 'config' | 'setting' | 'citation';

/** JSON-RPC error codes of the expected failures (LSP `ErrorCodes`). */
export const ERROR_CODES = { invalidParams: -32602, internalError: -32603 } as const;

/** An expected failure of a request, answered to the client as an error with a Chinese message. */
export class ServiceError extends Error {
  constructor(
    readonly code: number,
    message: string,
    /** Sent as the error's data, e.g. `{ reason: 'municipalPlanMissing' }` (protocol/commands.ts) for the client to offer a remedy. */
    readonly data?: unknown,
  ) {
    super(message);
  }
}
