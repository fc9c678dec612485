import * as z from 'zod';
import { compareSimilarity, directoryOf, mentionStatusesOf, suggest, usageCounts } from '../../core/analysis/departments';
import type { Fix } from '../../core/engine/types';
import { defineRule } from '../../core/engine/types';

export default defineRule({
  id: 'department/unknown',
  category: 'department',
  description: '责任分工中的部门名称在本辖区的部门名录中（名录覆盖本计划所属辖区时检查），并给出最相近的名称。',
  severity: 'warning',
  fixable: true,
  options: z
    .object({
      /** How many similar names the message offers. */
      maxSuggestions: z.number().int().min(0).max(10).default(3),
    })
    .strict(),
  check(ctx) {
    const dir = directoryOf(ctx);
    if (!dir.covered) return;
    const where = dir.jurisdiction?.name ?? '';
    let usage: ReturnType<typeof usageCounts> | undefined; // counted at the first unknown name (most plans have none)
    // an unknown name is usually repeated: its suggestions are searched once
    const suggestions = new Map<string, ReturnType<typeof suggest>>();
    const statuses = mentionStatusesOf(ctx);
    let k = 0; // index of the mention in statuses
    for (const n of ctx.doc.notes) {
      for (const m of n.mentions) {
        if (statuses[k++].kind !== 'unknown') continue;
        let sugg = suggestions.get(m.name);
        if (!sugg) suggestions.set(m.name, (sugg = suggest(dir, m.name, ctx.options.maxSuggestions, (usage ??= usageCounts(dir, ctx.doc)))));
        const options: Fix[] = sugg.map((s) => ({ title: `改为“${s.name}”`, edits: [{ start: m.start, end: m.end, newText: s.name }] }));
        // the safe fix only when one name is clearly the closest (usage only orders the suggestions)
        const clear = sugg.length > 0 && (sugg.length === 1 || compareSimilarity(sugg[0], sugg[1]) < 0);
        const list = sugg.map((s) => `“${s.name}”`).join('、');
        ctx.report({
            message: sugg.length
              ? `部门名称“${m.name}”不在${where}的部门名录中，是否应为${list}？`
              : `部门名称“${m.name}”不在${where}的部门名录中。如确为本辖区单位，请在 .fsplanrc.json 的 departments 中添加`,
            start: m.start,
            end: m.end,
            fix: clear ? options[0] : undefined,
            suggestions: options.length ? options : undefined,
            data: { name: m.name, suggestions: sugg.map((s) => s.name), source: dir.source },
        });
      }
    }
  },
});
