// The feature requests the engine answers, each a pure function of an Analysis.
import { ErrorCodes } from 'vscode-languageserver/node';
import type { CodeActionParams, Position } from 'vscode-languageserver/node';
import type { Analysis } from './analysis';
import { codeActionsFor } from './code-actions';
import { completionsAt } from './completion';
import { toDiagnostic, toOffset, toTextEdits } from './convert';
import { definitionAt } from './definition';
import { draftCommand, missingClauseActions, rolloverCommand } from './drafting';
import { EngineError, Op } from './engine-protocol';
import { foldingRanges } from './folding';
import { hoverAt } from './hover';
import { compareCommand } from './compare';
import { renumberEdits } from './integrations';
import { documentSymbols } from './symbols';

export interface CodeActionArgs {
  params: CodeActionParams;
  createFiles: boolean;
  /** Open config documents: uri → text and version. */
  open: Record<string, { text: string; version: number }>;
}

const at = (a: Analysis, args: unknown) => toOffset(a.index, (args as { position: Position }).position);

export const OPS: Record<Op, (a: Analysis, args: unknown) => unknown> = {
  diagnostics: (a) => ({ items: a.findings.map((f) => toDiagnostic(a.index, f)), deps: a.plan.deps }),
  hover: (a, args) => hoverAt(a, at(a, args)),
  completion: (a, args) => completionsAt(a, at(a, args)),
  symbols: (a) => documentSymbols(a),
  folding: (a) => foldingRanges(a),
  definition: (a, args) => definitionAt(a, at(a, args)),
  codeActions: (a, args) => {
    const { params, createFiles, open } = args as CodeActionArgs;
    return [...codeActionsFor(a, params, { createFiles, openText: (uri) => open[uri] }), ...missingClauseActions(a, params)];
  },
  renumber: (a) => {
    const edits = renumberEdits(a.doc);
    if (!edits) throw new EngineError(ErrorCodes.InternalError, '此版本的 fsplan 尚未提供重新编号功能');
    return { edits: toTextEdits(a.index, edits), version: a.version, changes: edits.length };
  },
  compare: (a) => compareCommand(a),
  draft: (a, args) => draftCommand(a, args),
  rollover: (a, args) => rolloverCommand(a, args),
};
