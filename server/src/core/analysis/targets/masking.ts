// Task text with responsibility notes and cited titles masked (same length
// as the paragraph), split into chunks at the notes: what target extraction
// and the year rules read.
import type { Clause, PlanDocument } from '../../model/document';
import { derived } from '../../model/document';
import type { Paragraph } from '../../model/text';

/** Separator written over responsibility notes: ends a sentence and a run. */
export const NOTE_MASK = '\u2029';
/** Written over the inside of 《》 (cited titles): never a target, year or scope. */
export const TITLE_MASK = '\u25a0';
export const NOTE_MASK_CODE = 0x2029;
const TITLE_MASK_CODE = 0x25a0;
const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》

/** NOTE_MASK runs by length, made once: notes are short and their lengths repeat. */
const noteMasks: string[] = [];

function noteMask(n: number): string {
  if (n > 256) return NOTE_MASK.repeat(n);
  return (noteMasks[n] ??= NOTE_MASK.repeat(n));
}

export interface Chunk {
  paragraph: Paragraph;
  /** The paragraph text with notes and cited titles masked (same length). */
  masked: string;
  /** Logical range of the chunk in the paragraph: task text between notes. */
  from: number;
  to: number;
  clause?: Clause;
  /** The chunk is in the preamble (background, not a task). */
  preamble: boolean;
}

/**
 * The paragraph text with notes (logical ranges, in text order) written over
 * with NOTE_MASK and the inside of 《》 with TITLE_MASK; a 《 inside a note is
 * masked, so it opens nothing. Built from slices of the paragraph (no string
 * per character); a paragraph with neither is returned as it is.
 */
export function maskParagraph(text: string, notes: ReadonlyArray<{ a: number; b: number }>): string {
  const titles = text.indexOf('《') >= 0;
  if (!notes.length && !titles) return text;
  const parts: string[] = [];
  if (!titles) {
    // notes only: copy the text between them, write the masks over them
    let at = 0;
    for (const r of notes) {
      const a = Math.max(r.a, at);
      const b = Math.min(r.b, text.length);
      if (b <= a) continue;
      if (a > at) parts.push(text.slice(at, a));
      parts.push(noteMask(b - a));
      at = b;
    }
    if (at < text.length) parts.push(text.slice(at));
    return parts.join('');
  }
  let copied = 0; // text[copied..k) is still to be copied as it is
  let mask = 0; // char code of the mask being written, 0 when none
  let maskFrom = 0;
  const flushMask = (k: number) => {
    if (mask) parts.push(String.fromCharCode(mask).repeat(k - maskFrom));
    mask = 0;
  };
  let ni = 0;
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    while (ni < notes.length && notes[ni].b <= k) ni++;
    const inNote = ni < notes.length && notes[ni].a <= k;
    const c = inNote ? NOTE_MASK_CODE : text.charCodeAt(k);
    let out: number;
    if (c === OPEN_TITLE) {
      depth++;
      out = c;
    } else if (c === CLOSE_TITLE) {
      depth = Math.max(0, depth - 1);
      out = c;
    } else out = depth > 0 ? TITLE_MASK_CODE : c;
    if (!inNote && out === c) {
      if (mask) {
        flushMask(k);
        copied = k;
      }
      continue;
    }
    if (out !== mask) {
      if (mask) flushMask(k);
      else if (k > copied) parts.push(text.slice(copied, k));
      mask = out;
      maskFrom = k;
    }
    copied = k + 1;
  }
  if (mask) flushMask(text.length);
  else if (copied < text.length) parts.push(text.slice(copied));
  return parts.join('');
}

const NO_NOTES: ReadonlyArray<{ a: number; b: number }> = [];

/**
 * What every reader of task chunks looks for starts with one of these: a
 * digit (values, years; the text is normalised, so full-width digits are
 * ASCII), 百分之 (百分之九十), 全覆盖 or 每万人 (targets without a digit).
 */
const NUMBERISH = /[0-9]|百分之|全覆盖|每万人/;

/** Whether a paragraph can hold a target or a year: one regex test, no copy. */
export function mayHoldNumber(text: string): boolean {
  return NUMBERISH.test(text);
}

/**
 * Task text of the plan body: each paragraph after the front matter that can
 * hold a target or a year (mayHoldNumber: the others are never masked),
 * split into chunks at responsibility notes, with notes and cited titles
 * masked. Computed once per document (the model is immutable) and shared by
 * every rule that reads task text (target extraction, document/stale-year).
 */
export function taskChunks(doc: PlanDocument): Chunk[] {
  return derived(doc, taskChunks, () => chunksOf(doc));
}

function chunksOf(doc: PlanDocument): Chunk[] {
  // per paragraph index (arrays, not maps: the indexes are dense)
  const count = doc.paragraphs.length;
  const notesBy: Array<Array<{ a: number; b: number }> | undefined> = new Array(count);
  for (const n of doc.notes) {
    const p = n.paragraph;
    const r = { a: p.indexOf(n.start), b: p.indexOf(n.end) };
    const list = notesBy[p.index];
    if (list) list.push(r);
    else notesBy[p.index] = [r];
  }
  const clauseOf: Array<Clause | undefined> = new Array(count);
  for (const c of doc.clauses) {
    clauseOf[c.heading.paragraph.index] = c;
    for (const p of c.heading.body) clauseOf[p.index] = c;
  }
  const preamble = new Uint8Array(count);
  for (const p of doc.preamble) preamble[p.index] = 1;
  const markerEndAt: Array<number | undefined> = new Array(count);
  for (const h of doc.headings) markerEndAt[h.paragraph.index] = h.marker.end;
  const chunks: Chunk[] = [];
  for (let i = doc.bodyStart; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (!mayHoldNumber(p.text)) continue;
    const list = notesBy[i];
    // notes come in text order: sort only when they do not
    if (list && list.length > 1 && !sortedByStart(list)) list.sort((x, y) => x.a - y.a);
    const ranges = list ?? NO_NOTES;
    const masked = maskParagraph(p.text, ranges);
    const markerEnd = markerEndAt[i];
    const start = markerEnd !== undefined ? p.indexOf(markerEnd) : 0;
    const clause = clauseOf[i];
    const inPreamble = preamble[i] === 1;
    let from = start;
    while (from <= masked.length) {
      let k = masked.indexOf(NOTE_MASK, from);
      if (k < 0) k = masked.length;
      if (k > from) chunks.push({ paragraph: p, masked, from, to: k, clause, preamble: inPreamble });
      while (k < masked.length && masked.charCodeAt(k) === NOTE_MASK_CODE) k++;
      if (k >= masked.length) break;
      from = k;
    }
  }
  return chunks;
}

function sortedByStart(list: ReadonlyArray<{ a: number }>): boolean {
  for (let k = 1; k < list.length; k++) if (list[k].a < list[k - 1].a) return false;
  return true;
}
