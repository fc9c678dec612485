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
import type { DocLayout, LineSpacing } from '../../server/src/core/model/page-layout';
import { splitLines } from '../../server/src/core/model/text';
import { RULES } from '../../server/src/rules';
import { jiangcheng } from '../rules/department/env';
import { rulesFor } from '../support/check';
import { FUZZ, mutatedPlan, municipalTexts, planFiles, runs } from './arbitraries';

const rules = rulesFor();
const plans = planFiles().map((p) => p.text);
const municipal = municipalTexts();

/** Layout facts for a text (as a Word document of its lines would have), from a few typical and wrong settings. */
const layoutSpec = fc.option(
  fc.record({
    font: fc.constantFrom('仿宋_GB2312', '宋体', '黑体', undefined),
    size: fc.constantFrom(16, 14, 22, undefined),
    spacing: fc.constantFrom<LineSpacing | undefined>({ rule: 'exact', value: 28 }, { rule: 'auto', value: 1.5 }, undefined),
    a4: fc.boolean(),
  }),
  { nil: undefined },
);

function layoutFor(text: string, spec: NonNullable<typeof layoutSpec extends fc.Arbitrary<infer T> ? T : never>): DocLayout {
  const paragraphs = splitLines(text).map((l) => ({ start: l.start, end: l.end, runs: [{ start: l.start, end: l.end, font: spec.font, size: spec.size }], lineSpacing: spec.spacing, inTable: false, section: 0 }));
  paragraphs[paragraphs.length - 1].end = text.length;
  const page = spec.a4 ? { pageWidth: 210, pageHeight: 297, margins: { top: 37, bottom: 35, left: 28, right: 26 } } : { pageWidth: 215.9, pageHeight: 279.4, margins: { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 } };
  return { paragraphs, sections: [{ firstParagraph: 0, ...page }] };
}

/** The environment with the layout of `text` when the generated one asks for it. */
const withLayout = (text: string, env: LintEnvironment & { layoutSpec?: Parameters<typeof layoutFor>[1] }): LintEnvironment =>
  env.layoutSpec ? { ...env, layout: layoutFor(text, env.layoutSpec) } : env;

/** A lint environment: any combination of municipal plan, registry and jurisdiction. */
const environment: fc.Arbitrary<LintEnvironment> = fc
  .record({
    municipal: fc.option(fc.oneof(fc.constantFrom(...municipal), mutatedPlan(municipal)), { nil: undefined }),
    registry: fc.constantFrom<'builtin' | 'jiangcheng'>('builtin', 'jiangcheng'),
    jurisdiction: fc.option(fc.constantFrom('红桥区', '西青区', '临江区', '滨海新区', '某某县'), { nil: undefined }),
    layoutSpec,
  })
  .map(({ municipal: m, registry, jurisdiction, layoutSpec: ls }) => ({
    layoutSpec: ls,
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
    const cases = fc.sample(fc.tuple(texts, environment), { seed: 20261123, numRuns: 1000 });
    for (const [text, env] of cases) for (const f of lintText(text, rules, withLayout(text, env)).findings) fired.add(f.ruleId);
    assert.deepEqual(
      RULES.map((r) => r.id).filter((id) => !fired.has(id)),
      [],
      'rules that never fired: add a mutation that plants their defect (arbitraries.ts defectOps)',
    );
  });

  it('never throws; findings inside the text; deterministic', () => {
    fc.assert(
      fc.property(texts, environment, (text, generated) => {
        const env = withLayout(text, generated);
        const a = lintText(text, rules, env).findings;
        assertInside(text, a);
        assert.deepEqual(lintText(text, rules, env).findings, a, 'deterministic');
      }),
      runs(120),
    );
  });

  it('fix-all converges and is idempotent with the environment', () => {
    fc.assert(
      fc.property(texts, environment, (text, generated) => {
        // the layout of the unfixed text: stale after a fix, which the format rules must ignore
        const env = withLayout(text, generated);
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
