// Table-test runner shared by the rule tests: each case is a plan text, the
// findings expected (line and the quoted text), and optionally the text after
// fix-all, which is linted again and must be clean for the rule.
import { strict as assert } from 'node:assert';
import type { LintEnvironment } from '../../server/src/core/engine/types';
import { RULE_MAP } from '../../server/src/rules';
import { check } from '../support/check';
export { plan } from '../support/plan';

export interface Case {
  name: string;
  text: string;
  /** [line, quoted text, part of the message or a pattern it matches] per finding, in order. */
  findings: Array<[number, string, (string | RegExp)?]>;
  /** The fixed text, linted again, has no finding of the rule at all (not only no fixable one). */
  cleanAfterFix?: boolean;
  /** 1-based column of each finding, in order, when the case pins them. */
  columns?: number[];
  /** Text after fix-all (defaults to unchanged when no finding has a fix). */
  fixed?: string;
  config?: Record<string, unknown>;
  env?: LintEnvironment;
  /** First suggestion (or fix replacement) of each finding, in order. */
  suggestions?: Array<string | undefined>;
}

export function runTable(ruleId: string, cases: Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const opts = { rules: [ruleId], config: c.config ? { [ruleId]: [RULE_MAP.get(ruleId)!.severity, c.config] } : undefined, env: c.env };
      const r = check(c.text, opts);
      const got = r.findings.map((f) => [f.line, f.quoted]);
      assert.deepEqual(got, c.findings.map(([l, q]) => [l, q]), r.findings.map((f) => f.message).join('\n'));
      c.findings.forEach(([, , msg], i) => {
        if (msg instanceof RegExp) assert.match(r.findings[i].message, msg);
        else if (msg) assert.ok(r.findings[i].message.includes(msg), `message “${r.findings[i].message}” lacks “${msg}”`);
      });
      if (c.columns) assert.deepEqual(r.findings.map((f) => f.column), c.columns);
      if (c.suggestions) {
        assert.deepEqual(
          r.findings.map((f) => (f.suggestions?.[0] ?? f.fix)?.edits[0]?.newText),
          c.suggestions,
        );
      }
      const fixed = c.fixed ?? c.text;
      assert.equal(r.fixed, fixed);
      if (fixed !== c.text) {
        const again = check(fixed, opts);
        assert.deepEqual(again.findings.filter((f) => f.fix).map((f) => f.message), [], 'fixed text still has fixable findings');
        if (c.cleanAfterFix) assert.deepEqual(again.findings.map((f) => f.message), [], 're-lint of the fixed text is clean');
      }
    });
  }
}

/** A case of a table over several rules checked together (e.g. the numbering rules). */
export interface SetCase {
  name: string;
  text: string;
  /** Every finding of the rules expected: [rule id, line, column]. */
  findings: Array<[string, number, number]>;
  /** The text after fix-all, when it is known exactly (else only re-linted). */
  fixed?: string;
  config?: Record<string, unknown>;
}

/** Runs the rules together on each case: findings by rule, line and column; fixed text re-linted. */
export function runSetTable(ruleIds: readonly string[], title: string, cases: SetCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        const r = check(c.text, { rules: [...ruleIds], config: c.config });
        const got = r.findings.map((f) => [f.ruleId, f.line, f.column] as [string, number, number]);
        const sort = (a: [string, number, number], b: [string, number, number]) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]);
        assert.deepEqual(got.sort(sort), [...c.findings].sort(sort), r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`).join('\n'));
        for (const f of r.findings) assert.match(f.message, /[\u4e00-\u9fa5]/);
        if (c.fixed !== undefined) assert.equal(r.fixed, c.fixed);
        // re-lint: what had a fix is gone; findings without a fix (numbering/level) stay as they were
        const again = check(r.fixed, { rules: [...ruleIds], config: c.config });
        const unfixable = r.findings.filter((f) => !f.fix).map((f) => `${f.ruleId} ${f.message}`);
        assert.deepEqual(again.findings.map((f) => `${f.ruleId} ${f.message}`), unfixable, 'the fixed text has no fixable findings left');
      });
    }
  });
}
