import * as z from 'zod';
import { taskChunks } from '../../core/analysis/targets';
import { defineRule } from '../../core/engine/types';

/** Years in task text: 4 digits followed by 年, or closing a name such as 昆仑2023. */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)(?:\s*[—–\-~至到]\s*((?:19|20)\d{2})(?!\d))?/g;
/**
 * Sentences that look back rather than set a task: years in them are history
 * (以来, 同比…), or what an earlier year achieved and this year builds on
 * (巩固2023年创建成果, 在2023年工作基础上, 2023年获评…, 2023年抽检发现的问题).
 */
const BACKGROUND = /以来|截至|截止|去年|上年|上一年|同比|较上|比上|回顾|已经|已完成|已实现|曾|自\d{4}|巩固|成果|基础上|获评|荣获|被评为|被命名|命名为|通过验收|发现的问题|遗留问题/;
/** 。；！？ end the sentence a year is judged by. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f;
}
/** A cited annual plan: one year (not a range) and a plan kind at the end. */
const ANNUAL_PLAN = /^[^\d]{0,24}?((?:19|20)\d{2})年度?(?![\d—–\-~至到])[^\d]*(?:计划|要点|安排|方案)$/;
/** Background for a cited plan: what last year's plan achieved. */
const CITED_BACKGROUND = new RegExp(`${BACKGROUND.source}|总结|完成情况|执行情况|已全部|完成了|评估|成效`);
const DEADLINE = /^年(?:底|末|年底|\d{1,2}月(?:底|末|\d{1,2}日)?)?(?:前|之前|以前)/;

/**
 * Years that do not fit the plan year: an earlier year in task text (昆仑2023
 * in a 2024 plan, 2023年底前), a deadline after the plan year, a title
 * year that disagrees with the 成文日期 by more than a year, and a cited
 * annual plan of an earlier year (根据《天津市2024年食品安全监督管理计划》 in
 * a 2025 plan) unless its sentence is background.
 */
export default defineRule({
  id: 'document/stale-year',
  category: 'document',
  description: '任务文字中的年份与计划年度一致：不沿用往年年份和往年的上级计划，完成时限不晚于计划年度，标题年份与成文日期相符。',
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
    // cited titles come in text order: the sentence (and whether it is background) is reused while titles fall in it
    let para = -1;
    let masked = '';
    let sEnd = -1;
    let sBackground = false;
    for (const c of doc.citedTitles) {
      const p = c.paragraph;
      if (p.index < doc.bodyStart) continue; // the notice title cites the plan itself
      const m = ANNUAL_PLAN.exec(c.text);
      if (!m || Number(m[1]) >= planYear) continue;
      const a = p.indexOf(c.start);
      if (p.index !== para) {
        para = p.index;
        // titles blanked out, so words inside them (……工作总结) do not make a sentence background
        masked = p.text.replace(/《[^《》]*》/g, (x) => '□'.repeat(x.length));
        sEnd = -1;
      }
      if (a >= sEnd) {
        let st = a;
        while (st > 0 && st > sEnd && !isSentenceEnd(masked.charCodeAt(st - 1))) st--;
        let e = a + c.text.length;
        while (e < masked.length && !isSentenceEnd(masked.charCodeAt(e))) e++;
        sEnd = e;
        sBackground = CITED_BACKGROUND.test(masked.slice(st, e));
      }
      if (sBackground) continue;
      const y = a + c.text.indexOf(m[1]);
      const span = p.range(y, y + 4);
      report({
        message: `引用的《${c.text}》早于计划年度 ${planYear} 年，可能是沿用往年计划的文字。请核对本计划依据的年度计划`,
        start: c.start,
        end: c.end,
        suggestions: span.end - span.start === 4 ? [{ title: `改为 ${planYear}`, edits: [{ ...span, newText: String(planYear) }] }] : undefined,
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
