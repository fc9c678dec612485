// A failing property must say how to replay it: the message carries the
// seed, the path and the shrunk input, and seed + path replay exactly that
// case (docs/robustness.md: FSPLAN_FUZZ_SEED, FSPLAN_FUZZ_PATH).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { runs } from './arbitraries';

describe('property failures are replayable', () => {
  // a planted bug: any text with a 十 in it "fails"
  const prop = fc.property(fc.string({ unit: fc.constantFrom('一', '十', '、', '（', '）'), minLength: 1 }), (s) => !s.includes('十'));

  it('the message names the seed, the path and the shrunk counterexample', () => {
    const details = fc.check(prop, { ...runs(200), seed: 20261123, reporter: undefined, numRuns: 200, interruptAfterTimeLimit: undefined });
    assert.ok(details.failed);
    const message = fc.defaultReportMessage(details) ?? '';
    assert.match(message, new RegExp(`seed: ${details.seed}`));
    assert.match(message, /path: "[\d:]+"/);
    assert.match(message, /Counterexample: \["十"\]/, 'shrunk to the smallest failing input');
    assert.match(message, /Shrunk \d+ time/);
  });

  it('seed and path replay exactly the failing case', () => {
    const first = fc.check(prop, { seed: 4242, numRuns: 200 });
    assert.ok(first.failed && first.counterexamplePath);
    const again = fc.check(prop, { seed: first.seed, path: first.counterexamplePath, endOnFailure: true });
    assert.deepEqual(again.counterexample, first.counterexample);
  });
});
