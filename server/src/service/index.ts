// The fsplan language service: one function per editor feature over plain
// data (a ServicePlan), with LSP types in and out, no I/O and no connection
// (in the manner of vscode-json-languageservice). The language server
// (lsp/) and any other host call only these.
export type { ServicePlan } from './plan';
export { ERROR_CODES, ServiceError } from './plan';
export { diagnostics } from './diagnostics';
export { configDiagnostics, configErrorDiagnostic } from './config';
export { hoverAt } from './hover';
export { completionsAt } from './completion';
export { codeActions, disableRuleEdit, findingsIn } from './code-actions';
export type { CodeActionOptions, CodeActionRequest, ConfigTarget } from './code-actions';
export { documentSymbols } from './symbols';
export { foldingRanges } from './folding';
export { definitionAt } from './definition';
export { compare, renumber } from './commands';
export type { RenumberResult } from './commands';
export { draftCommand, rolloverCommand } from './drafting';
export { FIX_ALL_KIND } from './kinds';
