// Findings to LSP: the one place offsets become LSP ranges.
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver/node';
import { LineIndex } from '../core/positions';
import type { Finding } from '../core/types';
import { ruleDocUrl } from '../rules';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export function toRange(index: LineIndex, start: number, end: number): Range {
  return { start: index.position(start), end: index.position(end) };
}

export function toDiagnostic(index: LineIndex, f: Finding): Diagnostic {
  return {
    range: toRange(index, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId) },
    source: 'fsplan',
    message: f.message,
  };
}
