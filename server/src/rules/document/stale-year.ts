import * as z from 'zod';
import { taskChunks } from '../../core/analysis/targets';
import { defineRule } from '../../core/engine/types';

/** Years in task text: 4 digits followed by 年, or closing a name such as 昆仑2023. */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)(?:\s*[—–\-~至到]\s*((?:19|20)\d{2})(?!\d))?/g;
/** Sentences that look back rather than set a task: years in them are history. */
const BACKGROUND = /以来|截至|截止|去年|上年|上一年|同比|较上|比上|回顾|已经|已完成|已实现|曾|自\d{4}/;
/** 。；！？ end the sentence a year is judged by. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f;
}
const DEADLINE = /^年(?:底|末|年底|\d{1,2}月(?:底|末|\d{1,2}日)?)?(?:前|之前|以前)/;

/**
 * Years that do not fit the plan year: an earlier year in task text (昆仑2023
 * in a 2024 plan, 2023年底前), a deadline after the plan year, and a title
 * year that disagrees with the 成文日期 by more than a year.
 */
export default defineRule({
  id: 'document/stale-year',
  category: 'document',
  description: '任务文字中的年份与计划年度一致：不沿用往年年份，完成时限不晚于计划年度，标题年份与成文日期相符。',
  severity: 'warning',
  fixable: false,
  options: z.object({}).strict(),
  check({ doc, report }) {
    const planYear = doc.front.planTitle?.year;
    if (!planYear) return;
    const date = doc.front.date;
    if (date && Math.abs(date.year - planYear) > 1) {
      const t = doc.front.planTitle!;
      report({
        message: `计划标题的年度为 ${planYear} 年，但成文日期为 ${date.year} 年，相差超过一年。请核对标题年份或成文日期`,
        start: t.start,
        end: t.end,
      });
    }
    for (const chunk of taskChunks(doc)) {
      // the sentence around the last year, reused while years fall in it (many years in one sentence stay linear)
      let sentenceEnd = -1;
      let background = false;
      // background before the first item, and a closing date (落款) are not task text
      if (chunk.preamble || /^\d{4}年\d{1,2}月\d{1,2}日$/.test(chunk.paragraph.text)) continue;
      const { masked, paragraph: p } = chunk;
      const sub = masked.slice(chunk.from, chunk.to);
      YEAR.lastIndex = 0;
      for (let m = YEAR.exec(sub); m; m = YEAR.exec(sub)) {
        const a = chunk.from + m.index;
        const b = a + m[0].length;
        const after = masked.slice(b, b + 12);
        const before = masked[a - 1] ?? '';
        // a year: followed by 年, or closing a name or a quotation (昆仑2023, “2023”)
        const isYear = after.startsWith('年') || (/[\u4e00-\u9fa5“"]/.test(before) && /^(?:[”"」）)》、，。；\s]|$|专项|行动)/.test(after));
        if (!isYear || after.startsWith('年版') || after.startsWith('版')) continue;
        const first = Number(m[1]);
        const last = m[2] ? Number(m[2]) : first;
        // the sentence around the year
        if (a >= sentenceEnd || b > sentenceEnd) {
          let s = a;
          while (s > chunk.from && !isSentenceEnd(masked.charCodeAt(s - 1))) s--;
          let e = b;
          while (e < chunk.to && !isSentenceEnd(masked.charCodeAt(e))) e++;
          sentenceEnd = e;
          background = BACKGROUND.test(masked.slice(s, e));
        }
        if (background) continue;
        const span = p.range(a, a + (m[2] ? m[0].length : 4));
        if (last < planYear) {
          const deadline = DEADLINE.test(after);
          report({
            message: deadline
              ? `完成时限“${m[0]}${DEADLINE.exec(after)![0]}”早于计划年度 ${planYear} 年，可能是沿用往年计划的文字。请改为本年度的时限`
              : `任务文字中的“${m[0]}”早于计划年度 ${planYear} 年，可能是沿用往年计划的文字。请核对年份`,
            start: span.start,
            end: span.end,
            suggestions: m[2] ? undefined : [{ title: `改为 ${planYear}`, edits: [{ start: span.start, end: span.end, newText: String(planYear) }] }],
          });
        } else if (first > planYear && DEADLINE.test(after)) {
          report({
            message: `完成时限“${m[0]}${DEADLINE.exec(after)![0]}”晚于计划年度 ${planYear} 年，年度计划的任务应在本年度内完成。请核对年份`,
            start: span.start,
            end: span.end,
          });
        }
      }
    }
  },
});
