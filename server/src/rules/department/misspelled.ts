import { z } from 'zod';
import { classify, directoryOf, sharedChars } from '../../core/departments';
import { editDistance } from '../../core/config';
import type { Mention } from '../../core/document';
import { defineRule } from '../../core/types';

/** Edits allowed between a rare name and the frequent one it misspells. */
function allowed(a: string, b: string): number {
  return Math.min(a.length, b.length) <= 6 ? 1 : 2;
}

export default defineRule({
  id: 'department/misspelled',
  category: 'department',
  description: '没有适用的部门名录时，只出现一两次、与本计划中更常用的名称仅差一两个字的部门名称，很可能是笔误。',
  severity: 'warning',
  fixable: false,
  options: z
    .object({
      /** A name used at most this often can be a misspelling. */
      maxRareCount: z.number().int().min(1).default(2),
      /** The name it misspells must be used at least this often. */
      minFrequentCount: z.number().int().min(2).default(2),
    })
    .strict(),
  check(ctx) {
    const dir = directoryOf(ctx);
    if (dir.covered) return; // department/unknown checks against the registry instead
    const byName = new Map<string, Mention[]>();
    for (const n of ctx.doc.notes) {
      for (const m of n.mentions) {
        const name = m.name.replace(/\s+/g, '');
        const list = byName.get(name);
        if (list) list.push(m); // push, not copy: a name used thousands of times must stay linear
        else byName.set(name, [m]);
      }
    }
    const names = [...byName.keys()];
    // only names used often enough can be what a rare name misspells
    const frequent = names.filter((n) => byName.get(n)!.length >= ctx.options.minFrequentCount);
    for (const rare of names) {
      const count = byName.get(rare)!.length;
      if (count > ctx.options.maxRareCount || dir.knownAnywhere.has(rare) || classify(dir, rare).kind !== 'unknown') continue;
      let best: { name: string; d: number; shared: number; count: number } | undefined;
      for (const other of frequent) {
        const c = byName.get(other)!.length;
        if (other === rare || c <= count || Math.abs(other.length - rare.length) > 2) continue;
        const d = editDistance(rare, other);
        if (d > allowed(rare, other)) continue;
        const cand = { name: other, d, shared: sharedChars(rare, other), count: c };
        if (!best || cand.d < best.d || (cand.d === best.d && (cand.shared > best.shared || (cand.shared === best.shared && cand.count > best.count)))) best = cand;
      }
      if (!best) continue;
      for (const m of byName.get(rare)!) {
        ctx.report({
          message: `“${m.name}”可能是“${best.name}”的笔误（本计划中“${best.name}”出现 ${best.count} 次，“${m.name}”出现 ${count} 次）`,
          start: m.start,
          end: m.end,
          suggestions: [{ title: `改为“${best.name}”`, edits: [{ start: m.start, end: m.end, newText: best.name }] }],
          data: { name: m.name, suggestions: [best.name] },
        });
      }
    }
  },
});
