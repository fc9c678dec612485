import * as z from 'zod';
import { contiguous, INLINE_DOC_NUMBER } from '../../core/analysis/punctuation';
import { defineRule } from '../../core/engine/types';

const PARTS = /^([\u4e00-\u9fa5A-Za-z]{1,16})([〔［\[(（【])(\d{4})([〕］\])）】])(第?)(\d+)号$/;

/**
 * 发文字号: agency code + year in 六角括号 + number without leading zeros or
 * 第 (GB/T 9704-2012 7.2.5), in the document's own 发文字号 and in doc
 * numbers cited in the text (按照津政办发[2021]17号文件要求).
 */
export default defineRule({
  id: 'document/doc-number',
  category: 'document',
  description: '发文字号写作“机关代字〔年份〕序号号”：年份用六角括号，序号不编虚位、不加“第”。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report }) {
    checkOwn();
    // doc numbers cited in the text: the year's brackets, 第 and leading zeros
    for (const p of doc.paragraphs) {
      if (!p.text.includes('号') || (doc.front.docNumber && p.start === doc.front.docNumber.start)) continue;
      INLINE_DOC_NUMBER.lastIndex = 0;
      for (let m = INLINE_DOC_NUMBER.exec(p.text); m; m = INLINE_DOC_NUMBER.exec(p.text)) {
        const [all, open, year, close, di, num] = m;
        const problems: string[] = [];
        if (open !== '〔' || close !== '〕') problems.push(`年份应使用六角括号“〔〕”，不用“${open}${close}”`);
        if (di) problems.push('序号前不加“第”');
        if (/^0/.test(num)) problems.push('序号不编虚位');
        if (!problems.length) continue;
        const expected = `〔${year}〕${Number(num)}号`;
        const r = p.range(m.index, m.index + all.length);
        report({
          message: `文中引用的发文字号“…${all}”不规范：${problems.join('；')}。应写作“…${expected}”`,
          start: r.start,
          end: r.end,
          fix: contiguous(p, m.index, m.index + all.length) ? { title: `改为“${expected}”`, edits: [{ ...r, newText: expected }] } : undefined,
        });
      }
    }

    function checkOwn(): void {
      const d = doc.front.docNumber;
      if (!d) return;
      const m = PARTS.exec(d.text);
      if (!m) return;
      const [, agency, open, year, close, di, num] = m;
      const problems: string[] = [];
      if (open !== '〔' || close !== '〕') problems.push(`年份应使用六角括号“〔〕”，不用“${open}${close}”`);
      if (di) problems.push('序号前不加“第”');
      if (/^0/.test(num)) problems.push('序号不编虚位（不写前导 0）');
      if (!problems.length) return;
      const expected = `${agency}〔${year}〕${Number(num)}号`;
      const original = doc.text.slice(d.start, d.end);
      report({
        message: `发文字号“${d.text}”不规范：${problems.join('；')}。应写作“${expected}”`,
        start: d.start,
        end: d.end,
        // only when the number sits on one line, so the fix replaces exactly what it shows
        fix: /[\r\n]/.test(original) ? undefined : { title: `改为“${expected}”`, edits: [{ start: d.start, end: d.end, newText: expected }] },
      });
    }
  },
});
