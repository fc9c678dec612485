// What the check command produces per file; every output format reads this.
import type { PlanDocument } from '../core/model/document';
import type { Finding } from '../core/engine/types';
import type { SourceKind } from '../input/source';

export interface FileResult {
  /** Absolute path (for standard input: the --stdin-filename, or "<stdin>"). */
  filePath: string;
  kind: SourceKind;
  /** The text the findings' offsets refer to (after --fix: the fixed text). */
  text: string;
  doc: PlanDocument;
  findings: Finding[];
  /** Findings hidden by the baseline. */
  suppressed: number;
  /** Fixes applied by --fix. */
  fixed: number;
}

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
