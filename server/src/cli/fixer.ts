// --fix and --fix-dry-run: every safe fix through core fixAll/applyEdits,
// written back atomically in the file's own encoding, BOM and line endings.
import type { ResolvedRule } from '../core/engine/config';
import { fixAll } from '../core/engine/fix';
import { lintText } from '../core/engine/linter';
import type { Finding, LintEnvironment, TextEdit } from '../core/engine/types';
import { writeFileAtomic } from '../node/atomic';
import { dominantEol } from '../node/encode';
import { spliceFixes } from '../node/splice';
import type { Source } from '../node/source';

export interface FixOutcome {
  text: string;
  fixed: number;
  /** The edits of each pass, for writing only the changed bytes. */
  edits: TextEdit[][];
}

/** Line breaks inside fix edits follow the file's own line ending. */
function withEol(findings: readonly Finding[], eol: string): Finding[] {
  if (eol === '\n') return findings as Finding[];
  return findings.map((f) =>
    f.fix ? { ...f, fix: { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) })) } } : f,
  );
}

export function computeFixes(source: Source, rules: readonly ResolvedRule[], env: LintEnvironment): FixOutcome {
  const eol = dominantEol(source.text);
  const r = fixAll(source.text, (t) => withEol(lintText(t, rules, env).findings, eol));
  return { text: r.text, fixed: r.fixed, edits: r.edits };
}

/**
 * Writes the fixed text: the bytes outside the fixes' ranges stay as read
 * (splice.ts). Throws StaleFileError when the file changed since it was read.
 */
export function writeFixed(source: Source, outcome: FixOutcome): void {
  if (source.kind !== 'text' || !source.encoding) throw new Error('only text files are fixed');
  writeFileAtomic(source.path, spliceFixes(source.bytes, source.text, source.encoding, outcome.edits, outcome.text), source.bytes);
}
