import * as z from 'zod';
import { extractTargets } from '../../core/analysis/targets';
import { unitKind, unitPrefix, upperUnitPrefix } from '../../core/model/divisions';
import type { Jurisdiction } from '../../core/model/document';
import { defineRule } from '../../core/engine/types';

/** The plan's own prefix: 区 (also 新区, 林区, 特区), 县 (自治县), 市 (county-level city), 旗 (自治旗). */
function ownPrefix(j: Jurisdiction): string {
  if (j.level === 'city' || j.level === 'province') return upperScopePrefix(j.name);
  const kind = j.kind ?? unitKind(j.name);
  return kind ? unitPrefix(kind) : j.level === 'county' ? '县' : '区';
}

/** A city's or province's own scope: 全市, 全州 (自治州), 全盟, 全地区, 全省, 全区 (自治区). */
function upperScopePrefix(name: string): string {
  const p = upperUnitPrefix(name);
  return p === '自治区' ? '区' : p;
}

/**
 * The scope of a target is the plan's own unit: 全区, 全县, 全市 (a
 * county-level city, a prefecture city or a municipality), 全旗, 全州, 全省.
 * Another level's word (全市 in a district plan, 全县 in a banner plan, 全区
 * in a city plan) or 全国 is text left over from another plan.
 */
export default defineRule({
  id: 'document/city-scope',
  category: 'document',
  description: '计划的量化指标以本级为范围（区写“全区”，县写“全县”，县级市和地级市写“全市”，旗写“全旗”，自治州写“全州”，省写“全省”），不写其他层级的范围（“按照全市…要求”和引用的文件名除外）。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report, memo }) {
    const j = doc.front.planTitle?.jurisdiction;
    if (!j) return;
    const upper = j.level === 'city' || j.level === 'province';
    const prefix = ownPrefix(j);
    const own = '全' + prefix;
    const seen = new Set<number>();
    for (const t of memo('targets', () => extractTargets(doc))) {
      const s = t.scope;
      if (!s || seen.has(s.start) || s.word === own) continue;
      seen.add(s.start);
      const fix = { title: `改为“${own}”`, edits: [{ start: s.start, end: s.end, newText: own }] };
      // a county plan copies its city's 全市; a city or province plan copies 全国 from above and 全区/全县 from below
      const source = s.word === '全国' || (!upper && s.word === '全市') ? '照抄上级计划' : upper ? '照抄其他层级计划' : '照抄其他区县计划';
      report({
        message: `${j.name}计划的指标范围写成了“${s.word}”（${t.phrase}），应为本${prefix}范围“${own}”；这通常是${source}留下的`,
        start: s.start,
        end: s.end,
        ...(s.word !== '全国' ? { fix } : { suggestions: [fix] }),
      });
    }
  },
});
