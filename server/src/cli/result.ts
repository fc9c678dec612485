// What the CLI output formats get besides the results (core/engine/results.ts).
import type { FileResult } from '../core/engine/results';

export type { FileResult };

export interface FormatContext {
  cwd: string;
  /** --fix-dry-run: `fixed` counts fixes shown as a diff, not written. */
  dryRun?: boolean;
}

export function countBy(results: readonly FileResult[]) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results)
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      if (f.fix) fixable++;
    }
  return { errors, warnings, infos, fixable };
}
