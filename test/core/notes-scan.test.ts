import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/model/document';
import { findNotes } from '../../server/src/core/model/notes';

/** [name, logical text, expected notes as [inner, closed]] */
const table: Array<[string, string, Array<[string, boolean]>]> = [
  ['a closed note', '加强监管。（区市场监管局负责）', [['区市场监管局负责', true]]],
  ['two notes in one paragraph', '甲。（区教育局负责）乙。（区商务局牵头，各街道配合）', [['区教育局负责', true], ['区商务局牵头，各街道配合', true]]],
  ['a nested bracket stays inside its note', '丙。（区食药安办、各乡镇（街道）按职责分工负责）', [['区食药安办、各乡镇（街道）按职责分工负责', true]]],
  ['a non-note bracket before a note', '建立（HACCP）体系。（区市场监管局负责）', [['区市场监管局负责', true]]],
  ['an unclosed note runs to the next 。', '加强监管（区市场监管局负责。下一句', [['区市场监管局负责', false]]],
  ['an unclosed bracket without a role word is no note', '加强监管（区市场监管局。下一句', []],
  [
    'a close after a 。 more than 120 characters on is not the close',
    `说明（区市场监管局负责。${'文'.repeat(130)}。）`,
    [['区市场监管局负责', false]],
  ],
  ['a close after a 。 within 120 characters is the close', `甲（区市场监管局负责。${'文'.repeat(20)}）`, []],
  ['many unclosed brackets', `加强监管${'（区市场监管局'.repeat(3000)}`, []],
  ['many unclosed brackets, then a note', `${'（文字'.repeat(3000)}。（区教育局负责）`, [['区教育局负责', true]]],
];

describe('core/notes: findNotes scans brackets', () => {
  for (const [name, text, expected] of table) {
    it(name, () => {
      const got = findNotes(text).map((n): [string, boolean] => [n.inner, n.closed]);
      assert.deepEqual(got, expected);
    });
  }
});

describe('core/document: a plan without headings', () => {
  it('records the notes of every preamble paragraph, in order', () => {
    const paras = Array.from({ length: 3000 }, (_, i) => `第${i}项工作${'文'.repeat(i % 37)}。（区市场监管局负责）`);
    const doc = parseDocument(paras.join('\n\n'));
    assert.equal(doc.headings.length, 0);
    assert.equal(doc.notes.length, 3000);
    for (let i = 1; i < doc.notes.length; i++) assert.ok(doc.notes[i].start > doc.notes[i - 1].start);
  });
});
