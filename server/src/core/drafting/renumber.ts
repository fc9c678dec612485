// Renumbering: edits that give every heading the number its position calls
// for under the document's convention (see numbering.ts). Edits touch only the
// digits or Chinese numeral inside a marker, never the brackets, the point or
// the text. Renumbering a correctly numbered document returns no edits.
import type { Heading, PlanDocument } from '../model/document';
import { CANONICAL_MARKER, HeadingLevel } from '../model/headings';
import { analyzeNumbering, NumberingAnalysis, NumberSequence } from '../analysis/numbering';
import { formatChineseNumeral } from '../model/numerals';
import type { TextEdit } from '../engine/types';

const NUMERAL = /[一二三四五六七八九十两〇]+|[0-9０-９]+/;

/** Original range of the number inside a heading's marker. */
export function numeralSpan(text: string, h: Heading): { start: number; end: number; raw: string } | undefined {
  const m = NUMERAL.exec(text.slice(h.marker.start, h.marker.end));
  if (!m) return undefined;
  const start = h.marker.start + m.index;
  return { start, end: start + m[0].length, raw: m[0] };
}

/** Writes `n` the way a marker of `level` writes numbers; keeps full-width digits when the original used them. */
export function writeNumber(level: HeadingLevel, n: number, like = ''): string {
  if (level <= 2) return formatChineseNumeral(n);
  const s = String(n);
  if (/^[０-９]+$/.test(like)) return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10));
  return s;
}

/** A marker of `level` with number `n` in `style` (N stands for the number). */
export function markerText(level: HeadingLevel, n: number, style: string): string {
  return style.replace('N', writeNumber(level, n));
}

/** The GB/T 9704 marker of a heading level with number n: 一、（一）1.（1）. */
export function canonicalMarker(level: HeadingLevel, n: number): string {
  return markerText(level, n, CANONICAL_MARKER[level]);
}

/** The edit that changes one heading's number to `n`, or undefined when nothing changes. */
export function numberEdit(text: string, h: Heading, n: number): TextEdit | undefined {
  const span = numeralSpan(text, h);
  if (!span || h.number === n || n < 1 || (h.level <= 2 && n > 99)) return undefined;
  return { start: span.start, end: span.end, newText: writeNumber(h.level, n, span.raw) };
}

/** Edits renumbering the items of one sequence from position `from` up to (not including) `to`. */
export function renumberSequence(text: string, seq: NumberSequence, from = 0, to = seq.items.length): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = from; i < to; i++) {
    const it = seq.items[i];
    if (!it.heading) continue;
    const e = numberEdit(text, it.heading, it.expected);
    if (e) edits.push(e);
  }
  return edits;
}

/**
 * Edits that renumber the whole document according to its convention per
 * level. Lines that lost their marker keep their slot, so that inserting the
 * marker (numbering/missing-marker) completes the sequence.
 */
export function renumberDocument(doc: PlanDocument, analysis: NumberingAnalysis = analyzeNumbering(doc)): TextEdit[] {
  const edits = analysis.sequences.flatMap((s) => renumberSequence(doc.text, s));
  return edits.sort((a, b) => a.start - b.start);
}
