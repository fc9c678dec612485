import * as z from 'zod';
import { defineRule } from '../../core/engine/types';

/** 成文日期 in Arabic numerals, full year, no zero padding (GB/T 9704-2012 7.3.5.4). */
export default defineRule({
  id: 'document/date-format',
  category: 'document',
  description: '成文日期用阿拉伯数字写全年、月、日，月和日不编虚位（如“2024年8月9日”）。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report }) {
    const d = doc.front.date;
    if (!d) return;
    const expected = `${d.year}年${d.month}月${d.day}日`;
    const original = doc.text.slice(d.start, d.end);
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
      report({ message: `成文日期“${d.text}”不是有效的日期，请核对月、日`, start: d.start, end: d.end });
      return;
    }
    let problem: string | undefined;
    if (d.numerals === 'chinese') problem = '应使用阿拉伯数字';
    else if (/[年月]\s*[0０][0-9０-９]/.test(original)) problem = '月、日不编虚位（不写前导 0）';
    if (!problem) return;
    report({
      message: `成文日期“${d.text}”${problem}，应写作“${expected}”`,
      start: d.start,
      end: d.end,
      fix: /[\r\n]/.test(original) ? undefined : { title: `改为“${expected}”`, edits: [{ start: d.start, end: d.end, newText: expected }] },
    });
  },
});
