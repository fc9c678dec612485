import * as z from 'zod';
import { directoryOf } from '../../core/analysis/departments';
import type { PlanDocument } from '../../core/model/document';
import { defineRule } from '../../core/engine/types';

const TITLE_EXAMPLE = '“红桥区2025年食品安全监督管理计划”';

/** The first non-blank line: where a finding about the whole document is shown. */
function firstLine(doc: PlanDocument): { start: number; end: number } {
  const text = doc.text;
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
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
        report({
          ...where,
          message: `没有找到计划标题（如${TITLE_EXAMPLE}），无法确定计划年份${configured ? '' : '和辖区'}：往年年份${configured ? '' : '和部门名称'}检查没有进行。请在正文前单独一行写明计划标题${configured ? '' : '，或在 .fsplanrc.json 中设置 jurisdiction'}`,
        });
      }
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
    if (!j && !configured) {
      report({
        ...where,
        message: `计划标题没有写明辖区（如${TITLE_EXAMPLE}），部门名称只检查本计划内部的一致性和疑似笔误。请在标题中写明辖区，或在 .fsplanrc.json 中设置 jurisdiction`,
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
