import { strict as assert } from 'node:assert';
import { maskParagraph, NOTE_MASK, TITLE_MASK } from '../../server/src/core/analysis/targets';

/** The per-character definition maskParagraph must agree with. */
function reference(text: string, notes: Array<{ a: number; b: number }>): string {
  const chars = text.split('');
  for (const r of notes) for (let k = r.a; k < r.b && k < chars.length; k++) chars[k] = NOTE_MASK;
  let depth = 0;
  for (let k = 0; k < chars.length; k++) {
    if (chars[k] === '《') depth++;
    else if (chars[k] === '》') depth = Math.max(0, depth - 1);
    else if (depth > 0) chars[k] = TITLE_MASK;
  }
  return chars.join('');
}

const N = NOTE_MASK;
const T = TITLE_MASK;

/** [name, text, notes, expected] */
const table: Array<[string, string, Array<{ a: number; b: number }>, string]> = [
  ['nothing to mask is the text itself', '加强监管。', [], '加强监管。'],
  ['a note', '监管。（区局负责）', [{ a: 3, b: 9 }], `监管。${N.repeat(6)}`],
  ['a cited title', '按照《食品安全法》要求', [], `按照《${T.repeat(5)}》要求`],
  ['a title inside a note is masked as a note', '甲（按《法》负责）乙', [{ a: 1, b: 8 }], `甲${N.repeat(7)}）乙`],
  ['a note inside a title is masked as a title', '《甲（乙）丙》丁', [{ a: 2, b: 5 }], `《${T.repeat(5)}》丁`],
  ['an unclosed title runs to the end', '依据《条例，开展', [], `依据《${T.repeat(5)}`],
  ['two notes and text between', 'a（x）b（y）c', [{ a: 1, b: 4 }, { a: 5, b: 8 }], `a${N.repeat(3)}b${N.repeat(3)}c`],
  ['overlapping notes', '0123456789', [{ a: 1, b: 6 }, { a: 3, b: 4 }, { a: 5, b: 8 }], `0${N.repeat(7)}89`],
];

describe('core/targets maskParagraph', () => {
  for (const [name, text, notes, expected] of table) {
    it(name, () => {
      assert.equal(maskParagraph(text, notes), expected);
      assert.equal(reference(text, notes), expected);
    });
  }

  it('agrees with the per-character definition on random paragraphs', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = ['《', '》', '甲', '乙', '（', '）', 'a', N];
    for (let i = 0; i < 500; i++) {
      const len = rand(40);
      let text = '';
      for (let k = 0; k < len; k++) text += alphabet[rand(alphabet.length)];
      const notes: Array<{ a: number; b: number }> = [];
      for (let j = rand(4); j > 0; j--) {
        const a = rand(len + 1);
        notes.push({ a, b: a + rand(len + 2 - a) });
      }
      notes.sort((x, y) => x.a - y.a);
      assert.equal(maskParagraph(text, notes), reference(text, notes), JSON.stringify({ text, notes }));
    }
  });
});
