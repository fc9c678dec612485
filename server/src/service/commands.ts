// The computing side of fsplan.renumber and fsplan.compare (the drafting
// commands are in drafting.ts). The language server applies the renumbering
// edit with workspace/applyEdit and answers the protocol's reply.
import type { TextEdit } from 'vscode-languageserver-types';
import type { CompareReply } from '../protocol/commands';
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

/** The coverage table against the municipal plan; an error when no municipal plan was found. */
export function compare(p: ServicePlan): CompareReply {
  const municipal = p.env.municipal;
  if (!municipal || !p.municipal) {
    throw new ServiceError(ERROR_CODES.invalidParams, '没有找到市级计划。请在设置 fsplan.municipalPlan 或 .fsplanrc.json 的 municipalPlan 中指定市级计划文件');
  }
  return coverageMarkdown(p.doc, municipal, p.env);
}
