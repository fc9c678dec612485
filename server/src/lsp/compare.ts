// fsplan.compare (与市级计划对比): the coverage of the municipal plan's targets
// as Markdown (any editor) and as the report's comparison page (the VS Code
// client shows it in a webview without scripts). When no municipal plan is
// found the error says why and carries a reason the client acts on.
import * as path from 'node:path';
import { ErrorCodes } from 'vscode-languageserver/node';
import { comparisonOf } from '../report/model';
import { renderComparisonPage } from '../report/page';
import type { Analysis } from './analysis';
import { EngineError } from './engine-protocol';
import { coverageMarkdown } from './integrations';

/** `data.reason` of a fsplan.compare error. */
export type CompareFailure = 'municipalPlanMissing' | 'municipalPlanUnreadable' | 'isMunicipal';

export interface CompareResult {
  markdown: string;
  /** A self-contained page (inline CSS and SVG, no script, CSP default-src 'none'). */
  html: string;
}

function fail(reason: CompareFailure, message: string): never {
  throw new EngineError(ErrorCodes.InvalidParams, message, { reason });
}

export function compareCommand(a: Analysis): CompareResult {
  const municipal = a.plan.env.municipal;
  const file = a.plan.municipalFile;
  if (!municipal || !file) {
    const level = a.doc.front.planTitle?.jurisdiction?.level;
    if (level === 'city' || level === 'province') fail('isMunicipal', '本计划是市级（省级）计划，不与其他计划对比。请在区级计划中运行“与市级计划对比”');
    const bad = a.plan.municipalUnreadable;
    if (bad && bad.source === 'config') {
      fail('municipalPlanUnreadable', `.fsplanrc.json 的 municipalPlan 指定的市级计划 ${bad.file} 无法读取（${bad.reason}）。请在 .fsplanrc.json 中改正路径`);
    }
    const cited = a.doc.municipalCitation?.text;
    const why = bad
      ? `设置 fsplan.municipalPlan 指定的市级计划 ${bad.file} 无法读取（${bad.reason}）`
      : cited
        ? `没有找到本计划引用的《${cited}》（在计划所在文件夹和 referenceFolders 中按标题查找）`
        : '没有找到市级计划：本计划没有引用市级计划，也没有指定市级计划文件';
    fail('municipalPlanMissing', `${why}。请选择市级计划文件，或在设置 fsplan.municipalPlan、.fsplanrc.json 的 municipalPlan 中指定`);
  }
  const markdown = coverageMarkdown(a.doc, municipal, a.plan.env);
  const view = comparisonOf({
    text: a.text,
    doc: a.doc,
    kind: 'text',
    municipal: { file, doc: municipal, source: a.plan.municipalSource ?? 'citation' },
  });
  const title = a.doc.front.planTitle?.text ?? decodeURIComponent(path.posix.basename(a.uri));
  return { markdown, html: renderComparisonPage(title, view) };
}
