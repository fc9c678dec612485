// The rule engine: parse once, run every enabled rule, collect sorted findings.
import { PlanDocument, parseDocument } from '../model/document';
import type { ResolvedRule } from './config';
import type { Finding, LintEnvironment, Report } from './types';

export interface LintResult {
  doc: PlanDocument;
  findings: Finding[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/**
 * Lints a document. A rule that throws is reported as an internal error
 * finding instead of aborting the run, so one bug never hides other findings.
 */
export function lintDocument(doc: PlanDocument, rules: readonly ResolvedRule[], env: LintEnvironment = {}): Finding[] {
  const findings: Finding[] = [];
  const memo = new Map<string, unknown>();
  const len = doc.text.length;
  for (const { rule, severity, options } of rules) {
    const report = (r: Report) => {
      const start = Math.max(0, Math.min(r.start, len));
      const end = Math.max(start, Math.min(r.end, len));
      findings.push({ ...r, start, end, ruleId: rule.id, severity: r.severity ?? severity });
    };
    try {
      rule.check({
        doc,
        options: options as never,
        env,
        report,
        memo<T>(key: string, compute: () => T): T {
          if (!memo.has(key)) memo.set(key, compute());
          return memo.get(key) as T;
        },
      });
    } catch (e) {
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        message: `规则 ${rule.id} 内部出错，已跳过：${(e as Error).message}。请把文件和这条信息报告给 fsplan 维护者`,
        start: 0,
        end: 0,
      });
    }
  }
  return findings.sort(compareFindings);
}

export function lintText(text: string, rules: readonly ResolvedRule[], env: LintEnvironment = {}): LintResult {
  const doc = parseDocument(text);
  return { doc, findings: lintDocument(doc, rules, env) };
}
