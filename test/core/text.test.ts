import { strict as assert } from 'node:assert';
import { layout, normalize, normalizedCharsAgree } from '../../server/src/core/model/text';

/** Logical text of every paragraph, and whether each map entry points at the same character. */
function paragraphsOf(original: string): string[] {
  const norm = normalize(original);
  const lay = layout(norm);
  for (const p of lay.paragraphs) {
    assert.equal(p.map.length, p.text.length, `map length of ${p.text}`);
    for (let i = 0; i < p.text.length; i++) {
      const o = p.map[i];
      // a kept space maps to a space; every other character maps to itself
      assert.equal(p.text[i] === ' ' ? ' ' : norm[o], p.text[i], `map[${i}] of ${p.text}`);
      if (i > 0) assert.ok(o > p.map[i - 1], 'map is increasing');
    }
    assert.equal(p.start, p.map[0]);
    assert.equal(p.end, p.map[p.map.length - 1] + 1);
  }
  return lay.paragraphs.map((p) => p.text);
}

describe('core/text: layout builds logical text and its map', () => {
  const table: Array<[string, string, string[]]> = [
    ['drops spaces between CJK characters', '西青区 2021 年食品安全', ['西青区2021年食品安全']],
    ['keeps one space between ASCII words', 'HACCP   ISO22000 体系', ['HACCP ISO22000体系']],
    ['drops leading and trailing spaces', '   一、总体要求   ', ['一、总体要求']],
    ['a long run of spaces between words', `ISO${' '.repeat(5000)}9001`, ['ISO 9001']],
    ['a long run of spaces between CJK', `区市场${'\u3000'.repeat(5000)}监管局`, ['区市场监管局']],
    ['blank lines end a paragraph', '1.第一项。\n\n2.第二项。', ['1.第一项。', '2.第二项。']],
    ['an open bracket joins the next line', '加强监管。（区市场\n监管局负责）', ['加强监管。（区市场监管局负责）']],
    ['a space at a line break between ASCII words', '采用 HACCP\nISO 体系', ['采用HACCP', 'ISO体系']],
    ['an inline page number is removed', '加强监管 - 7 - 工作', ['加强监管工作']],
    ['a page-number line is dropped', '1.第一项（区市场\n- 7 -\n监管局负责）', ['1.第一项（区市场监管局负责）']],
  ];
  for (const [name, input, expected] of table) {
    it(name, () => assert.deepEqual(paragraphsOf(input), expected));
  }

});

describe('core/text: normalize fast path', () => {
  it('its character class matches exactly the characters normChar changes', () => {
    assert.ok(normalizedCharsAgree());
  });
  it('keeps the length and maps full-width forms', () => {
    const t = '达到９８．５％，１２３／千人＋　\uFEFF\t';
    const n = normalize(t);
    assert.equal(n.length, t.length);
    assert.equal(n, '达到98.5%，123/千人+   ');
  });
});
