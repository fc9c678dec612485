// Property tests with reference data in the environment: a municipal plan
// (the sample, or a mutated one), a department registry (built-in or the
// fictional 江城市 one) and a configured jurisdiction. Every rule must run on
// these inputs (the coverage test proves the generators reach each rule), and
// the invariants of core.property.test.ts hold with any environment.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseDocument } from '../../server/src/core/model/document';
import { applyEdits, fixAll, selectFixes } from '../../server/src/core/engine/fix';
import { lintText } from '../../server/src/core/engine/linter';
import { renumberDocument } from '../../server/src/core/drafting/renumber';
import type { Finding, LintEnvironment } from '../../server/src/core/engine/types';
import { RULES } from '../../server/src/rules';
import { jiangcheng } from '../rules/department/env';
import { rulesFor } from '../support/check';
import { FUZZ, mutatedPlan, municipalTexts, planFiles, runs } from './arbitraries';

const rules = rulesFor();
const plans = planFiles().map((p) => p.text);
const municipal = municipalTexts();

/** A lint environment: any combination of municipal plan, registry and jurisdiction. */
const environment: fc.Arbitrary<LintEnvironment> = fc
  .record({
    municipal: fc.option(fc.oneof(fc.constantFrom(...municipal), mutatedPlan(municipal)), { nil: undefined }),
    registry: fc.constantFrom<'builtin' | 'jiangcheng'>('builtin', 'jiangcheng'),
    jurisdiction: fc.option(fc.constantFrom('红桥区', '西青区', '临江区', '滨海新区', '某某县'), { nil: undefined }),
  })
  .map(({ municipal: m, registry, jurisdiction }) => ({
    municipal: m === undefined ? undefined : parseDocument(m),
    departments: { registry: registry === 'jiangcheng' ? jiangcheng() : undefined, jurisdiction },
  }));

/** District plans, municipal plans checked as district plans, and their mutations. */
const texts = fc.oneof(fc.constantFrom(...plans), mutatedPlan(plans));

function assertInside(text: string, findings: readonly Finding[]) {
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `range ${f.start}-${f.end} of ${f.ruleId} outside text`);
    assert.ok(!/内部出错/.test(f.message), `rule crashed: ${f.message}`);
    for (const fix of [f.fix, ...(f.suggestions ?? [])]) for (const e of fix?.edits ?? []) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
  }
}

describe('property: with a municipal plan and a registry', () => {
  it('every rule finds something on the generated inputs (the generators reach every rule)', () => {
    const fired = new Set<string>();
    const cases = fc.sample(fc.tuple(texts, environment), { seed: 20261123, numRuns: 400 });
    for (const [text, env] of cases) for (const f of lintText(text, rules, env).findings) fired.add(f.ruleId);
    assert.deepEqual(
      RULES.map((r) => r.id).filter((id) => !fired.has(id)),
      [],
      'rules that never fired: add a mutation that plants their defect (arbitraries.ts defectOps)',
    );
  });

  it('never throws; findings inside the text; deterministic', () => {
    fc.assert(
      fc.property(texts, environment, (text, env) => {
        const a = lintText(text, rules, env).findings;
        assertInside(text, a);
        assert.deepEqual(lintText(text, rules, env).findings, a, 'deterministic');
      }),
      runs(120),
    );
  });

  it('fix-all converges and is idempotent with the environment', () => {
    fc.assert(
      fc.property(texts, environment, (text, env) => {
        const lint = (t: string) => lintText(t, rules, env).findings;
        const once = fixAll(text, lint).text;
        assert.equal(selectFixes(lint(once)).length, 0, 'no fixable findings left');
        assert.equal(fixAll(once, lint).text, once, 'idempotent');
      }),
      runs(FUZZ ? 60 : 40),
    );
  });
});

describe('property: renumbering', () => {
  it('renumbering a renumbered document is a no-op', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = applyEdits(text, renumberDocument(parseDocument(text)));
        assert.deepEqual(renumberDocument(parseDocument(once)), [], 'nothing left to renumber');
      }),
      runs(150),
    );
  });
  it('the correctly numbered plans of the project need no renumbering', () => {
    for (const p of planFiles()) {
      const seq = lintText(p.text, rulesFor({ rules: ['numbering/sequence', 'numbering/missing-marker'] })).findings;
      if (seq.length) continue; // a fixture with planted numbering defects
      assert.deepEqual(renumberDocument(parseDocument(p.text)), [], p.file);
    }
  });
});
