// Every check on the nationwide fixtures with no registry and no
// configuration: each injected defect is found on its line with the expected
// first suggestion and nothing else, clean plans have no warning or error,
// and the same holds on units of the same kind nobody tuned on.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { measureNation, nationTables, NATION_BEGIN, NATION_END, NATION_FIXTURES, loadNationSpec } from '../../../scripts/nation-accuracy';
import { ACCURACY_DOC } from '../../../scripts/departments-accuracy';
import { parseDocument } from '../../../server/src/core/model/document';

describe('nationwide accuracy (any county-level unit, no configuration)', () => {
  const a = measureNation();
  it('covers six provinces and every kind of unit', () => {
    const spec = loadNationSpec();
    const kinds = new Set(spec.scenarios.map((s) => parseDocument(fs.readFileSync(path.join(NATION_FIXTURES, s.file), 'utf8')).front.planTitle?.jurisdiction?.kind));
    for (const k of ['区', '县', '自治县', '县级市', '旗', '新区']) assert.ok(kinds.has(k as never), k);
    const provinces = new Set(spec.scenarios.map((s) => parseDocument(fs.readFileSync(path.join(NATION_FIXTURES, s.file), 'utf8')).front.planTitle?.jurisdiction?.division?.province));
    assert.ok(provinces.size >= 6, [...provinces].join());
  });
  for (const d of a.tuned.defects) {
    it(`${d.unit}: ${d.kind} “${d.target ?? d.find.slice(0, 16)}” → ${d.rule} on line ${d.line}`, () => {
      assert.ok(d.found, 'not found on the right line');
      if (d.suggestionRight !== undefined) assert.ok(d.suggestionRight, `first suggestion is not ${d.expect}`);
      assert.deepEqual(d.collateral.map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }
  it('no warning or error on the clean plans', () => {
    for (const c of a.tuned.clean) assert.deepEqual(c.findings.map((f) => `${c.unit} ${f.ruleId}: ${f.message}`), []);
  });
  it('units nobody tuned on: at least 95 % found, no warning or error on clean text, no collateral finding', () => {
    assert.ok(a.unseen.units >= 40, `${a.unseen.units} units`);
    const found = a.unseen.defects.filter((d) => d.found).length;
    assert.ok(found >= 0.95 * a.unseen.defects.length, `${found}/${a.unseen.defects.length}`);
    for (const c of a.unseen.clean) assert.deepEqual(c.findings.map((f) => `${c.unit} ${f.ruleId}: ${f.message}`), []);
    assert.deepEqual(a.unseen.defects.flatMap((d) => d.collateral.map((f) => `${d.unit} ${d.kind}: ${f.ruleId}: ${f.message}`)), []);
  });
  it('docs/departments-accuracy.md has the measured nationwide table (run npm run gen:accuracy)', () => {
    const doc = fs.readFileSync(ACCURACY_DOC, 'utf8');
    assert.equal(doc.slice(doc.indexOf(NATION_BEGIN), doc.indexOf(NATION_END) + NATION_END.length), nationTables(a));
  });
});
