// Shared helpers of the punctuation rules (GB/T 15834-2011): what counts as
// Chinese context, which spans belong to other rules (heading markers, doc
// numbers), and title-mark ranges. Pure; every scan is one pass over a
// logical paragraph and compares char codes.
import type { PlanDocument } from '../model/document';
import type { Paragraph } from '../model/text';

/** A CJK ideograph (basic block and extension A). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Full-width punctuation of Chinese text: 、。〈〉《》「」『』【】〔〕 “” ‘’ and the full-width forms ！（），：；？. */
export function isChinesePunctuation(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x3003) ||
    (c >= 0x3008 && c <= 0x3011) ||
    (c >= 0x3014 && c <= 0x3017) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 ||
    c === 0xff01 || c === 0xff08 || c === 0xff09 || c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff1f ||
    c === 0x2026 || c === 0x2014
  );
}

/** A character that makes a neighbouring half-width mark Chinese text: an ideograph or Chinese punctuation. */
export function isChineseContext(c: number): boolean {
  return isHan(c) || isChinesePunctuation(c);
}

/**
 * A doc number cited in running text (津政办发〔2021〕17号, also with wrong
 * brackets): a Han character, then the year in brackets and the number.
 * Group 1 is the opening bracket, 2 the year, 3 the closing bracket, 4 第,
 * 5 the number.
 */
export const INLINE_DOC_NUMBER = /(?<=[\u4e00-\u9fa5])([〔［[(（【])((?:19|20)\d{2})([〕］\])）】])(第?)(\d{1,4})号/g;

/**
 * Logical ranges of one paragraph that other rules own: heading markers
 * (numbering/marker-style) and doc numbers (document/doc-number). Sorted,
 * as [from, to) pairs.
 */
export function ownedRanges(doc: PlanDocument, p: Paragraph, markerEnds: ReadonlyMap<number, number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const markerEnd = markerEnds.get(p.index);
  if (markerEnd !== undefined) out.push([0, p.indexOf(markerEnd)]);
  const d = doc.front.docNumber;
  if (d && d.start >= p.start && d.end <= p.end) out.push([p.indexOf(d.start), p.indexOf(d.end)]);
  else if (p.text.includes('号')) {
    INLINE_DOC_NUMBER.lastIndex = 0;
    for (let m = INLINE_DOC_NUMBER.exec(p.text); m; m = INLINE_DOC_NUMBER.exec(p.text)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Paragraph index → original offset where its heading marker ends. */
export function markerEndsOf(doc: PlanDocument): Map<number, number> {
  const m = new Map<number, number>();
  for (const h of doc.headings) m.set(h.paragraph.index, h.marker.end);
  return m;
}

/** Whether logical position i falls in one of the sorted ranges (a cursor that only moves forward). */
export class RangeCursor {
  private k = 0;
  constructor(private readonly ranges: ReadonlyArray<[number, number]>) {}
  has(i: number): boolean {
    while (this.k < this.ranges.length && this.ranges[this.k][1] <= i) this.k++;
    return this.k < this.ranges.length && this.ranges[this.k][0] <= i;
  }
}

/** Whether the logical range [a, b) of a paragraph is one contiguous slice of the original (no wrap or page number inside). */
export function contiguous(p: Paragraph, a: number, b: number): boolean {
  if (b <= a) return true;
  const r = p.range(a, b);
  return r.end - r.start === b - a;
}

/**
 * A stack of small integers in a typed array that doubles when full. Rules
 * keep per-mark stacks in it: a plain array pushed past ~16,000 elements
 * moves to V8's large-object space and each growth there costs far more
 * (20,000 pushes: ~1.6 ms against ~0.1 ms for this), which a paragraph of
 * thousands of brackets would pay.
 */
export class IntStack {
  private items = new Int32Array(16);
  length = 0;

  push(v: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = v;
  }

  /** Removes and returns the top (the stack must not be empty). */
  pop(): number {
    return this.items[--this.length];
  }

  /** The k-th item from the bottom (0 <= k < length). */
  at(k: number): number {
    return this.items[k];
  }

  /** Replaces the top item (the stack must not be empty). */
  setTop(v: number): void {
    this.items[this.length - 1] = v;
  }

  clear(): void {
    this.length = 0;
  }
}

/**
 * The start of a run of marks that ends at `end` (exclusive), not before
 * `floor`: rules find a run's last mark with a global regex `test` (no match
 * object) and read the run back from `lastIndex` with this.
 */
export function runStartBefore(t: string, end: number, floor: number, isMark: (c: number) => boolean): number {
  let start = end - 1;
  while (start > floor && isMark(t.charCodeAt(start - 1))) start--;
  return start;
}
