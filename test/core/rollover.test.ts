import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/document';
import { applyEdits } from '../../server/src/core/fix';
import { planRollover, RolloverError } from '../../server/src/core/rollover';

const dir = path.join(__dirname, '..', 'fixtures', 'rollover');

describe('core/rollover', () => {
  const text = fs.readFileSync(path.join(dir, 'plan.txt'), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const plan = planRollover(parseDocument(text), expected.toYear);

  it('changes exactly the plan-year mentions', () => {
    assert.deepEqual(
      plan.changes.map((c) => ({ kind: c.kind, context: c.context })),
      expected.changes,
    );
  });
  it('lists what a person must review and does not change it', () => {
    assert.deepEqual(plan.review.map((r) => r.text), expected.review);
  });
  it('changes nothing else: the diff is only the year digits', () => {
    const out = applyEdits(text, plan.edits);
    assert.equal(out.length, text.length);
    const diffs: string[] = [];
    for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) diffs.push(`${text[i]}>${out[i]}`);
    assert.deepEqual([...new Set(diffs)].sort(), ['4>5', '４>５']);
    assert.ok(out.includes('“昆仑2025”') && out.includes('“铁拳2023”'));
    assert.ok(out.includes('《天津市2024年食品安全监督管理计划》'), 'cited municipal title left alone');
    assert.ok(out.includes('（2023版）') && out.includes('（2022年修订）') && out.includes('2023年，全区'));
    assert.ok(out.includes('南开政办函〔2024〕11号') && out.includes('2024年7月2日'));
  });
  it('rolling the rolled plan again moves it one more year', () => {
    const out = applyEdits(text, plan.edits);
    const again = planRollover(parseDocument(out), 2026);
    assert.equal(again.changes.length, plan.changes.length);
  });
  it('refuses a plan without a title year', () => {
    assert.throws(() => planRollover(parseDocument('一、总体要求\n1.加强监管。（区市场监管局负责）'), 2025), RolloverError);
  });
});
