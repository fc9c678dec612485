// What the CLI output formats get besides the results (core/engine/results.ts).
import type { FileResult } from '../core/engine/results';

export type { FileResult };

export interface FormatContext {
  cwd: string;
  /** --fix-dry-run: `fixed` counts fixes shown as a diff, not written. */
  dryRun?: boolean;
}
