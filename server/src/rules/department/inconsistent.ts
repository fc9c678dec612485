import * as z from 'zod';
import { DepartmentInfo, mentionStatusesOf } from '../../core/analysis/departments';
import type { Mention } from '../../core/model/document';
import { defineRule } from '../../core/engine/types';

export default defineRule({
  id: 'department/inconsistent',
  category: 'department',
  description: '同一部门在一份计划中只用一种写法（如不混用“区卫健委”和“区卫生健康委”），并使用项目规定的写法。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check(ctx) {
    const statuses = mentionStatusesOf(ctx);
    let k = 0; // index of the mention in statuses
    const uses = new Map<DepartmentInfo, Array<{ m: Mention; form: string }>>();
    for (const n of ctx.doc.notes) {
      for (const m of n.mentions) {
        const s = statuses[k++];
        if (s.kind !== 'known') continue;
        const list = uses.get(s.info) ?? [];
        list.push({ m, form: s.form });
        uses.set(s.info, list);
      }
    }
    for (const [info, list] of uses) {
      const counts = new Map<string, number>();
      for (const u of list) counts.set(u.form, (counts.get(u.form) ?? 0) + 1);
      let target: string;
      if (info.preferredByProject) target = info.canonical;
      else {
        if (counts.size < 2) continue;
        // the dominant form; a tie goes to the registry's form, then to the first one written
        target = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || Number(b === info.canonical) - Number(a === info.canonical))[0];
      }
      for (const u of list) {
        if (u.form === target) continue;
        const why = info.preferredByProject
          ? `本项目规定写作“${target}”`
          : `本计划中“${target}”出现 ${counts.get(target)} 次，“${u.form}”出现 ${counts.get(u.form)} 次`;
        ctx.report({
          message: `“${u.m.name}”与“${target}”是同一单位，写法应统一（${why}）`,
          start: u.m.start,
          end: u.m.end,
          fix: { title: `改为“${target}”`, edits: [{ start: u.m.start, end: u.m.end, newText: target }] },
          data: { canonical: info.canonical, target },
        });
      }
    }
  },
});
