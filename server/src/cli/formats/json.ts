// --format json: documented in docs/cli.md.
import type { FileResult } from '../run';
import { locate } from './location';

export function formatJson(results: readonly FileResult[]): string {
  const out = results.map((r) => {
    const messages = locate(r.text, r.findings).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.suggestions?.length ? { suggestions: f.suggestions } : {}),
    }));
    return {
      filePath: r.filePath,
      messages,
      errorCount: r.findings.filter((f) => f.severity === 'error').length,
      warningCount: r.findings.filter((f) => f.severity === 'warning').length,
      infoCount: r.findings.filter((f) => f.severity === 'info').length,
    };
  });
  return JSON.stringify(out, null, 2) + '\n';
}
