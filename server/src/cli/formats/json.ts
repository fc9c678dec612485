// --format json: the shape is documented in docs/cli.md and built in report/json.ts.
import { jsonResult, jsonResults } from '../../report/json';
import type { FileResult, FormatContext } from '../result';
import { formatAll, FormatStream, JsonArrayWriter } from './stream';

export { jsonResults };

export function openJson(_ctx?: FormatContext): FormatStream {
  const array = new JsonArrayWriter();
  return { file: (r) => array.item(jsonResult(r)), end: () => array.end() + '\n' };
}

export function formatJson(results: readonly FileResult[]): string {
  return formatAll(openJson, results, { cwd: '' });
}
