// Property test: on random edits of a realistic plan the responsibility and
// department rules never throw, their fixes stay inside their findings'
// ranges, and fix-all converges.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { fixAll } from '../../../server/src/core/engine/fix';
import { lintText } from '../../../server/src/core/engine/linter';
import { rulesFor } from '../../support/check';

const text = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'departments', '南开区2025年食品安全监督管理计划.txt'), 'utf8');
const rules = rulesFor({ rules: ['responsibility/missing', 'responsibility/format', 'department/unknown', 'department/misspelled', 'department/inconsistent', 'department/foreign'] });
const PIECES = ['（', '）', '、', '，', '。', '牵头', '按职责分工负责', '区市场监管局', '公安武清分局', '市市场监管委', '区卫健委', '\n', '\n\n', '1.', '区'];

describe('department and responsibility rules on random edits', () => {
  it('never throw, keep fixes inside their ranges and converge', () => {
    const edit = fc.record({ at: fc.nat({ max: text.length }), del: fc.nat({ max: 12 }), ins: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let t = text;
        for (const e of edits) {
          const at = Math.min(e.at, t.length);
          t = t.slice(0, at) + e.ins.join('') + t.slice(Math.min(t.length, at + e.del));
        }
        const findings = lintText(t, rules).findings;
        for (const f of findings) {
          assert.ok(!f.message.includes('内部出错'), f.message);
          for (const fix of [f.fix, ...(f.suggestions ?? [])]) {
            for (const e of fix?.edits ?? []) assert.ok(e.start >= f.start && e.end <= f.end, `${f.ruleId}: edit ${e.start}-${e.end} outside ${f.start}-${f.end}`);
          }
        }
        const r = fixAll(t, (x) => lintText(x, rules).findings);
        assert.ok(r.passes < 10, 'fix-all converges');
      }),
      { numRuns: 150, seed: 20250701 },
    );
  });
});
