// The computing side of fsplan.renumber and fsplan.compare (the drafting
// commands are in drafting.ts). fsplan.compare answers the Markdown table and
// the HTML report's comparison section as a page. The language server applies the renumbering
// edit with workspace/applyEdit and answers the protocol's reply.
import type { TextEdit } from 'vscode-languageserver-types';
import type { CommandErrorData, CompareFailure, CompareReply } from '../protocol/commands';
import { comparisonOf } from '../report/model';
import { renderComparisonPage } from '../report/page';
import { toTextEdits } from './convert';
import { coverageMarkdown, renumberEdits } from './integrations';
import { ERROR_CODES, ServiceError, ServicePlan } from './plan';

export interface RenumberResult {
  /** The whole-document renumbering (empty for a correctly numbered plan). */
  edits: TextEdit[];
  /** The version the edits apply to. */
  version: number;
  changes: number;
}

export function renumber(p: ServicePlan): RenumberResult {
  const edits = renumberEdits(p.doc);
  return { edits: toTextEdits(p.index, edits), version: p.version, changes: edits.length };
}

function fail(reason: CompareFailure, message: string): never {
  const data: CommandErrorData = { reason };
  throw new ServiceError(ERROR_CODES.invalidParams, message, data);
}

/** Why no municipal plan is there to compare with, as an error the client can act on. */
function noMunicipal(p: ServicePlan): never {
  const level = p.doc.front.planTitle?.jurisdiction?.level;
  if (level === 'city' || level === 'province') fail('isMunicipal', '本计划是市级（省级）计划，不与其他计划对比。请在区级计划中运行“与市级计划对比”');
  const bad = p.municipalUnreadable;
  if (bad?.source === 'config') {
    fail('municipalPlanUnreadable', `.fsplanrc.json 的 municipalPlan 指定的市级计划 ${bad.file} 无法读取（${bad.reason}）。请在 .fsplanrc.json 中改正路径`);
  }
  const cited = p.doc.municipalCitation?.text;
  const why = bad
    ? `设置 fsplan.municipalPlan 指定的市级计划 ${bad.file} 无法读取（${bad.reason}）`
    : cited
      ? `没有找到本计划引用的《${cited}》（在计划所在文件夹和 referenceFolders 中按标题查找）`
      : '没有找到市级计划：本计划没有引用市级计划，也没有指定市级计划文件';
  fail('municipalPlanMissing', `${why}。请选择市级计划文件，或在设置 fsplan.municipalPlan、.fsplanrc.json 的 municipalPlan 中指定`);
}

/**
 * The coverage of the municipal plan's targets: the Markdown table and the
 * HTML report's comparison section as a page (shortfalls highlighted). Without
 * a municipal plan, an error saying why, with a reason (protocol CompareFailure).
 */
export function compare(p: ServicePlan): CompareReply {
  const municipal = p.env.municipal;
  if (!municipal || !p.municipal) noMunicipal(p);
  const view = comparisonOf({
    text: p.text,
    doc: p.doc,
    kind: 'text',
    municipal: { file: p.municipal.file ?? p.municipal.uri, doc: municipal, source: p.municipal.source ?? 'citation' },
  });
  const title = p.doc.front.planTitle?.text ?? decodeURIComponent(p.uri.replace(/^.*\//, ''));
  return { markdown: coverageMarkdown(p.doc, municipal, p.env), html: renderComparisonPage(title, view) };
}
