import * as z from 'zod';
import { defineRule } from '../../core/engine/types';
import { dominantRun, LayoutRole, layoutRoles, ROLE_LABELS, sizeName } from '../../core/analysis/layout-roles';

const Spec = z
  .object({
    /** Accepted font names: a resolved font matches when it contains one of them (仿宋 matches 仿宋_GB2312). */
    fonts: z.array(z.string().min(1)).min(1).optional(),
    /** Size in points (三号 = 16). */
    size: z.number().positive().optional(),
  })
  .strict();

const FANGSONG = ['仿宋', 'FangSong'];
const fang = { fonts: FANGSONG, size: 16 };

/** GB/T 9704-2012 7.3.1 (title), 7.3.3 (body and heading levels), 7.2.5 (发文字号), 7.3.5 (成文日期), 5.2.2 (3号仿宋 by default). */
export default defineRule({
  id: 'format/font',
  category: 'format',
  description: 'Word 文档中标题、各级标题、正文、发文字号和成文日期的字体字号符合 GB/T 9704-2012（标题 2 号小标宋，一、黑体，（一）楷体，1. 和正文 3 号仿宋）。',
  severity: 'warning',
  fixable: false,
  options: z
    .object({
      title: Spec.default({ fonts: ['小标宋', 'XiaoBiaoSong'], size: 22 }),
      heading1: Spec.default({ fonts: ['黑体', 'SimHei'], size: 16 }),
      heading2: Spec.default({ fonts: ['楷体', 'KaiTi'], size: 16 }),
      heading3: Spec.default(fang),
      heading4: Spec.default(fang),
      body: Spec.default(fang),
      docNumber: Spec.default(fang),
      date: Spec.default(fang),
      /** A problem shared by at least this many paragraphs of one role is reported once, at the first. */
      groupAbove: z.number().int().min(1).default(3),
    })
    .strict(),
  check({ doc, env, options, report }) {
    const layout = env.layout;
    if (!layout) return;
    interface Problem {
      role: LayoutRole;
      key: string;
      message: string;
      spans: Array<{ start: number; end: number }>;
    }
    const problems = new Map<string, Problem>();
    for (const r of layoutRoles(doc, layout)) {
      const spec = options[r.role];
      const got = dominantRun(r.paragraph.runs, r.span, doc.text);
      const parts: string[] = [];
      const want: string[] = [];
      if (spec.fonts && got.font && !spec.fonts.some((f) => got.font!.toLowerCase().includes(f.toLowerCase()))) {
        parts.push(`字体为“${got.font}”`);
        want.push(spec.fonts[0]);
      }
      if (spec.size && got.size && Math.abs(got.size - spec.size) > 0.01) {
        parts.push(`字号为${sizeName(got.size)}`);
        want.push(sizeName(spec.size));
      }
      if (!parts.length) continue;
      const key = `${r.role}|${parts.join('|')}`;
      const message = `${ROLE_LABELS[r.role]}${parts.join('、')}，应为${want.join('、')}`;
      const p = problems.get(key) ?? { role: r.role, key, message, spans: [] };
      p.spans.push(r.span);
      problems.set(key, p);
    }
    for (const p of problems.values()) {
      if (p.spans.length >= options.groupAbove) {
        report({ message: `${p.message}（全文共 ${p.spans.length} 段如此，此处为第一段）`, start: p.spans[0].start, end: p.spans[0].end });
      } else for (const s of p.spans) report({ message: p.message, start: s.start, end: s.end });
    }
  },
});
