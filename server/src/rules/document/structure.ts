import * as z from 'zod';
import { directoryOf } from '../../core/analysis/departments';
import { ambiguousPlace } from '../../core/model/divisions';
import type { PlanDocument } from '../../core/model/document';
import { defineRule } from '../../core/engine/types';

const TITLE_EXAMPLE = '“红桥区2025年食品安全监督管理计划”“2025年某某县食品安全工作要点”';
/** The checks that need the plan's jurisdiction. */
const DEPARTMENT_CHECKS = ['department/unknown（部门名称）', 'department/foreign（外区和上级单位）'];

/** The first non-blank line: where a finding about the whole document is shown. */
function firstLine(doc: PlanDocument): { start: number; end: number } {
  const text = doc.text;
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

/** “新华” may be 石家庄市新华区、沧州市新华区…: the places an ambiguous short name stands for, or undefined. */
function ambiguity(written: string | undefined): { written: string; places: string[] } | undefined {
  if (!written) return undefined;
  const a = ambiguousPlace(written);
  if (!a) return undefined;
  const places = [...a.units.map((d) => (d.city || d.province) + d.name), ...a.higher];
  return { written, places };
}

/** The place written in a title before the year or the subject (新华2025年…, 2025年新华食品安全…). */
function placeInTitle(title: string): string | undefined {
  return /^《?(?:\d{4}年度?)?([\u4e00-\u9fa5]{2,16}?)(?:\d{4}年|食品|食安|创建)/.exec(title)?.[1];
}

function ambiguityMessage(a: { written: string; places: string[] }, inSetting: boolean, skipped: string[]): string {
  const shown = a.places.slice(0, 6).map((x) => `“${x}”`).join('、') + (a.places.length > 6 ? `等 ${a.places.length} 处` : '');
  const todo = inSetting ? `请在 .fsplanrc.json 中把 jurisdiction 改为全称（如“${a.places[0]}”）` : `请在标题中写明全称（如“${a.places[0]}”），或在 .fsplanrc.json 中设置 jurisdiction`;
  return `${inSetting ? '设置 jurisdiction 中的' : '计划标题中的'}“${a.written}”可能指${shown}，无法确定是哪一个辖区，以下检查没有进行：${skipped.join('、')}。${todo}`;
}

/**
 * Says why some checks could not run: no plan title (no jurisdiction or
 * year), no numbered items, only the notice, a jurisdiction no registry
 * covers, a municipal plan compared with a municipal plan. One info finding
 * per cause, never on a complete plan.
 */
export default defineRule({
  id: 'document/structure',
  category: 'document',
  description: '文件缺少计划标题、编号条目或计划正文，或辖区不在部门名录中，以致部分检查无法进行时给出说明。',
  severity: 'info',
  fixable: false,
  options: z.object({}).strict(),
  check(ctx) {
    const { doc, env, report } = ctx;
    if (!doc.text.trim()) return;
    const title = doc.front.planTitle;
    const at = title ?? doc.front.noticeTitle ?? firstLine(doc);
    const where = { start: at.start, end: at.end };
    const configured = env.departments?.jurisdiction;

    if (!doc.headings.length) {
      if (doc.front.noticeTitle && !title) {
        report({
          ...where,
          message: '文件只有印发通知，没有计划正文（标题和“一、”“1.”等编号条目）。请把计划正文放在通知之后一起检查，或单独检查计划正文文件',
        });
        return;
      }
      report({
        ...where,
        message: '没有找到编号条目（“一、”“（一）”“1.”“（1）”），编号、责任分工和量化指标检查没有进行。请按“一、（一）1.（1）”给条目编号',
      });
    }
    if (!title) {
      if (!doc.front.noticeTitle || doc.headings.length) {
        const skipped = ['document/stale-year（往年年份）', 'document/city-scope（指标范围）', ...(configured ? [] : DEPARTMENT_CHECKS)];
        report({
          ...where,
          message: `没有找到计划标题（如${TITLE_EXAMPLE}），无法确定计划年份${configured ? '' : '和辖区'}，以下检查没有进行：${skipped.join('、')}。请在正文前单独一行写明计划标题${configured ? '' : '，或在 .fsplanrc.json 中设置 jurisdiction'}`,
          data: { skipped: skipped.map((x) => x.replace(/（.*$/, '')) },
        });
      }
      const unread = ambiguity(configured);
      if (unread) report({ ...where, message: ambiguityMessage(unread, true, DEPARTMENT_CHECKS), data: { skipped: DEPARTMENT_CHECKS.map((x) => x.replace(/（.*$/, '')), candidates: unread.places } });
      return;
    }
    const j = title.jurisdiction;
    if (j && (j.level === 'city' || j.level === 'province') && env.municipal) {
      report({
        ...where,
        message: `本文件是${j.name}的计划，不与另一份市级计划对比指标（指定的市级计划没有使用）。如要对比，请检查区级计划`,
      });
    }
    const dir = directoryOf(ctx);
    if (dir.covered) return;
    const unread = !j ? (configured ? ambiguity(configured) : ambiguity(placeInTitle(title.text))) : undefined;
    if (unread) {
      const skipped = [...(configured ? [] : ['document/city-scope（指标范围）']), ...DEPARTMENT_CHECKS];
      report({
        ...where,
        message: ambiguityMessage(unread, !!configured, skipped),
        data: { skipped: skipped.map((x) => x.replace(/（.*$/, '')), candidates: unread.places },
      });
    } else if (!j && !configured) {
      const skipped = ['document/city-scope（指标范围）', ...DEPARTMENT_CHECKS];
      report({
        ...where,
        message: `计划标题没有写明辖区（如${TITLE_EXAMPLE}），以下检查没有进行：${skipped.join('、')}；部门名称只检查本计划内部的一致性和疑似笔误。请在标题中写明辖区，或在 .fsplanrc.json 中设置 jurisdiction`,
        data: { skipped: skipped.map((x) => x.replace(/（.*$/, '')) },
      });
    } else {
      const name = dir.jurisdiction?.name ?? configured ?? j?.name ?? '';
      report({
        ...where,
        message: `${dir.source}中没有“${name}”，部门名称只检查本计划内部的一致性和疑似笔误。如需完整检查，请在 .fsplanrc.json 中用 registry 指定包含本辖区的部门名录（格式见 docs/registry.md）`,
      });
    }
  },
});
