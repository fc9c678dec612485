import * as z from 'zod';
import { extractTargets } from '../../core/analysis/targets';
import { defineRule } from '../../core/engine/types';

/** 全市/全国 as the scope of a target in a district plan: text left over from the municipal plan. */
export default defineRule({
  id: 'document/city-scope',
  category: 'document',
  description: '区级计划的量化指标以本区为范围，不写“全市”“全国”（“按照全市…要求”和引用的文件名除外）。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report, memo }) {
    const j = doc.front.planTitle?.jurisdiction;
    if (!j || j.level === 'city' || j.level === 'province') return;
    const own = j.level === 'county' ? '全县' : '全区';
    const seen = new Set<number>();
    for (const t of memo('targets', () => extractTargets(doc))) {
      const s = t.scope;
      if (!s || seen.has(s.start)) continue;
      seen.add(s.start);
      const fix = { title: `改为“${own}”`, edits: [{ start: s.start, end: s.end, newText: own }] };
      report({
        message: `区级计划的指标范围写成了“${s.word}”（${t.phrase}），应为本${j.level === 'county' ? '县' : '区'}范围“${own}”；这通常是照抄市级计划留下的`,
        start: s.start,
        end: s.end,
        ...(s.word === '全市' ? { fix } : { suggestions: [fix] }),
      });
    }
  },
});
