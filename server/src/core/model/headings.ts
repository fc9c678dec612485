// Heading markers: the four GB/T 9704 levels and the variants drafters type.
import * as z from 'zod';
import { parseChineseNumeral } from './numerals';
import { shared } from './text';

/** 1: 一、  2: （一）  3: 1.  4: （1） */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** The canonical marker form of each level, with `N` for the number. */
export const CANONICAL_MARKER: Record<HeadingLevel, string> = {
  1: 'N、',
  2: '（N）',
  3: 'N.',
  4: '（N）',
};

export interface MarkerMatch {
  level: HeadingLevel;
  number: number;
  /** The marker exactly as typed (on the normalised text), e.g. "(一)、" or "1．". */
  raw: string;
  /**
   * The variant with the number replaced by N and full-width point/digits
   * normalised away, so that documents can be held to one form: "N、", "（N）",
   * "(N)", "（N）、", "N.", "N．", "N、", "N .", …
   */
  style: string;
  /** Length of the marker in the original text (includes spaces inside the marker). */
  length: number;
  /** Whether the style is the GB/T 9704 form for its level. */
  standard: boolean;
}

// Matched against the ORIGINAL line text (so that 1． and 1. can be told apart),
// after leading spaces. Groups: open bracket, number, close bracket, trailing punctuation.
const CN_BRACKET = /^([（(])\s*([一二三四五六七八九十]{1,3})\s*([）)])(\s*[、，,．.])?/;
const CN_PLAIN = /^([一二三四五六七八九十]{1,3})(\s*)([、，,．.])/;
const AR_BRACKET = /^([（(])\s*([0-9０-９]{1,3})\s*([）)])(\s*[、，,．.])?/;
const AR_HALF = /^([0-9０-９]{1,3})(\s*)([)）])/;
const AR_PLAIN = /^([0-9０-９]{1,3})(\s*)([.．、,，])(?!\s*[0-9０-９])/;

function toInt(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return n;
}

/** Recognises a heading marker at the start of `text` (already left-trimmed). */
export function matchMarker(text: string): MarkerMatch | undefined {
  // each pattern starts with a numeral or a bracket: the first character says which can match
  const c = text.charCodeAt(0);
  let m: RegExpExecArray | null;
  if (c === 0xff08 || c === 0x28) {
    // （ (
    m = CN_BRACKET.exec(text);
    if (m) {
      const n = parseChineseNumeral(m[2]);
      if (Number.isNaN(n)) return undefined;
      const style = shared(m[1] + 'N' + m[3] + (m[4] ?? '').trim());
      return { level: 2, number: n, raw: shared(m[0]), style, length: m[0].length, standard: style === '（N）' };
    }
    m = AR_BRACKET.exec(text);
    if (m) {
      const style = shared(m[1] + 'N' + m[3] + (m[4] ?? '').trim());
      return { level: 4, number: toInt(m[2]), raw: shared(m[0]), style, length: m[0].length, standard: style === '（N）' };
    }
    return undefined;
  }
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) {
    m = AR_HALF.exec(text);
    if (m) {
      const style = shared('N' + (m[2] ? ' ' : '') + m[3]);
      return { level: 4, number: toInt(m[1]), raw: shared(m[0]), style, length: m[0].length, standard: false };
    }
    m = AR_PLAIN.exec(text);
    if (m) {
      const style = shared('N' + (m[2] ? ' ' : '') + m[3]);
      return { level: 3, number: toInt(m[1]), raw: shared(m[0]), style, length: m[0].length, standard: style === 'N.' || style === 'N．' };
    }
    return undefined;
  }
  m = CN_PLAIN.exec(text);
  if (m) {
    const n = parseChineseNumeral(m[1]);
    if (Number.isNaN(n)) return undefined;
    // 一是/一要 are not markers; the match already requires punctuation after the numeral.
    const style = shared('N' + (m[2] ? ' ' : '') + m[3]);
    return { level: 1, number: n, raw: shared(m[0]), style, length: m[0].length, standard: style === 'N、' };
  }
  return undefined;
}

/**
 * Whether a marker style is a GB/T 9704 form. The width of the point in 1./1．
 * varies between offices: `allowFullWidthPoint` decides whether 1． counts.
 * numbering/marker-style and numbering/consistent-style both ask this, so they
 * never disagree on what is standard.
 */
export function isStandardMarker(marker: { style: string; standard: boolean }, allowFullWidthPoint: boolean): boolean {
  return marker.standard && (allowFullWidthPoint || marker.style !== 'N．');
}

/**
 * Options of the two rules that ask isStandardMarker (numbering/marker-style,
 * numbering/consistent-style): one schema, so they are documented and
 * defaulted alike.
 */
export const MarkerFormOptions = z
  .object({
    /** Accept 1． (full-width point) as well as 1. for level 3. */
    allowFullWidthPoint: z.boolean().default(true),
  })
  .strict();

/** A node of a heading tree: the document's headings, or the numbering outline (numbering.ts). */
export interface LevelNode<T> {
  level: HeadingLevel;
  parent?: T;
  children: T[];
}

/**
 * The one heading-tree step: puts `node` (the next in document order) under
 * the nearest open node of a lower level, or among the roots. `open` is the
 * path of open nodes from the root, updated here.
 */
export function nestByLevel<T extends LevelNode<T>>(node: T, open: T[], roots: T[]): void {
  while (open.length && open[open.length - 1].level >= node.level) open.pop();
  const parent = open[open.length - 1];
  if (parent) {
    node.parent = parent;
    parent.children.push(node);
  } else roots.push(node);
  open.push(node);
}
