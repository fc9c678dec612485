import * as z from 'zod';
import { analyzeNumbering, LEVEL_NAMES } from '../../core/analysis/numbering';
import { markerText } from '../../core/drafting/renumber';
import { defineRule } from '../../core/engine/types';

/**
 * A heading-like line without its number where the sequence has a one-number
 * gap: a bare title line (指导思想) between 一、 and 三、, or an item paragraph
 * (加强源头管理。…) between 4. and 6. Conservative: exactly one candidate
 * paragraph must fill the gap (see core/numbering.ts findMissing).
 */
export default defineRule({
  id: 'numbering/missing-marker',
  category: 'numbering',
  description: '标题或条目漏写序号（如“指导思想”一行前缺少“二、”）。',
  severity: 'error',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report, memo }) {
    const analysis = memo('numbering', () => analyzeNumbering(doc));
    for (const m of analysis.missing) {
      const marker = markerText(m.level, m.number, m.style);
      const t = m.paragraph.text;
      const stop = t.indexOf('。');
      const titleEnd = m.shape === 'item' && stop > 0 ? stop : t.length;
      const range = m.paragraph.range(0, titleEnd);
      const what = m.shape === 'title' ? '标题' : '条目';
      report({
        message: `此${what}疑似漏写${LEVEL_NAMES[m.level]}序号，应为“${marker}${t.slice(0, Math.min(titleEnd, 12))}${titleEnd > 12 ? '…' : ''}”`,
        start: range.start,
        end: range.end,
        fix: { title: `补上序号“${marker}”`, edits: [{ start: m.start, end: m.start, newText: marker }] },
        data: { level: m.level, number: m.number },
      });
    }
  },
});
