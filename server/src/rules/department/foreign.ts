import * as z from 'zod';
import { classify, directoryOf } from '../../core/analysis/departments';
import type { Fix } from '../../core/engine/types';
import { defineRule } from '../../core/engine/types';

export default defineRule({
  id: 'department/foreign',
  category: 'department',
  description: '责任分工中没有其他区的部门（如红桥区计划中的“公安武清分局”），区级计划中也没有市级部门（如“市市场监管委”）。',
  severity: 'error',
  fixable: true,
  options: z
    .object({
      /** Report city-level bodies in a district plan's notes (as warnings). */
      cityLevel: z.boolean().default(true),
    })
    .strict(),
  check(ctx) {
    const dir = directoryOf(ctx);
    if (!dir.covered || dir.level !== 'district') return;
    const own = dir.jurisdiction?.name ?? '本区';
    for (const n of ctx.doc.notes) {
      for (const m of n.mentions) {
        const s = classify(dir, m.name);
        const edit = (to: string): Fix => ({ title: `改为“${to}”`, edits: [{ start: m.start, end: m.end, newText: to }] });
        if (s.kind === 'foreign') {
          ctx.report({
            message: `“${m.name}”是${s.district}的单位，本计划是${own}的计划${s.ownForm ? `，应为“${s.ownForm}”` : ''}（可能是从其他区计划复制时遗留）`,
            start: m.start,
            end: m.end,
            fix: s.ownForm ? edit(s.ownForm) : undefined,
            data: { district: s.district },
          });
        } else if (s.kind === 'city' && ctx.options.cityLevel) {
          const names = s.counterparts.map((c) => c.canonical);
          ctx.report({
            severity: 'warning',
            message: `区级计划的责任分工中出现市级单位“${m.name}”${names.length ? `，区级对应单位为${names.map((x) => `“${x}”`).join('、')}` : ''}（可能是从市级计划复制时遗留）`,
            start: m.start,
            end: m.end,
            fix: names.length === 1 ? edit(names[0]) : undefined,
            suggestions: names.length > 1 ? names.map(edit) : undefined,
            data: { municipal: s.info.canonical, counterparts: names },
          });
        }
      }
    }
  },
});
