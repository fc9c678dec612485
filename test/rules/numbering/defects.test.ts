// One plan with ten injected numbering defects, with its expected findings
// and fixed text next to it (test/fixtures/numbering/defects.*):
// a chapter gap, a missing first item, a duplicate, an item gap, （四）、, (五),
// 1、, a dropped （七）, one 2． among 1., and a restart at （一） in a plan that
// numbers （N） across chapters.
import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { fixture, NUMBERING_RULES } from './cases';

describe('numbering: a plan with ten injected defects', () => {
  const text = fixture('defects.txt');
  const r = check(text, { rules: NUMBERING_RULES });
  it('finds every defect on its line (defects.expected.txt)', () => {
    const expected = fixture('defects.expected.txt').trim().split('\n');
    assert.deepEqual(r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`), expected);
  });
  it('fix-all gives defects.fixed.txt, which has no numbering findings', () => {
    assert.equal(r.fixed, fixture('defects.fixed.txt'));
    assert.deepEqual(check(r.fixed, { rules: NUMBERING_RULES }).findings, []);
  });
});
