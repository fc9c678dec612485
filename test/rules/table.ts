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
  /** [line, quoted text, part of the message] per finding, in order. */
  findings: Array<[number, string, string?]>;
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
        if (msg) assert.ok(r.findings[i].message.includes(msg), `message “${r.findings[i].message}” lacks “${msg}”`);
      });
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
      }
    });
  }
}
