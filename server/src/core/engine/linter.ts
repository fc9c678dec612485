// The rule engine: parse once, run every enabled rule, collect sorted findings.
import { PlanDocument, parseDocument } from '../model/document';
import type { ResolvedRule } from './config';
import type { Finding, LintEnvironment, Report, RuleContext } from './types';

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
  const memos = new Map<string, unknown>();
  const len = doc.text.length;
  // one context for the whole run: the rule and its options change between rules
  let current: ResolvedRule = rules[0];
  const ctx: RuleContext<unknown> = {
    doc,
    options: undefined,
    env,
    report(r: Report) {
      // the rule's own object becomes the finding (rules pass fresh literals):
      // clamped in place, rule id and severity added, no copy
      const f = r as Finding;
      const start = Math.max(0, Math.min(r.start, len));
      f.start = start;
      f.end = Math.max(start, Math.min(r.end, len));
      f.ruleId = current.rule.id;
      f.severity = r.severity ?? current.severity;
      findings.push(f);
    },
    memo<T>(key: string, compute: () => T): T {
      let v = memos.get(key) as T | undefined;
      if (v === undefined && !memos.has(key)) {
        v = compute();
        memos.set(key, v);
      }
      return v as T;
    },
  };
  for (const resolved of rules) {
    current = resolved;
    ctx.options = resolved.options;
    try {
      resolved.rule.check(ctx);
    } catch (e) {
      findings.push({
        ruleId: resolved.rule.id,
        severity: 'error',
        message: `规则 ${resolved.rule.id} 内部出错，已跳过：${(e as Error).message}。请把文件和这条信息报告给 fsplan 维护者`,
        start: 0,
        end: 0,
      });
    }
  }
  return findings.length > 1 ? findings.sort(compareFindings) : findings;
}

export function lintText(text: string, rules: readonly ResolvedRule[], env: LintEnvironment = {}): LintResult {
  const doc = parseDocument(text);
  return { doc, findings: lintDocument(doc, rules, env) };
}
