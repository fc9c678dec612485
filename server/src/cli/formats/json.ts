// --format json: the shape is documented in docs/cli.md and built in report/json.ts.
import { jsonResult, jsonResults } from '../../report/json';
import type { FileResult, FormatContext } from '../result';
import { countsOf, FilePiece, formatAll, FormatStream, JsonArrayWriter, stream } from './stream';

export { jsonResults };

export function renderJson(r: FileResult): FilePiece {
  return { text: '', items: [JsonArrayWriter.body(jsonResult(r), 0)], counts: countsOf(r) };
}

export function openJson(ctx: FormatContext = { cwd: '' }): FormatStream {
  const array = new JsonArrayWriter();
  return stream(renderJson, ctx, { add: (piece) => (piece.items ?? []).map((b) => array.add(b)).join(''), end: () => array.end() + '\n' });
}

export function formatJson(results: readonly FileResult[]): string {
  return formatAll(openJson, results, { cwd: '' });
}
