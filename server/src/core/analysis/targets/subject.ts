// Subject clean-up: the owner, verb and filler words before a target's
// subject, brackets inside it, the 全市/全国 scope word, and the subjects of
// one value written for several (均, 分别).
import { LEADING_FILLER, SUBJECT_CUT } from './vocabulary';

/** 全市/全国 written as the scope of a target: logical range and the word. */
export interface ScopeWord {
  a: number;
  b: number;
  word: string;
}

/** Subject of a phrase with the indicator removed, normalised for display and matching. */
export function cleanSubject(s: string): string {
  return s.replace(/（[^（）]*）|\([^()]*\)/g, '');
}

/** Start of masked[pos, end) after the LEADING_FILLER words cleanLead drops. */
export function stripFiller(masked: string, pos: number, end: number): number {
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING_FILLER) {
      if (masked.startsWith(w, pos) && end - pos > w.length) {
        pos += w.length;
        changed = true;
      }
    }
  }
  return pos;
}

/** Drops the owner and verb before a subject (区农业农村委落实…, 持续推动…, 实现…). */
export function cleanLead(text: string, start: number): { text: string; start: number } {
  let cut = 0;
  SUBJECT_CUT.lastIndex = 0;
  for (let mm = SUBJECT_CUT.exec(text); mm; mm = SUBJECT_CUT.exec(text)) cut = mm.index + mm[0].length;
  text = text.slice(cut);
  start += cut;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING_FILLER) {
      if (text.startsWith(w) && text.length > w.length) {
        text = text.slice(w.length);
        start += w.length;
        changed = true;
      }
    }
  }
  return { text, start };
}

/** Start of the first scope word (全市/全国, or a county-level one: 全区/全县/全旗) in masked[from, end), or -1. */
export function scopeWordIn(masked: string, from: number, end: number): number {
  const sc = /全[市国区县旗]/.exec(masked.slice(from, end));
  return sc ? from + sc.index : -1;
}

/**
 * 全市/全国 at `at` (the first in its comma part) as the scope of a target,
 * not after 按照/根据 (按照全市…要求): then the part has no scope (null).
 */
export function scopeAt(masked: string, partStart: number, at: number): ScopeWord | null {
  if (/(按照|根据|参照|依照|对照|按)[^，。；]*$/.test(masked.slice(partStart, at))) return null;
  return { a: at, b: at + 2, word: masked.slice(at, at + 2) };
}

/** Splits 农产品质量安全监测和食品安全抽检合格率 (or 自查率和整改率) into its subjects. */
export function splitJun(phrase: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let s = 0;
  let depth = 0;
  for (let k = 0; k <= phrase.length; k++) {
    const ch = phrase[k];
    if (ch === '“' || ch === '（') depth++;
    else if (ch === '”' || ch === '）') depth = Math.max(0, depth - 1);
    if (k === phrase.length || (depth === 0 && (ch === '和' || ch === '、' || ch === '及' || ch === '与'))) {
      if (k > s) out.push({ text: phrase.slice(s, k), start: s });
      s = k + 1;
    }
  }
  return out;
}

/** A subject without scope and filler words; '' when nothing is left. */
export function stripScope(s: string): string {
  return s.replace(/全区|我区|全市|全国|区内|辖区内?|全年|年均|本区|各街道|各镇街|各街镇/g, '');
}
