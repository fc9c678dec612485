import * as z from 'zod';
import type { TextEdit } from '../../core/engine/types';
import { defineRule } from '../../core/engine/types';
import type { Paragraph } from '../../core/model/text';

/** Strength of the marks that may not follow each other: 、 < ， < ； < 。 (： only doubled), by char code. */
function rank(c: number): number {
  return c === 0x3001 ? 1 : c === 0xff0c ? 2 : c === 0xff1b ? 3 : c === 0x3002 ? 4 : 0;
}

/** A run of two or more of 、。，；：？！. */
const PAUSE_RUN = /[\u3001\u3002\uff0c\uff1b\uff1a\uff1f\uff01]{2,}/g;

/**
 * Appends the edits deleting logical positions [a, b) of a paragraph: one
 * edit per stretch that is contiguous in the original (a hard wrap or page
 * number inside the run splits it and stays), so a run of thousands of marks
 * is one edit, not one object per mark.
 */
function pushDeletions(edits: TextEdit[], p: Paragraph, a: number, b: number): void {
  if (b <= a) return;
  // the common case: the stretch is contiguous in the original (offsets only grow, so the ends tell)
  const start = p.offsetAt(a);
  const end = p.endOf(a, b);
  if (end - start === b - a) {
    edits.push({ start, end, newText: '' });
    return;
  }
  let from = a;
  for (let k = a + 1; k <= b; k++) {
    if (k < b && p.offsetAt(k) === p.offsetAt(k - 1) + 1) continue;
    edits.push({ start: p.offsetAt(from), end: p.endOf(from, k), newText: '' });
    from = k;
  }
}

/**
 * Doubled and conflicting marks (GB/T 15834-2011 4.1–4.5: one pause mark
 * per pause): 。。 ，， 、、 ；； ：： and runs such as ，。 、， ；。. One
 * finding per run of marks; the fix keeps the strongest mark (the first of
 * equal ones). …… and —— are single marks and never reported; ？ and ！
 * are left alone except before 。.
 */
export default defineRule({
  id: 'punctuation/doubled',
  category: 'punctuation',
  description: '同一停顿处只用一个标点：不重复（。。，，）也不连用不同点号（，。、，）（GB/T 15834-2011）。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report }) {
    for (const p of doc.paragraphs) {
      const t = p.text;
      // runs of two or more pause marks, found by the regex engine (most text has none)
      PAUSE_RUN.lastIndex = 0;
      for (let m = PAUSE_RUN.exec(t); m; m = PAUSE_RUN.exec(t)) {
        const run = m[0];
        const from = m.index;
        const j = from + run.length;
        let keep: number;
        if (/[？！]/.test(run)) {
          // ？。 and ！。: the 。 goes; ？！ and ？？ are left to the writer
          if (/[^？！。]/.test(run) || !run.includes('。') || /[？！]{2}/.test(run)) continue;
          keep = run.search(/[？！]/);
        } else if (run.includes('：')) {
          if (/[^：]/.test(run)) continue; // ： with another mark: which one is meant is not clear
          keep = 0;
        } else {
          keep = 0;
          for (let k = 1; k < run.length; k++) if (rank(run.charCodeAt(k)) > rank(run.charCodeAt(keep))) keep = k;
        }
        const kept = run[keep];
        const edits: TextEdit[] = [];
        pushDeletions(edits, p, from, from + keep);
        pushDeletions(edits, p, from + keep + 1, j);
        let same = true;
        for (let k = 0; k < run.length && same; k++) same = run.charCodeAt(k) === run.charCodeAt(keep);
        report({
          message: same ? `标点“${kept}”重复` : `标点“${run}”连用，应只保留“${kept}”`,
          start: p.offsetAt(from),
          end: p.endOf(from, j),
          fix: { title: same ? `删除重复的“${kept}”` : `只保留“${kept}”`, edits },
        });
      }
    }
  },
});
