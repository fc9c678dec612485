// Drafting help in the editor: fsplan.draftFromMunicipal (从市级计划生成区级
// 草稿: the draft text, which the client opens as an untitled document),
// fsplan.rollover (滚动到下一年度: a WorkspaceEdit for the open plan, which the
// client applies) and the code action on a chapter that inserts the district
// clause for a municipal target the plan lacks. The core does the work
// (core/drafting/draft.ts, rollover.ts, insert-clause.ts); this file turns
// it into protocol data (protocol/commands.ts).
import type { CodeAction, Range } from 'vscode-languageserver-types';
import { DraftError, draftForDistrict } from '../core/drafting/draft';
import { ClauseInsertion, insertionEdits, missingClauses } from '../core/drafting/insert-clause';
import { planRollover, RolloverError } from '../core/drafting/rollover';
import { builtinTianjin } from '../core/analysis/registry';
import type { DraftReply, RolloverReply } from '../protocol/commands';
import { toRange, toSpan, toTextEdits } from './convert';
import { QUICK_FIX } from './kinds';
import { ERROR_CODES, ServicePlan, ServiceError } from './plan';

function options(args: unknown): Record<string, unknown> {
  return args && typeof args === 'object' ? (args as Record<string, unknown>) : {};
}

function yearArg(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1949 || n > 2200) throw new ServiceError(ERROR_CODES.invalidParams, `年度“${String(v)}”无效，应为四位年份，如 2025`);
  return n;
}

/**
 * The draft of a district plan. Run on a municipal plan, it drafts for the
 * given district; run on a district plan, it drafts that district's plan
 * from the municipal plan found for it (its cited title, municipalPlan).
 */
export function draftCommand(a: ServicePlan, raw: unknown): DraftReply {
  const o = options(raw);
  const level = a.doc.front.planTitle?.jurisdiction?.level;
  const isMunicipal = level === 'city' || level === 'province';
  const municipal = isMunicipal ? a.doc : a.env.municipal;
  if (!municipal) {
    throw new ServiceError(
      ERROR_CODES.invalidParams,
      a.doc.front.planTitle ? '没有找到本计划对应的市级计划。请打开市级计划再运行此命令，或在设置 fsplan.municipalPlan 中指定市级计划文件' : '没有找到计划标题。请在市级计划中运行此命令',
    );
  }
  const district =
    (typeof o.district === 'string' && o.district.trim()) || (isMunicipal ? a.env.departments?.jurisdiction : a.doc.front.planTitle?.jurisdiction?.name) || undefined;
  const registry = a.env.departments?.registry ?? builtinTianjin();
  if (!district) {
    return { districts: registry.districts.map((d) => ({ name: d.name, short: d.short })), message: '请选择要生成草稿的区' };
  }
  const numbering = o.numbering === 'restart' ? 'restart' : 'continuous';
  try {
    const r = draftForDistrict(municipal, { district, year: yearArg(o.year), numbering }, a.env);
    const title = r.text.split('\n').find((l) => l.startsWith(r.district.name)) ?? '';
    const undecided = r.undecided.length ? `；${r.undecided.length} 个市级单位没有区级对应单位，已标为【待定：…】：${r.undecided.join('、')}` : '';
    return {
      text: r.text,
      title,
      district: r.district.name,
      year: r.year,
      undecided: r.undecided,
      toFill: r.toFill,
      clauses: r.clauses,
      notes: r.notes,
      message: `已生成《${title}》草稿：${r.clauses} 条任务，${r.notes} 处责任分工${undecided}。请填写【待填写：…】处。`,
    };
  } catch (e) {
    if (e instanceof DraftError) throw new ServiceError(ERROR_CODES.invalidParams, e.message);
    throw e;
  }
}

/** The rollover of the open plan to `year` (default: the next year) as a WorkspaceEdit and the lists to show. */
export function rolloverCommand(a: ServicePlan, raw: unknown): RolloverReply {
  const o = options(raw);
  const from = a.doc.front.planTitle?.year;
  const year = yearArg(o.year) ?? (from ? from + 1 : 0);
  let plan;
  try {
    plan = planRollover(a.doc, year);
  } catch (e) {
    if (e instanceof RolloverError) throw new ServiceError(ERROR_CODES.invalidParams, e.message);
    throw e;
  }
  return {
    edit: { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits: toTextEdits(a.index, plan.edits) }] },
    fromYear: plan.fromYear,
    toYear: plan.toYear,
    changes: plan.changes.map((c) => ({ range: toRange(a.index, c.start, c.end), kind: c.kind, before: c.before, after: c.after, context: c.context })),
    review: plan.review.map((r) => ({ range: toRange(a.index, r.start, r.end), text: r.text, reason: r.reason })),
    message: `已从 ${plan.fromYear} 年滚动到 ${plan.toYear} 年：修改 ${plan.changes.length} 处${plan.review.length ? `，${plan.review.length} 处需要人工核对（发文字号、成文日期、引用的市级计划等）` : ''}。`,
  };
}

/** The missing clauses of one analysed version (code actions are asked for at every cursor move). */
const missingCache = new WeakMap<ServicePlan, ClauseInsertion[]>();

/**
 * Code actions on a chapter of a district plan: for each municipal clause
 * with a target the plan lacks, insert the clause adapted to the district at
 * the end of the corresponding chapter (offered in every chapter when none
 * corresponds).
 */
export function missingClauseActions(a: ServicePlan, range: Range, only: readonly string[] | undefined): CodeAction[] {
  if (only && !only.some((k) => k === QUICK_FIX || QUICK_FIX.startsWith(k + '.'))) return [];
  const municipal = a.env.municipal;
  const level = a.doc.front.planTitle?.jurisdiction?.level;
  if (!municipal || level === 'city' || level === 'province') return [];
  const { start, end } = toSpan(a.index, range);
  const chapter = a.doc.roots.find((r) => r.span.start <= end && start <= r.span.end);
  if (!chapter) return [];
  let missing = missingCache.get(a);
  if (!missing) {
    missing = missingClauses(a.doc, municipal, a.env);
    missingCache.set(a, missing);
  }
  const out: CodeAction[] = [];
  for (const ins of missing) {
    if (ins.chapter && ins.chapter !== chapter) continue;
    const edits = insertionEdits(a.doc, municipal, ins, chapter, a.env);
    out.push({
      title: ins.title,
      kind: QUICK_FIX,
      edit: { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits: toTextEdits(a.index, edits) }] },
    });
  }
  return out;
}
