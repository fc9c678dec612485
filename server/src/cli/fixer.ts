// --fix and --fix-dry-run: every safe fix through core fixAll/applyEdits,
// written back atomically in the file's own encoding, BOM and line endings.
import type { ResolvedRule } from '../core/engine/config';
import { fixPlanText } from '../core/engine/fix-plan';
import type { LintEnvironment } from '../core/engine/types';
import { writeFileAtomic } from '../node/atomic';
import { encodePlanText } from '../node/encode';
import type { Source } from '../node/source';

export interface FixOutcome {
  text: string;
  fixed: number;
}

export function computeFixes(source: Source, rules: readonly ResolvedRule[], env: LintEnvironment): FixOutcome {
  return fixPlanText(source.text, rules, env);
}

/** Writes the fixed text; throws StaleFileError when the file changed since it was read. */
export function writeFixed(source: Source, text: string): void {
  if (source.kind !== 'text' || !source.encoding) throw new Error('only text files are fixed');
  writeFileAtomic(source.path, encodePlanText(text, source.encoding), source.bytes);
}
