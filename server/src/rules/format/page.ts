import * as z from 'zod';
import { defineRule } from '../../core/engine/types';
import { layoutFits } from '../../core/analysis/layout-roles';

/** GB/T 9704-2012 5.1 (A4: 210 mm × 297 mm) and 5.2.1 (top 37 mm ± 1 mm, left 28 mm ± 1 mm, text block 156 mm × 225 mm, so bottom 35 mm and right 26 mm). */
export default defineRule({
  id: 'format/page',
  category: 'format',
  description: 'Word 文档的纸张为 A4，页边距符合 GB/T 9704-2012（上 37 毫米、下 35 毫米、左 28 毫米、右 26 毫米）。',
  severity: 'warning',
  fixable: false,
  options: z
    .object({
      width: z.number().positive().default(210),
      height: z.number().positive().default(297),
      top: z.number().min(0).default(37),
      bottom: z.number().min(0).default(35),
      left: z.number().min(0).default(28),
      right: z.number().min(0).default(26),
      /** Millimetres either way. */
      tolerance: z.number().min(0).default(1),
    })
    .strict(),
  check({ doc, env, options, report }) {
    const layout = env.layout;
    if (!layoutFits(doc, layout)) return;
    const off = (got: number, want: number) => Math.abs(got - want) > options.tolerance;
    const many = layout.sections.length > 1;
    layout.sections.forEach((s, i) => {
      const problems: string[] = [];
      if (s.pageWidth !== undefined && s.pageHeight !== undefined && (off(s.pageWidth, options.width) || off(s.pageHeight, options.height))) {
        problems.push(`纸张为 ${s.pageWidth}×${s.pageHeight} 毫米，应为 ${options.width}×${options.height} 毫米（A4）`);
      }
      if (s.margins) {
        const wrong = (['top', 'bottom', 'left', 'right'] as const).filter((k) => off(s.margins![k], options[k]));
        const names = { top: '上', bottom: '下', left: '左', right: '右' };
        if (wrong.length) problems.push(`页边距${wrong.map((k) => `${names[k]} ${s.margins![k]} 毫米`).join('、')}，应为${wrong.map((k) => `${names[k]} ${options[k]} 毫米`).join('、')}`);
      }
      if (!problems.length) return;
      // anchor: the section's first paragraph with text
      const ps = layout.paragraphs.slice(s.firstParagraph).filter((p) => p.section === i);
      const p = ps.find((x) => doc.text.slice(x.start, x.end).trim()) ?? ps[0] ?? layout.paragraphs[0];
      if (!p) return;
      report({ message: `${many ? `第 ${i + 1} 节` : ''}${problems.join('；')}`, start: p.start, end: p.end });
    });
  },
});
