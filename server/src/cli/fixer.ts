// --fix and --fix-dry-run: every safe fix through core fixAll/applyEdits,
// written back atomically in the file's own encoding, BOM and line endings.
import type { ResolvedRule } from '../core/engine/config';
import { fixPlanText } from '../core/engine/fix-plan';
import type { LintEnvironment, TextEdit } from '../core/engine/types';
import { writeFileAtomic } from '../node/atomic';
import { spliceFixes } from '../node/splice';
import type { Source } from '../node/source';

export interface FixOutcome {
  text: string;
  fixed: number;
  /** The whole change as edits of the original text, for writing only the changed bytes. */
  edits: TextEdit[];
}

export function computeFixes(source: Source, rules: readonly ResolvedRule[], env: LintEnvironment): FixOutcome {
  return fixPlanText(source.text, rules, env);
}

/**
 * Writes the fixed text: the bytes outside the fixes' ranges stay as read
 * (splice.ts). Throws StaleFileError when the file changed since it was read.
 */
export function writeFixed(source: Source, outcome: FixOutcome): void {
  if (source.kind !== 'text' || !source.encoding) throw new Error('only text files are fixed');
  writeFileAtomic(source.path, spliceFixes(source.bytes, source.text, source.encoding, [outcome.edits], outcome.text), source.bytes);
}
