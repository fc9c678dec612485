import * as z from 'zod';
import { extractTargets } from '../../core/analysis/targets';
import { unitKind, unitPrefix } from '../../core/model/divisions';
import type { Jurisdiction } from '../../core/model/document';
import { defineRule } from '../../core/engine/types';

/** The plan's own prefix: 区 (also 新区, 林区, 特区), 县 (自治县), 市 (county-level city), 旗 (自治旗). */
function ownPrefix(j: Jurisdiction): string {
  const kind = j.kind ?? unitKind(j.name);
  return kind ? unitPrefix(kind) : j.level === 'county' ? '县' : '区';
}

/**
 * The scope of a target in a county-level plan is its own unit: 全区, 全县,
 * 全市 (a county-level city) or 全旗. Another level's word (全市 in a district
 * plan, 全县 in a banner plan) or 全国 is text left over from another plan.
 */
export default defineRule({
  id: 'document/city-scope',
  category: 'document',
  description: '区县级计划的量化指标以本级为范围（区写“全区”，县写“全县”，县级市写“全市”，旗写“全旗”），不写其他层级的范围（“按照全市…要求”和引用的文件名除外）。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report, memo }) {
    const j = doc.front.planTitle?.jurisdiction;
    if (!j || j.level === 'city' || j.level === 'province') return;
    const prefix = ownPrefix(j);
    const own = '全' + prefix;
    const seen = new Set<number>();
    for (const t of memo('targets', () => extractTargets(doc))) {
      const s = t.scope;
      if (!s || seen.has(s.start) || s.word === own) continue;
      seen.add(s.start);
      const fix = { title: `改为“${own}”`, edits: [{ start: s.start, end: s.end, newText: own }] };
      const source = s.word === '全市' || s.word === '全国' ? '照抄上级计划' : '照抄其他区县计划';
      report({
        message: `${j.name}计划的指标范围写成了“${s.word}”（${t.phrase}），应为本${prefix}范围“${own}”；这通常是${source}留下的`,
        start: s.start,
        end: s.end,
        ...(s.word !== '全国' ? { fix } : { suggestions: [fix] }),
      });
    }
  },
});
