// --format json: the shape is documented in docs/cli.md.
import { FileResult } from '../result';
import { locate } from '../../core/engine/results';

export function jsonResults(results: readonly FileResult[]) {
  return results.map((r) => {
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
  });
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(jsonResults(results), null, 2) + '\n';
}
