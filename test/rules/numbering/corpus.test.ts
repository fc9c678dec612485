// Real plans and the bundled samples: the clean ones have no numbering
// findings; the 河北区 sample carries two deliberate defects (5. then 7.; 10、).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../../server/src/core/model/document';
import { renumberDocument } from '../../../server/src/core/drafting/renumber';
import { check } from '../../support/check';
import { lineOf, NUMBERING_RULES } from './cases';
import { corpusDir, repoRoot } from '../../support/paths';

const root = repoRoot;
const corpus = corpusDir;
const samples = path.join(root, 'samples');

function describeFindings(text: string): string[] {
  return check(text, { rules: NUMBERING_RULES }).findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`);
}

describe('numbering rules on real plans', function () {
  const files = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')) : [];
  if (!files.length) {
    it('corpus folder not present: skipped');
    return;
  }
  for (const f of files) {
    it(`${f}: no numbering findings, nothing to renumber`, () => {
      const text = fs.readFileSync(path.join(corpus, f), 'utf8');
      assert.deepEqual(describeFindings(text), []);
      assert.deepEqual(renumberDocument(parseDocument(text)), []);
    });
  }
});

describe('numbering rules on the samples', () => {
  it('天津市2025年食品安全监督管理计划.txt is clean', () => {
    const text = fs.readFileSync(path.join(samples, '天津市2025年食品安全监督管理计划.txt'), 'utf8');
    assert.deepEqual(describeFindings(text), []);
  });
  it('河北区2025年食品安全监督管理计划.txt: item 6 missing and 10、 are found', () => {
    const text = fs.readFileSync(path.join(samples, '河北区2025年食品安全监督管理计划.txt'), 'utf8');
    const r = check(text, { rules: NUMBERING_RULES });
    const got = r.findings.map((f) => [f.ruleId, f.line, f.column]);
    assert.deepEqual(got, [
      ['numbering/sequence', lineOf(text, '7.开展食品安全监督抽检'), 1],
      ['numbering/marker-style', lineOf(text, '10、推进行刑衔接'), 1],
    ]);
    assert.match(r.findings[0].message, /应为“6\.”/);
    const numbers = parseDocument(r.fixed).headings.filter((h) => h.level === 3).map((h) => [h.number, h.marker.raw]);
    assert.deepEqual(numbers, Array.from({ length: 11 }, (_, i) => [i + 1, `${i + 1}.`]));
    assert.deepEqual(describeFindings(r.fixed), []);
  });
});
