// LSP enumeration values the service produces. The service imports only the
// types of vscode-languageserver-types (no runtime copy of it in the
// bundles); these constants are checked against those types.
import type { CodeActionKind, CompletionItemKind, DiagnosticSeverity, FoldingRangeKind, SymbolKind } from 'vscode-languageserver-types';

export const QUICK_FIX = 'quickfix' satisfies CodeActionKind;
export const SOURCE_FIX_ALL = 'source.fixAll' satisfies CodeActionKind;
/** The code action kind of fix-all on save (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${SOURCE_FIX_ALL}.fsplan` satisfies CodeActionKind;

export const SEVERITY = { error: 1, warning: 2, info: 3 } as const satisfies Record<string, DiagnosticSeverity>;

export const COMPLETION_KIND = { value: 12, keyword: 14 } as const satisfies Record<string, CompletionItemKind>;

/** Document symbol kind per heading level (0 unused): File, Namespace, Module, Field, Property. */
export const HEADING_SYMBOL_KIND = [1, 3, 2, 8, 7] as const satisfies readonly SymbolKind[];

export const FOLDING_REGION = 'region' satisfies FoldingRangeKind;
