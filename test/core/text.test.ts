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

describe('core/text: paragraph offsets are kept as runs', () => {
  /** offsetAt, range and indexOf by their definitions over the per-character map. */
  function agreesWithMap(original: string): void {
    for (const p of layout(normalize(original)).paragraphs) {
      const map = Array.from(p.map);
      const n = map.length;
      const offsetAt = (i: number) => (i <= 0 ? map[0] : i >= n ? p.end : map[i]);
      for (let i = -1; i <= n + 1; i++) assert.equal(p.offsetAt(i), offsetAt(i), `offsetAt(${i}) of ${p.text}`);
      for (let a = 0; a <= n; a++) {
        for (let b = a - 1; b <= n + 1; b++) {
          assert.deepEqual(p.range(a, b), { start: offsetAt(a), end: b <= a ? offsetAt(a) : map[Math.min(b, n) - 1] + 1 }, `range(${a}, ${b}) of ${p.text}`);
        }
      }
      for (let o = map[0] - 2; o <= p.end + 2; o++) {
        let first = 0;
        while (first < n && map[first] < o) first++;
        assert.equal(p.indexOf(o), first, `indexOf(${o}) of ${p.text}`);
      }
    }
  }
  const table: Array<[string, string]> = [
    ['one line, nothing dropped', '1.加强监管（区市场监管局负责）。'],
    ['indented line', '\u3000\u3000一、总体要求'],
    ['spaces dropped inside a line', '西青区 2021 年食品 安全'],
    ['a kept space between ASCII words and dropped runs', 'HACCP ISO22000   体系  GB 2760'],
    ['lines joined by an open bracket', '加强监管。（区市场\n  监管局、区教育\n局负责）'],
    ['a page number inside a note', '1.第一项（区市场\n- 7 -\n监管局负责）'],
    ['an inline page number', '加强监管 - 7 - 工作 A B'],
  ];
  for (const [name, input] of table) it(name, () => agreesWithMap(input));
  it('hard-wrapped text', () => {
    const line = '各街道、各部门要按照职责分工认真落实食品安全监督管理计划的各项任务，确保取得实效，按时';
    agreesWithMap(Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? '  ' : '') + line.slice(i % 5)).join('\n'));
  });
});
