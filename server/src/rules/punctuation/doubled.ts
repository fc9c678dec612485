import * as z from 'zod';
import { defineRule } from '../../core/engine/types';

/** Strength of the marks that may not follow each other: 、 < ， < ； < 。 (： only doubled). */
const RANK: Record<string, number> = { '、': 1, '，': 2, '；': 3, '。': 4, '：': 0 };

/** A run of two or more of 、。，；：？！. */
const PAUSE_RUN = /[\u3001\u3002\uff0c\uff1b\uff1a\uff1f\uff01]{2,}/g;

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
          for (let k = 1; k < run.length; k++) if (RANK[run[k]] > RANK[run[keep]]) keep = k;
        }
        const kept = run[keep];
        const edits = [];
        for (let k = 0; k < run.length; k++) {
          if (k === keep) continue;
          const r = p.range(from + k, from + k + 1);
          edits.push({ start: r.start, end: r.end, newText: '' });
        }
        const span = p.range(from, j);
        const same = [...run].every((c) => c === kept);
        report({
          message: same ? `标点“${kept}”重复` : `标点“${run}”连用，应只保留“${kept}”`,
          start: span.start,
          end: span.end,
          fix: { title: same ? `删除重复的“${kept}”` : `只保留“${kept}”`, edits },
        });
      }
    }
  },
});
