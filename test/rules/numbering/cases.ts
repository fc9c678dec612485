// Table-test support for the numbering rules: fixtures, exact-substring
// injections, and a runner that checks findings (rule, line, column) and the
// re-linted fixed text.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../support/check';

export const NUMBERING_RULES = [
  'numbering/marker-style',
  'numbering/consistent-style',
  'numbering/sequence',
  'numbering/level',
  'numbering/missing-marker',
];

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'numbering');
export const fixture = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');

/** Replaces each `from` (which must occur exactly once) by `to`. */
export function inject(text: string, ...pairs: Array<[string, string]>): string {
  let out = text;
  for (const [from, to] of pairs) {
    const at = out.indexOf(from);
    assert.ok(at >= 0, `injection target not found: ${from}`);
    assert.equal(out.indexOf(from, at + 1), -1, `injection target not unique: ${from}`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `not found: ${needle}`);
  return text.slice(0, at).split(/\r\n|\r|\n/).length;
}

export interface Case {
  name: string;
  text: string;
  /** Every numbering finding expected: [rule id, line, column]. */
  findings: Array<[string, number, number]>;
  /** The text after fix-all, when it is known exactly (else only re-linted). */
  fixed?: string;
  config?: Record<string, unknown>;
}

export function runCases(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        const r = check(c.text, { rules: NUMBERING_RULES, config: c.config });
        const got = r.findings.map((f) => [f.ruleId, f.line, f.column] as [string, number, number]);
        const sort = (a: [string, number, number], b: [string, number, number]) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]);
        assert.deepEqual(got.sort(sort), [...c.findings].sort(sort), r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`).join('\n'));
        for (const f of r.findings) assert.match(f.message, /[\u4e00-\u9fa5]/);
        if (c.fixed !== undefined) assert.equal(r.fixed, c.fixed);
        // re-lint: what had a fix is gone; findings without a fix (numbering/level) stay as they were
        const again = check(r.fixed, { rules: NUMBERING_RULES, config: c.config });
        const unfixable = r.findings.filter((f) => !f.fix).map((f) => `${f.ruleId} ${f.message}`);
        assert.deepEqual(again.findings.map((f) => `${f.ruleId} ${f.message}`), unfixable, 'the fixed text has no fixable numbering findings left');
      });
    }
  });
}
