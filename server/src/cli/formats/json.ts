// --format json: the shape is documented in docs/cli.md and built in report/json.ts.
import { jsonResults } from '../../report/json';
import type { FileResult } from '../result';

export { jsonResults };

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(jsonResults(results), null, 2) + '\n';
}
