import * as z from 'zod';
import { defineRule } from '../../core/engine/types';
import type { LineSpacing } from '../../core/model/page-layout';
import { layoutRoles, ROLE_LABELS } from '../../core/analysis/layout-roles';

const RULE_NAMES: Record<LineSpacing['rule'], string> = { exact: '固定值', atLeast: '最小值', auto: '倍数' };
const describe = (s: LineSpacing) => (s.rule === 'auto' ? `${s.value} 倍行距` : `${RULE_NAMES[s.rule]} ${s.value} 磅`);

/** GB/T 9704-2012 5.2.3: 22 lines of 28 characters per page; with 3号 text that is a fixed line spacing of about 28 磅. */
export default defineRule({
  id: 'format/line-spacing',
  category: 'format',
  description: 'Word 文档的行距符合要求（默认固定值 28 磅，即每面 22 行）。',
  severity: 'warning',
  fixable: false,
  options: z
    .object({
      rule: z.enum(['exact', 'atLeast', 'auto']).default('exact'),
      /** Points for exact/atLeast, the multiple for auto. */
      value: z.number().positive().default(28),
      tolerance: z.number().min(0).default(0.5),
      /** A spacing shared by at least this many paragraphs is reported once, at the first. */
      groupAbove: z.number().int().min(1).default(3),
    })
    .strict(),
  check({ doc, env, options, report }) {
    const layout = env.layout;
    if (!layout) return;
    const want: LineSpacing = { rule: options.rule, value: options.value };
    const groups = new Map<string, Array<{ start: number; end: number; role: string }>>();
    for (const r of layoutRoles(doc, layout)) {
      const s = r.paragraph.lineSpacing;
      if (!s) continue; // nothing in the document sets it
      if (s.rule === want.rule && Math.abs(s.value - want.value) <= options.tolerance) continue;
      const key = describe(s);
      const list = groups.get(key) ?? [];
      list.push({ start: r.paragraph.start, end: r.paragraph.end, role: ROLE_LABELS[r.role] });
      groups.set(key, list);
    }
    for (const [got, list] of groups) {
      const message = (role: string) => `${role}行距为${got}，应为${describe(want)}`;
      if (list.length >= options.groupAbove) report({ message: `${message('')}（全文共 ${list.length} 段如此，此处为第一段）`, start: list[0].start, end: list[0].end });
      else for (const p of list) report({ message: message(p.role), start: p.start, end: p.end });
    }
  },
});
