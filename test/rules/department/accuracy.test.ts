// Injected defects in realistic fixtures are all found on the right line with
// the right first suggestion, clean text has no findings, and the table in
// docs/departments-accuracy.md is the measured one.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { accuracyTables, ACCURACY_DOC, BEGIN, END, measure } from '../../../scripts/departments-accuracy';

describe('department and responsibility accuracy on injected defects', () => {
  const a = measure();
  it('covers every defect kind in Tianjin and in another province', () => {
    const kinds = ['deleted-note', 'cut-off-note', 'typo-deletion', 'typo-substitution', 'foreign-police', 'city-level', 'mixed-abbreviation'];
    for (const sc of ['tianjin', 'other']) for (const k of kinds) assert.ok(a.defects.some((d) => d.scenario === sc && d.kind === k), `${sc} ${k}`);
  });
  for (const d of a.defects) {
    it(`${d.scenario}: ${d.kind} “${d.target ?? d.find.slice(0, 16)}” → ${d.rule} on line ${d.line}`, () => {
      assert.ok(d.found, 'not found on the right line');
      if (d.suggestionRight !== undefined) assert.ok(d.suggestionRight, `first suggestion is not ${d.expect}`);
      assert.deepEqual(d.collateral.map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }
  it('one-character typos of every registry name: detected unless they spell another name, original among the suggestions, first in at least 95 %', () => {
    assert.ok(a.sweeps.length >= 4);
    for (const x of a.sweeps) {
      assert.equal(x.detected + x.collisions, x.tried, x.label);
      assert.equal(x.anyRight, x.detected, x.label);
      assert.ok(x.firstRight >= 0.95 * x.detected, `${x.label}: ${x.firstRight}/${x.detected}`);
    }
  });
  it('no findings on the clean fixtures', () => {
    for (const c of a.clean) assert.deepEqual(c.findings.map((f) => `${c.label} ${f.ruleId}: ${f.message}`), []);
  });
  it('docs/departments-accuracy.md has the measured table (run npm run gen:accuracy)', () => {
    const doc = fs.readFileSync(ACCURACY_DOC, 'utf8');
    const body = doc.slice(doc.indexOf(BEGIN), doc.indexOf(END) + END.length);
    assert.equal(body, accuracyTables(a));
  });
});
