// The one place offsets become LSP types (ranges, diagnostics, text edits)
// and LSP positions become offsets. Uses core/model/positions.ts only.
import type { Diagnostic, Position, Range, TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../core/model/positions';
import type { Finding, TextEdit } from '../core/engine/types';
import { ruleDocUrl } from '../rules';
import { SEVERITY } from './kinds';

export function toRange(index: LineIndex, start: number, end: number): Range {
  return { start: index.position(start), end: index.position(end) };
}

/** A range in another text (the municipal plan, a config file) given by its offsets. */
export function rangeInText(text: string, start: number, end: number): Range {
  return toRange(new LineIndex(text), start, end);
}

export function toOffset(index: LineIndex, p: Position): number {
  return index.offset(p);
}

/** The offsets [start, end) of an LSP range. */
export function toSpan(index: LineIndex, r: Range): { start: number; end: number } {
  return { start: index.offset(r.start), end: index.offset(r.end) };
}

/** Data kept on a diagnostic so that a code action request can find its finding again. */
export interface DiagnosticData {
  start: number;
  end: number;
}

export function toDiagnostic(index: LineIndex, f: Finding): Diagnostic {
  const data: DiagnosticData = { start: f.start, end: f.end };
  return {
    range: toRange(index, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: 'fsplan',
    message: f.message,
    data,
  };
}

export function toTextEdit(index: LineIndex, e: TextEdit): LspTextEdit {
  return { range: toRange(index, e.start, e.end), newText: e.newText };
}

export function toTextEdits(index: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end).map((e) => toTextEdit(index, e));
}

/** The whole text as a range (for edits that replace a small file). */
export function wholeRange(text: string): Range {
  return rangeInText(text, 0, text.length);
}
