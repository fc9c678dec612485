import * as z from 'zod';
import { classify, directoryOf } from '../../core/analysis/departments';
import { sharedChars } from '../../core/analysis/similarity';
import { editDistance } from '../../core/analysis/similarity';
import type { Mention } from '../../core/model/document';
import { defineRule } from '../../core/engine/types';

/** Longest name compared: department names are short, and longer text is not a name. */
const MAX_NAME = 30;

/** The name with up to `k` (1 or 2) characters deleted, itself included (symmetric-delete keys). */
function deletions(name: string, k: 1 | 2): Set<string> {
  const out = new Set<string>([name]);
  for (let i = 0; i < name.length; i++) {
    const one = name.slice(0, i) + name.slice(i + 1);
    out.add(one);
    if (k === 2) for (let j = i; j < one.length; j++) out.add(one.slice(0, j) + one.slice(j + 1));
  }
  return out;
}

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
    const frequent = names.filter((n) => byName.get(n)!.length >= ctx.options.minFrequentCount && n.length <= MAX_NAME);
    // two names within edit distance 2 share a key of up to two deletions each, so
    // only names sharing a key are compared: linear in the number of names
    // (a short rare name allows one edit only, so it is looked up with one deletion)
    const index = (k: 1 | 2) => {
      const byKey = new Map<string, number[]>();
      frequent.forEach((n, i) => {
        for (const key of deletions(n, k)) {
          const list = byKey.get(key);
          if (list) list.push(i);
          else byKey.set(key, [i]);
        }
      });
      return byKey;
    };
    const byKey1 = index(1);
    let byKey2: Map<string, number[]> | undefined;
    for (const rare of names) {
      const count = byName.get(rare)!.length;
      if (count > ctx.options.maxRareCount || rare.length > MAX_NAME || dir.knownAnywhere.has(rare) || classify(dir, rare).kind !== 'unknown') continue;
      const near = new Set<number>();
      const k: 1 | 2 = rare.length <= 6 ? 1 : 2;
      const byKey = k === 1 ? byKey1 : (byKey2 ??= index(2));
      for (const key of deletions(rare, k)) for (const i of byKey.get(key) ?? []) near.add(i);
      let best: { name: string; d: number; shared: number; count: number } | undefined;
      for (const other of [...near].sort((a, b) => a - b).map((i) => frequent[i])) {
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
