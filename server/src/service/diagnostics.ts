// Diagnostics: the plan's findings as LSP diagnostics.
import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic } from './convert';
import type { ServicePlan } from './plan';

export function diagnostics(p: ServicePlan): Diagnostic[] {
  return p.findings.map((f) => toDiagnostic(p.index, f));
}
