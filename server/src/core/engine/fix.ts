// Fixes are data: this is the one function that applies edits. Quick fixes,
// fix-all in the editor and --fix on the command line all go through it.
import type { Finding, TextEdit } from './types';

/** Applies non-overlapping edits (sorted here); throws on overlap, which is a rule bug. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (!edits.length) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new Error(`overlapping or invalid edit at ${e.start}-${e.end}`);
    }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Two edits conflict when their ranges overlap, or an insertion sits at the same point or inside the other. */
function conflict(s: number, e: number, a: number, b: number): boolean {
  if (s < b && a < e) return true;
  if (s === e) return a === b ? s === a : a < s && s < b;
  return a === b && s < a && a < e;
}

/**
 * Picks the fixes of `findings` whose edits overlap no fix picked before
 * (in document order), the way ESLint applies fixes in one pass.
 */
export function selectFixes(findings: readonly Finding[], filter?: (f: Finding) => boolean): TextEdit[] {
  const picked: TextEdit[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => conflict(s, e, a, b));
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (!f.fix || (filter && !filter(f))) continue;
    if (f.fix.edits.some((e) => overlaps(e.start, e.end))) continue;
    for (const e of f.fix.edits) {
      picked.push(e);
      taken.push([e.start, e.end]);
    }
  }
  return picked;
}

/**
 * Applies safe fixes repeatedly (at most `maxPasses`) until none is left,
 * re-linting between passes. Returns the fixed text, how many passes ran and
 * the edits of each pass (offsets into the text of that pass).
 */
export function fixAll(
  text: string,
  lint: (text: string) => readonly Finding[],
  filter?: (f: Finding) => boolean,
  maxPasses = 10,
): { text: string; passes: number; fixed: number; edits: TextEdit[][] } {
  let current = text;
  let fixed = 0;
  let passes = 0;
  const applied: TextEdit[][] = [];
  for (; passes < maxPasses; passes++) {
    const edits = selectFixes(lint(current), filter);
    if (!edits.length) break;
    const next = applyEdits(current, edits);
    fixed += edits.length;
    if (next === current) break;
    applied.push(edits);
    current = next;
  }
  return { text: current, passes, fixed, edits: applied };
}
