// The proofreading rules on their fixtures (every planted slip found, no
// other finding) and on the published plans when present (every finding
// judged a real slip), and docs/proofreading-precision.md holds the measured
// tables (run npm run gen:precision).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { corpusTable, fixtureTable, MARKS, measure, PRECISION_DOC } from '../../scripts/proofreading-precision';

describe('proofreading rules: measured precision', () => {
  const m = measure();
  const doc = fs.readFileSync(PRECISION_DOC, 'utf8');
  const section = ([a, b]: readonly [string, string]) => doc.slice(doc.indexOf(a), doc.indexOf(b) + b.length);
  it('every slip planted in the fixtures is found', () => assert.deepEqual(m.missed, []));
  it('no finding that is not a planted slip or a judged real slip', () => assert.deepEqual(m.unexplained, []));
  it('every measured rule has a planted slip', () => {
    for (const r of m.fixtures) assert.ok(r.right > 0, r.rule);
  });
  it('the fixture table in docs/proofreading-precision.md is current', () => assert.equal(section(MARKS.fixtures), fixtureTable(m)));
  it('the corpus table is current (when ../shared/corpus is present)', function () {
    if (!m.corpus) this.skip();
    assert.equal(section(MARKS.corpus), corpusTable(m));
  });
});
