// core/engine/fix.ts fixAll: fixes until nothing changes (at most ten passes),
// and the whole change as edits of the original text, which an editor applies
// in one step (source.fixAll.fsplan) with the same result as --fix.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { resolveRules } from '../../server/src/core/engine/config';
import { applyEdits, fixAll, MAX_FIX_PASSES } from '../../server/src/core/engine/fix';
import { lintText } from '../../server/src/core/engine/linter';
import type { Finding, TextEdit } from '../../server/src/core/engine/types';
import { RULES } from '../../server/src/rules';

const root = path.join(__dirname, '..', '..');

/** Sorted, non-overlapping random edits of a text of length n, from raw numbers. */
function editsFor(n: number, raw: Array<[number, number, string]>): TextEdit[] {
  const cuts = raw.map(([a, b, t]) => {
    const s = n ? a % (n + 1) : 0;
    return { start: s, end: Math.min(n, s + (b % 4)), newText: t };
  });
  cuts.sort((x, y) => x.start - y.start || x.end - y.end);
  const out: TextEdit[] = [];
  let last = -1;
  for (const c of cuts) {
    // strictly after the previous edit; two insertions never share a point
    if (c.start <= last) continue;
    out.push(c);
    last = Math.max(c.end, c.start);
  }
  return out;
}

describe('core: fixAll', () => {
  it('its edits of the original text give the fixed text, whatever the passes did', () => {
    const edit = fc.tuple(fc.nat(200), fc.nat(10), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.array(edit, { maxLength: 5 }), { maxLength: 6 }), (text, passes) => {
        let pass = 0;
        const lint = (t: string): Finding[] => {
          const edits = pass < passes.length ? editsFor(t.length, passes[pass]) : [];
          pass++;
          return edits.map((e, k) => ({ ruleId: 'x/y', severity: 'warning', message: 'm', start: e.start, end: e.end, fix: { title: `f${k}`, edits: [e] } }));
        };
        const r = fixAll(text, lint);
        assert.equal(applyEdits(text, r.edits), r.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('stops after ten passes when fixes keep coming', () => {
    const r = fixAll('a', (t) => [{ ruleId: 'x/y', severity: 'warning', message: 'm', start: 0, end: 0, fix: { title: 'f', edits: [{ start: 0, end: 0, newText: String(t.length) }] } }]);
    assert.equal(MAX_FIX_PASSES, 10);
    assert.equal(r.passes, 10);
    assert.equal(applyEdits('a', r.edits), r.text);
  });

  it('a fix that makes another fix possible is applied in the same run (the sample plan)', () => {
    const text = fs.readFileSync(path.join(root, 'samples', '河北区2025年食品安全监督管理计划.txt'), 'utf8');
    const rules = resolveRules(RULES, []);
    const lint = (t: string) => lintText(t, rules).findings;
    const r = fixAll(text, lint);
    assert.ok(r.passes >= 2, `the sample needs more than one pass (${r.passes})`);
    assert.deepEqual(lint(r.text).filter((f) => f.fix).map((f) => f.ruleId), [], 'nothing fixable is left');
    assert.equal(applyEdits(text, r.edits), r.text);
  });
});
