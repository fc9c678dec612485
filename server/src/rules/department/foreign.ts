import * as z from 'zod';
import { Directory, directoryOf, mentionStatusesOf, parentCityName, sameFormAtOwnLevel } from '../../core/analysis/departments';
import type { Mention, PlanDocument } from '../../core/model/document';
import { higherLevelWord } from '../../core/analysis/national';
import type { Fix } from '../../core/engine/types';
import { defineRule } from '../../core/engine/types';

/** How often each name is written in the plan's notes. */
function nameUses(doc: PlanDocument): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of doc.notes) for (const m of n.mentions) out.set(m.name, (out.get(m.name) ?? 0) + 1);
  return out;
}

/** The form of the same body the plan already writes most (区教育局 rather than 区教委 for 市教委). */
function preferUsed(name: string | undefined, uses: Map<string, number>, dir: Directory): string | undefined {
  if (!name) return undefined;
  const info = dir.byForm.get(name);
  let best = name;
  for (const f of info?.forms ?? []) if ((uses.get(f) ?? 0) > (uses.get(best) ?? 0)) best = f;
  return best;
}

/** The fix writing `to` over a mention (made only for a finding: no closure per mention). */
function editTo(m: Mention, to: string): Fix {
  return { title: `改为“${to}”`, edits: [{ start: m.start, end: m.end, newText: to }] };
}

export default defineRule({
  id: 'department/foreign',
  category: 'department',
  description: '责任分工中没有同一城市其他区县的部门（如红桥区计划中的“公安武清分局”、藁城区计划中的“辛集市公安局”），区县级计划中也没有上级市的部门（如“市市场监管委”）。',
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
    if (!dir.covered || (dir.level !== 'district' && !dir.national)) return;
    const own = dir.jurisdiction?.name ?? '本区';
    // a city plan's higher level is its province's plan
    const higher = dir.level === 'city' ? '上级' : higherLevelWord(dir.jurisdiction);
    const parent = dir.national ? parentCityName(dir) : undefined;
    const ownLevel = dir.national ? '本级' : '区级';
    const statuses = mentionStatusesOf(ctx);
    let k = 0; // index of the mention in statuses
    for (const n of ctx.doc.notes) {
      for (const m of n.mentions) {
        const s = statuses[k++];
        if (s.kind === 'foreign') {
          // the form of the same body the plan already writes (市公安局 rather than 市公安分局)
          const to = dir.national ? preferUsed(s.ownForm, ctx.memo('departments/name-uses', () => nameUses(ctx.doc)), dir) : s.ownForm;
          ctx.report({
            message: `“${m.name}”是${s.district}的单位，本计划是${own}的计划${to ? `，应为“${to}”` : ''}（可能是从其他${dir.level === 'city' ? '城市' : dir.national ? '区县' : '区'}计划复制时遗留）`,
            start: m.start,
            end: m.end,
            fix: to ? editTo(m, to) : undefined,
            data: { district: s.district },
          });
        } else if (s.kind === 'city' && ctx.options.cityLevel) {
          // the same form at this plan's level (市农牧局 → 旗农牧局) when it is valid, else the canonical forms
          const same = preferUsed(sameFormAtOwnLevel(dir, m.name), ctx.memo('departments/name-uses', () => nameUses(ctx.doc)), dir);
          const names = same ? [same] : s.counterparts.map((c) => c.canonical);
          ctx.report({
            severity: 'warning',
            message: `${dir.national ? `${own}计划` : '区级计划'}的责任分工中出现${parent ? `${parent}的` : '市级'}单位“${m.name}”${names.length ? `，${ownLevel}对应单位为${names.map((x) => `“${x}”`).join('、')}` : ''}（可能是从${higher}计划复制时遗留）`,
            start: m.start,
            end: m.end,
            fix: names.length === 1 ? editTo(m, names[0]) : undefined,
            suggestions: names.length > 1 ? names.map((x) => editTo(m, x)) : undefined,
            data: { municipal: s.info.canonical, counterparts: names },
          });
        }
      }
    }
  },
});
