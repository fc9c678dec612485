// The findings of checked plans in the JSON shape of `fsplan check --format
// json` (documented in docs/cli.md); the browser page returns the same shape.
import { locate, SourceKind } from '../core/engine/results';
import type { Finding } from '../core/engine/types';

export interface JsonInput {
  filePath: string;
  kind: SourceKind;
  /** The text the findings' offsets refer to. */
  text: string;
  findings: Finding[];
  /** Findings hidden by a baseline. */
  suppressed?: number;
}

/** The entry of one checked file. */
export function jsonResult(r: JsonInput) {
  const messages = locate(r).map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.paragraph !== undefined ? { paragraph: f.paragraph, quoted: f.quoted } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.suggestions?.length ? { suggestions: f.suggestions } : {}),
  }));
  return {
    filePath: r.filePath,
    messages,
    errorCount: r.findings.filter((f) => f.severity === 'error').length,
    warningCount: r.findings.filter((f) => f.severity === 'warning').length,
    infoCount: r.findings.filter((f) => f.severity === 'info').length,
    fixableCount: r.findings.filter((f) => f.fix).length,
    ...(r.suppressed ? { suppressedCount: r.suppressed } : {}),
  };
}

export function jsonResults(results: readonly JsonInput[]) {
  return results.map(jsonResult);
}

