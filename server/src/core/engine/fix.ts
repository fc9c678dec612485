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
 * A piece of the text being fixed: the original range [start, end) and its
 * current text (`changed`: replaced by some fix; otherwise the original slice).
 * The pieces partition the original text in order, so the edits from the
 * original to the current text can be read off them after any number of passes.
 */
interface Piece {
  start: number;
  end: number;
  text: string;
  changed: boolean;
}

/** Applies one pass of sorted, non-overlapping edits (offsets into the current text) to the pieces. */
function applyToPieces(pieces: readonly Piece[], edits: readonly TextEdit[], originalLength: number): Piece[] {
  const out: Piece[] = [];
  const rest = [...pieces];
  let i = 0;
  let pos = 0; // offset of rest[i] in the current text
  const len = (k: number) => rest[k].text.length;
  for (const e of edits) {
    while (i < rest.length && pos + len(i) <= e.start) {
      out.push(rest[i]);
      pos += len(i);
      i++;
    }
    let origStart = i < rest.length ? rest[i].start : originalLength;
    let prefix = '';
    if (i < rest.length) {
      const p = rest[i];
      const off = e.start - pos;
      if (p.changed) prefix = p.text.slice(0, off);
      else if (off > 0) {
        out.push({ start: p.start, end: p.start + off, text: p.text.slice(0, off), changed: false });
        origStart = p.start + off;
      }
    }
    while (i < rest.length && pos + len(i) < e.end) {
      pos += len(i);
      i++;
    }
    let origEnd = originalLength;
    if (i < rest.length) {
      const p = rest[i];
      const off = e.end - pos;
      if (off === len(i)) {
        origEnd = p.end;
        pos += len(i);
        i++;
      } else if (p.changed) {
        // the rest of a changed piece stays for later edits of this pass, with an empty original range
        origEnd = p.end;
        rest[i] = { start: p.end, end: p.end, text: p.text.slice(off), changed: true };
        pos = e.end;
      } else {
        // an unchanged piece: the edit ends inside it; its tail stays
        const at = p.start + Math.max(0, off);
        origEnd = Math.max(at, origStart);
        rest[i] = { start: at, end: p.end, text: p.text.slice(Math.max(0, off)), changed: false };
        pos = e.end;
      }
    }
    out.push({ start: origStart, end: origEnd, text: prefix + e.newText, changed: true });
  }
  for (; i < rest.length; i++) out.push(rest[i]);
  return out;
}

/** The edits of the original text the pieces amount to (adjacent changes merged, no-op changes dropped). */
function piecesToEdits(pieces: readonly Piece[], original: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let run: TextEdit | undefined;
  const flush = () => {
    if (run && original.slice(run.start, run.end) !== run.newText) edits.push(run);
    run = undefined;
  };
  for (const p of pieces) {
    if (!p.changed) {
      flush();
      continue;
    }
    if (run && run.end === p.start) {
      run.end = p.end;
      run.newText += p.text;
    } else {
      flush();
      run = { start: p.start, end: p.end, newText: p.text };
    }
  }
  flush();
  return edits;
}

/**
 * Applies safe fixes repeatedly until none is left, re-linting between passes,
 * at most `maxPasses` times (ten, as ESLint does), so that a fix that makes
 * another one possible (a renumbering after a marker fix) needs no second run.
 * Returns the fixed text, how many passes ran and how many fixes were applied,
 * and the same change as edits of the original text (for an editor to apply
 * as one change).
 */
export function fixAll(
  text: string,
  lint: (text: string) => readonly Finding[],
  filter?: (f: Finding) => boolean,
  maxPasses = MAX_FIX_PASSES,
): { text: string; passes: number; fixed: number; edits: TextEdit[] } {
  let current = text;
  let pieces: Piece[] = [{ start: 0, end: text.length, text, changed: false }];
  let fixed = 0;
  let passes = 0;
  for (; passes < maxPasses; passes++) {
    const edits = selectFixes(lint(current), filter);
    if (!edits.length) break;
    const next = applyEdits(current, edits);
    fixed += edits.length;
    if (next === current) break;
    pieces = applyToPieces(pieces, [...edits].sort((a, b) => a.start - b.start || a.end - b.end), text.length);
    current = next;
  }
  return { text: current, passes, fixed, edits: piecesToEdits(pieces, text) };
}

/** At most this many lint-and-fix passes (ESLint's limit). */
export const MAX_FIX_PASSES = 10;
