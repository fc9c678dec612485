import * as z from 'zod';
import { IntStack, isChineseContext, markerEndsOf, ownedRanges, RangeCursor, runStartBefore } from '../../core/analysis/punctuation';
import type { TextEdit } from '../../core/engine/types';
import { defineRule } from '../../core/engine/types';

/** The half-width marks this rule converts. */
const HALF_WIDTH = /[,;:?!()]/g;
/** Runs of them (isHalfWidth: the same characters). */
const HALF_WIDTH_RUNS = /[,;:?!()]+/g;

function isHalfWidth(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21 || c === 0x28 || c === 0x29;
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Half-width , ; : ? ! ( ) next to Chinese text (GB/T 15834-2011 3.1: the
 * marks of Chinese text are full-width). Numbers (1,000 and 3.5), times and
 * ratios (8:30, 1:1), ASCII words, codes and URLs keep theirs: a mark with
 * ASCII on both sides is left alone. Brackets are converted in pairs.
 */
export default defineRule({
  id: 'punctuation/half-width',
  category: 'punctuation',
  description: '中文文字中的逗号、分号、冒号、问号、叹号和括号使用全角形式（GB/T 15834-2011）。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report, memo }) {
    const markerEnds = memo('punctuation/marker-ends', () => markerEndsOf(doc));
    // open half-width brackets as two typed stacks (no object per bracket: a run of thousands of `(` stays light),
    // reused from paragraph to paragraph
    const openAt = new IntStack();
    const openHan = new IntStack();
    for (const p of doc.paragraphs) {
      const t = p.text;
      HALF_WIDTH.lastIndex = 0;
      if (!HALF_WIDTH.test(t)) continue;
      const owned = new RangeCursor(ownedRanges(doc, p, markerEnds).sort((a, b) => a[0] - b[0]));
      const chinese = (i: number) => i >= 0 && i < t.length && isChineseContext(t.charCodeAt(i));
      // half-width brackets: matched with a stack; a pair is Chinese when either side of either bracket, or its content, is
      openAt.clear();
      openHan.clear();
      let hanRun = false; // whether the innermost open bracket's content so far holds Chinese
      // one mark (the common case): no arrays for the joins
      const reportMark = (i: number) => {
        const r = p.range(i, i + 1);
        const shown = t[i];
        const fixed = FULL[shown];
        report({
          message: `中文文字中应使用全角标点“${fixed}”，不用半角“${shown}”`,
          start: r.start,
          end: r.end,
          fix: { title: `改为全角“${fixed}”`, edits: [{ start: r.start, end: r.end, newText: fixed }] },
        });
      };
      const reportMarks = (idx: number[]) => {
        const edits: TextEdit[] = idx.map((i) => {
          const r = p.range(i, i + 1);
          return { start: r.start, end: r.end, newText: FULL[t[i]] };
        });
        const shown = idx.map((i) => t[i]).join('…');
        const fixed = idx.map((i) => FULL[t[i]]).join('…');
        report({
          message: `中文文字中应使用全角标点“${fixed}”，不用半角“${shown}”`,
          start: edits[0].start,
          end: idx.length > 1 ? edits[edits.length - 1].end : edits[0].end,
          fix: { title: `改为全角“${fixed}”`, edits },
        });
      };
      // whether t[scanned, i) holds Chinese is looked at only when a bracket needs it, each character at most once
      let scanned = 0;
      const hanBefore = (i: number): boolean => {
        if (!hanRun) {
          for (let k = scanned; k < i; k++) {
            if (isChineseContext(t.charCodeAt(k))) {
              hanRun = true;
              break;
            }
          }
        }
        scanned = i;
        return hanRun;
      };
      // the regex engine finds the runs of marks: test allocates no match, lastIndex is the run's end and its
      // start is found back from there; the marks of a run are read directly (no regex call per mark)
      HALF_WIDTH_RUNS.lastIndex = 0;
      let prevEnd = 0;
      while (HALF_WIDTH_RUNS.test(t)) {
        const runEnd = HALF_WIDTH_RUNS.lastIndex;
        const runStart = runStartBefore(t, runEnd, prevEnd, isHalfWidth);
        prevEnd = runEnd;
        for (let i = runStart; i < runEnd; i++) {
          if (owned.has(i)) continue;
          const c = t.charCodeAt(i);
          if (c === 0x28) {
            // (
            hanBefore(i);
            if (openAt.length && hanRun) openHan.setTop(1);
            openAt.push(i);
            openHan.push(chinese(i - 1) ? 1 : 0);
            hanRun = false;
            scanned = i + 1;
            continue;
          }
          if (c === 0x29) {
            // )
            hanBefore(i);
            if (openAt.length) {
              const o = openAt.pop();
              const han: boolean = openHan.pop() === 1 || hanRun || chinese(i + 1) || chinese(o + 1) || chinese(i - 1);
              if (han) reportMarks([o, i]);
              // the enclosing bracket's content now holds this pair (and its Chinese)
              hanRun = han;
            } else if (chinese(i - 1) || chinese(i + 1)) reportMark(i);
            scanned = i + 1;
            continue;
          }
          const prev = i > 0 ? t.charCodeAt(i - 1) : 0;
          const next = i + 1 < t.length ? t.charCodeAt(i + 1) : 0;
          // 1,000 / 3:1 / 8:30: digits on both sides are a number, a ratio or a time
          if (isDigit(prev) && isDigit(next)) continue;
          if (chinese(i - 1) || chinese(i + 1)) reportMark(i);
        }
      }
      // unclosed half-width brackets next to Chinese
      for (let k = 0; k < openAt.length; k++) if (openHan.at(k) === 1 || chinese(openAt.at(k) + 1)) reportMark(openAt.at(k));
    }
  },
});
