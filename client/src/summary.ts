// Pure helpers for the status bar: counts of fsplan findings and their label.
// No vscode import, so they are unit-tested directly.

/** Severity as numbered by VS Code's DiagnosticSeverity. */
export const Severity = { Error: 0, Warning: 1, Information: 2, Hint: 3 } as const;

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(diagnostics: readonly { source?: string; severity: number }[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.source !== 'fsplan') continue;
    if (d.severity === Severity.Error) c.errors++;
    else if (d.severity === Severity.Warning) c.warnings++;
    else c.infos++;
  }
  return c;
}

/** Status bar text (with codicons) and tooltip. */
export function statusLabel(c: Counts): { text: string; tooltip: string } {
  const total = c.errors + c.warnings + c.infos;
  const text = total === 0
    ? '$(check) fsplan'
    : `fsplan $(error) ${c.errors} $(warning) ${c.warnings} $(info) ${c.infos}`;
  const tooltip = total === 0
    ? 'fsplan：本计划未发现问题'
    : `fsplan：错误 ${c.errors} 个，警告 ${c.warnings} 个，提示 ${c.infos} 个。点击打开“问题”面板。`;
  return { text, tooltip };
}
