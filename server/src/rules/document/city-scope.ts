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
  description: '计划的量化指标和任务文字以本级为范围（区写“全区”，县写“全县”，县级市和地级市写“全市”，旗写“全旗”，自治州写“全州”，省写“全省”），不写其他层级的范围（“按照全市…要求”和引用的文件名除外）。',
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
    // 全市 elsewhere in the task text of a district or county plan: the city's scope left in sentences
    // copied from the city plan (在全市范围内开展…, 推动全市…). Only 全市: in a plan of an autonomous
    // region's county, 全区 is the region's word.
    if (upper || prefix === '市') return;
    const notes = doc.notes;
    let ni = 0;
    for (let k = doc.bodyStart; k < doc.bodyEnd; k++) {
      const p = doc.paragraphs[k];
      const t = p.text;
      // one pass over the paragraph: the quote depth and the start of the clause part follow the occurrences
      let depth = 0; // inside 《…》 or “…”: a cited title or a quoted name
      let partStart = 0;
      let scanned = 0;
      for (let i = t.indexOf('全市'); i >= 0; i = t.indexOf('全市', i + 2)) {
        for (; scanned < i; scanned++) {
          const c = t.charCodeAt(scanned);
          if (c === 0x300a || c === 0x201c) depth++;
          else if ((c === 0x300b || c === 0x201d) && depth > 0) depth--;
          else if (isPartBreak(c)) partStart = scanned + 1;
        }
        if (depth > 0) continue;
        const start = p.offsetAt(i);
        if (seen.has(start) || REFERENCE_BEFORE.test(t.slice(Math.max(partStart, i - 24), i)) || REFERENCE_AFTER.test(t.slice(i + 2, i + 24))) continue;
        while (ni < notes.length && notes[ni].end <= start) ni++;
        if (ni < notes.length && notes[ni].start <= start) continue; // inside a responsibility note
        const end = p.endOf(i, i + 2);
        report({
          message: `${j.name}计划的任务写了“全市”（${excerpt(t, i)}），本${prefix}计划的范围应为“${own}”；这通常是照抄上级计划留下的。如确指全市范围，请忽略`,
          start,
          end,
          suggestions: [{ title: `改为“${own}”`, edits: [{ start, end, newText: own }] }],
        });
      }
    }
  },
});

/** Words before 全市 in its clause part that make it a reference to the city's work, not the plan's own scope. */
const REFERENCE_BEFORE = /(按照|根据|依据|依照|落实|贯彻|对照|参照|对标|围绕|服务|响应|配合|参加|参与|承办|协办|迎接|接受|纳入|列入|融入|争创|争当|争取|位居|位于|居|走在)[^，。；：,;:]*$/;
/** Words after 全市 that compare with or take part in the city's work: 全市前列, 全市统一部署, 全市…大会. */
const REFERENCE_AFTER = /^(?:前列|第一|领先|首位|首家|首批|率先|排名|统一|一盘棋|范围内率先|各区|各县|各区县|各区（县）|[^，。；：,;:]{0,12}(?:大会|会议|评比|考核|排名|竞赛|比武|统一部署|统一安排|统一要求|工作部署|总体部署))/;

/** ， 。 ； ： and their ASCII forms end a clause part. */
function isPartBreak(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 0x2c || c === 0x3b || c === 0x3a;
}

/** The clause part around position i, shortened. */
function excerpt(t: string, i: number): string {
  let a = i;
  while (a > 0 && i - a < 16 && !/[，。；：,;:]/.test(t[a - 1])) a--;
  let b = i + 2;
  while (b < t.length && b - i < 18 && !/[，。；：,;:（(]/.test(t[b])) b++;
  return t.slice(a, b);
}
