// `fsplan rollover LAST_YEARS_PLAN [--year 2025] [--municipal NEW]`: last
// year's plan moved to the new year (core/rollover.ts), printed or written to
// --out; the list of changes and of what needs review goes to stderr, and with
// the new municipal plan the targets the old text falls short of or does not
// cover and the new municipal items without a counterpart.
import { matchClauses } from '../core/analysis/clause-match';
import { compareTargets, coverageRows, CoverageRow } from '../core/analysis/compare';
import { parseDocument, PlanDocument } from '../core/model/document';
import { applyEdits } from '../core/engine/fix';
import { LineIndex } from '../core/model/positions';
import { planRollover, RolloverError, RolloverKind, RolloverPlan } from '../core/drafting/rollover';
import { extractTargets } from '../core/analysis/targets';
import type { Io } from './check';
import { UsageError } from './errors';
import { readPlanFile, writeOutput } from './output';
import { parseCommandArgs } from './args';

export const ROLLOVER_HELP = `用法：fsplan rollover 去年的计划 [--year 年度] [选项]

把去年的区级计划滚动到新的年度：标题、通知标题、专项行动名称（昆仑2024 → 昆仑2025）、
完成时限（2024年底前 → 2025年底前）等计划本年度的年份改为新年度；引用的其他文件标题
和背景年份（“2023年，全区…”）不改。修改了哪些地方、哪些需要人工核对输出到标准错误。

选项：
  --year <年度>          新的年度（默认为原计划年度的下一年）
  --municipal <文件>     新的市级计划：同时列出原文低于或未落实的市级指标，
                         以及原文没有对应条目的市级条目
  --out <文件>           写入文件（默认输出到标准输出）
  --force                --out 文件已存在时覆盖
  -h, --help             显示帮助`;

const KIND: Record<RolloverKind, string> = {
  title: '计划标题',
  'notice-title': '通知标题',
  'own-title-citation': '引用本计划标题',
  campaign: '专项行动名称',
  deadline: '完成时限',
  'plan-year': '计划年度',
};

function where(index: LineIndex, offset: number): string {
  const p = index.position(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

function short(s: string, max = 40): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** The printed report of a rollover (Chinese), one item a line. */
export function formatRolloverReport(plan: RolloverPlan, text: string, shown: string): string {
  const index = new LineIndex(text);
  const out: string[] = [`fsplan：${shown}：从 ${plan.fromYear} 年滚动到 ${plan.toYear} 年，修改 ${plan.changes.length} 处。`];
  if (plan.changes.length) out.push('已修改：');
  for (const c of plan.changes) out.push(`  ${where(index, c.start)}  ${c.before} → ${c.after}  ${KIND[c.kind]}：${short(c.context)}`);
  if (plan.review.length) out.push('需要人工核对（未修改）：');
  for (const r of plan.review) out.push(`  ${where(index, r.start)}  ${short(r.text)}：${r.reason}`);
  return out.join('\n') + '\n';
}

function line(doc: PlanDocument, offset: number): number {
  return new LineIndex(doc.text).position(offset).line + 1;
}

/** What the rolled plan lacks against the new municipal plan (Chinese lines). */
export function formatMunicipalGaps(rolled: PlanDocument, municipal: PlanDocument, municipalShown: string): string {
  const dTargets = extractTargets(rolled);
  const mTargets = extractTargets(municipal);
  const cmp = compareTargets(dTargets, mTargets);
  const rows = coverageRows(cmp, mTargets, dTargets);
  const below = rows.filter((r) => r.status === 'below');
  const missing = rows.filter((r) => r.status === 'missing');
  const clauses = matchClauses(rolled, municipal, cmp).filter((m) => !m.district);
  const at = (r: CoverageRow) => (r.municipal?.clause ? `市级第 ${r.municipal.clause.number} 条，第 ${line(municipal, r.municipal.start)} 行` : `市级第 ${line(municipal, r.municipal!.start)} 行`);
  const out: string[] = [`与新的市级计划 ${municipalShown} 对比：`];
  const cited = rolled.municipalCitation?.text;
  const title = municipal.front.planTitle?.text.replace(/^《|》$/g, '');
  if (cited && title && cited.replace(/\s+/g, '') !== title) out.push(`  引用的市级计划《${cited}》应改为《${title}》（第 ${line(rolled, rolled.municipalCitation!.start)} 行）。`);
  out.push(below.length ? `  低于市级的指标 ${below.length} 项：` : '  没有低于市级的指标。');
  for (const r of below) out.push(`    ${r.indicator}：本区 ${r.district!.value}（第 ${line(rolled, r.district!.start)} 行），市级 ${r.municipal!.value}（${at(r)}）`);
  out.push(missing.length ? `  未落实的市级指标 ${missing.length} 项：` : '  市级指标都已落实。');
  for (const r of missing) out.push(`    ${r.indicator}：市级 ${r.municipal!.value}（${at(r)}）`);
  out.push(clauses.length ? `  原文没有对应条目的市级条目 ${clauses.length} 条：` : '  市级条目在原文中都有对应条目。');
  for (const m of clauses) out.push(`    第 ${m.municipal.heading.number} 条 ${m.municipal.heading.title}（第 ${line(municipal, m.municipal.heading.marker.start)} 行）`);
  return out.join('\n') + '\n';
}

export async function rollover(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('rollover', {
    args: argv,
    allowPositionals: true,
    options: {
    year: { type: 'string' },
    municipal: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
    debug: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.stdout.write(ROLLOVER_HELP + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('请指定一个去年的计划文件，例如：fsplan rollover 红桥区2024年食品安全监督管理计划.txt --year 2025');
  const source = readPlanFile(positionals[0], io, '计划');
  const fromYear = source.doc.front.planTitle?.year;
  let toYear = fromYear ? fromYear + 1 : undefined;
  if (v.year !== undefined) {
    if (!/^\d{4}$/.test(v.year)) throw new UsageError(`--year 应为四位年份，如 2025，不是“${v.year}”`);
    toYear = Number(v.year);
  }
  let plan: RolloverPlan;
  try {
    plan = planRollover(source.doc, toYear ?? 0);
  } catch (e) {
    if (e instanceof RolloverError) throw new UsageError(`${source.shown}：${e.message}`);
    throw e;
  }
  const municipal = v.municipal ? readPlanFile(v.municipal, io, '市级计划') : undefined;
  const rolled = applyEdits(source.text, plan.edits);
  const shown = writeOutput(rolled, v.out, v.force, io);
  let report = formatRolloverReport(plan, source.text, source.shown);
  if (municipal) report += formatMunicipalGaps(parseDocument(rolled), municipal.doc, municipal.shown);
  if (shown) report += `已写入 ${shown}。\n`;
  io.stderr.write(report);
  return 0;
}
