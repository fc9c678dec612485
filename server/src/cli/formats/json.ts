// --format json: the shape is documented in docs/cli.md.
import type { FileResult, FormatContext } from '../result';
import { locate } from '../../core/engine/results';
import { formatAll, FormatStream, JsonArrayWriter } from './stream';

/** The --format json entry of one checked file. */
export function jsonResult(r: FileResult) {
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

export function jsonResults(results: readonly FileResult[]) {
  return results.map(jsonResult);
}

export function openJson(_ctx?: FormatContext): FormatStream {
  const array = new JsonArrayWriter();
  return { file: (r) => array.item(jsonResult(r)), end: () => array.end() + '\n' };
}

export function formatJson(results: readonly FileResult[]): string {
  return formatAll(openJson, results, { cwd: '' });
}
