// Catastrophic-backtracking guard: for adversarial inputs aimed at each
// regex-heavy module (notes, targets, headings, text layout, stale year, city
// scope, front matter, departments) and at the .docx reader, parsing and every
// rule are timed separately on 10,000 and 100,000 characters. A linear step
// takes about 10× as long on the larger input; the bound (30×) only catches
// super-linear blowups. Medians of runs taken in turns are compared, so noise
// on a loaded machine does not fail it; times are CPU time of the process, not
// wall time. This is a guard, not a speed target: no absolute times.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/model/document';
import { lintDocument } from '../../server/src/core/engine/linter';
import type { LintEnvironment } from '../../server/src/core/engine/types';
import { RULES } from '../../server/src/rules';
import { readDocx } from '../../server/src/node/docx';
import { tokenize } from '../../server/src/input/xml';
import { rulesFor } from '../support/check';
import { repoRoot } from '../support/paths';
import { makeDocx } from '../support/docx';
import { timed } from '../support/cpu-time';

const root = repoRoot;
const sample = fs.readFileSync(path.join(root, 'samples', '河北区2025年食品安全监督管理计划.txt'), 'utf8');
const municipal = parseDocument(fs.readFileSync(path.join(root, 'samples', '天津市2025年食品安全监督管理计划.txt'), 'utf8'));

const grow = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const DIGITS = '〇一二三四五六七八九';
/** Distinct department-like names: 区〇局, 区一局, … 区一二三局. */
const deptName = (i: number) => `区${[...String(i)].map((d) => DIGITS[Number(d)]).join('')}局`;
/** Notes naming ever new departments, alternately three times and once (rare × frequent pairs for misspelled). */
function manyNames(n: number): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const line = `1.任务。（${deptName(i)}负责）\n`.repeat(i % 2 ? 1 : 3);
    parts.push(line);
    len += line.length;
  }
  return parts.join('').slice(0, n);
}

/** Worst inputs we could construct, per module; each takes the body size in characters. */
export const SHAPES: Record<string, (n: number) => string> = {
  'notes: an unclosed note with a long name list': (n) => '1.加强监管。（' + grow('区市场监管局、', n),
  'notes: open brackets only': (n) => grow('（', n),
  'notes: close brackets only': (n) => grow('）', n),
  'notes: nested brackets': (n) => grow('（区', n / 2) + grow('）', n / 2),
  'notes: role phrases without brackets': (n) => grow('牵头，负责，按职责分工配合，', n),
  'notes: a long label': (n) => '1.任务。（责任单位：' + grow('区', n) + '）',
  'notes: many notes on one line': (n) => '1.加强监管' + grow('。（区市场监管局负责）', n),
  'notes: names joined without separators': (n) => '1.任务。（' + grow('区市场监管局', n) + '负责）',
  'targets: comparators without values': (n) => grow('达到不低于不少于', n),
  'targets: values without indicators': (n) => grow('100%，', n),
  'targets: a long digit run': (n) => '覆盖率达到' + grow('9', n) + '%',
  'targets: decimals': (n) => grow('1.', n) + '批次/千人',
  'targets: 其中 chains': (n) => '全年抽检5710批次。' + grow('其中，抽检1批次；', n),
  'targets: indicators without comparators': (n) => grow('覆盖率合格率批次/千人', n),
  'headings: markers on one line': (n) => grow('（一）', n),
  'headings: marker lines': (n) => grow('1.\n', n),
  'headings: a long chapter numeral': (n) => grow('十', n) + '、',
  'headings: unclosed markers': (n) => grow('（1', n),
  'headings: items numbered far apart': (n) => grow('99.任务。（区市场监管局负责）\n', n),
  'layout: one long line': (n) => grow('加强食品安全监管', n),
  'layout: hard-wrapped lines': (n) => grow('加强食品安全监督管理工作，落实各方责任\n', n),
  'layout: page-number lines': (n) => grow('- 7 -\n', n),
  'layout: inline page numbers': (n) => grow('监管—12—工作', n),
  'layout: an open bracket at every line end': (n) => grow('任务（\n', n),
  'layout: spaced ASCII': (n) => grow('a ', n),
  'layout: spaces and line breaks': (n) => grow(' \n\u3000\r\n', n),
  'stale-year: years': (n) => grow('2023年', n),
  'stale-year: a long digit run before 年': (n) => grow('2023', n) + '年',
  'city-scope: 全市 only': (n) => grow('全市', n),
  'city-scope: 按照全市 …': (n) => grow('按照全市要求', n),
  'front matter: doc numbers': (n) => grow('津政办发〔2024〕', n),
  'front matter: dates without a day': (n) => grow('2024年8月', n),
  'placeholder: unclosed placeholders': (n) => grow('【待填写：', n),
  'punctuation: half-width marks between Han characters': (n) => grow('监,管;', n),
  'punctuation: half-width brackets nested': (n) => grow('区(', n / 2) + grow(')管', n / 2),
  'punctuation: unclosed brackets of every kind': (n) => grow('“‘《（【〔', n),
  'punctuation: closing marks only': (n) => grow('”’》）】〕', n),
  'punctuation: straight quotes': (n) => grow('"监管\'', n),
  'punctuation: nested titles': (n) => grow('《关于', n / 2) + grow('<法>》', n / 2),
  'punctuation: a run of marks': (n) => grow('，。、；', n),
  'punctuation: cited doc numbers': (n) => grow('津政办发[2021]', n),
  'wording: wrong forms in a row': (n) => grow('截止其它象', n),
  'wording: 象 with a long tail': (n) => '要' + grow('象抓', n) + '一样',
  'wording: 既使 without 又使': (n) => grow('既使', n),
  'party-sessions: a long session list': (n) => '全面贯彻党的二十大和二十届' + grow('二中、', n) + '全会精神',
  'party-sessions: formulas': (n) => grow('贯彻党的十九大精神', n),
  'stale-year: cited plans': (n) => grow('落实《天津市2020年计划》', n),
  'departments: 区 run': (n) => '1.任务。（' + grow('区', n) + '负责）',
  'departments: 区委 run in text': (n) => grow('区委', n),
  'departments: thousands of distinct names': manyNames,
  'runs: ASCII open brackets': (n) => grow('(', n),
  'runs: ASCII close brackets': (n) => grow(')', n),
  'runs: unclosed notes with a role word': (n) => grow('（负责', n),
  'runs: open brackets before a role word': (n) => grow('（', n - 2) + '负责',
  'runs: a name of open brackets in a note': (n) => '1.任务。（区' + grow('（', n) + '局）',
  'runs: line breaks': (n) => grow('\n', n),
  'runs: ideographic spaces': (n) => grow('\u3000', n),
  'runs: hyphens': (n) => grow('-', n),
  'runs: slashes': (n) => grow('/', n),
  'a realistic plan repeated': (n) => grow(sample, n),
};

/** Two environments: a covered Tianjin district with its municipal plan, and an unknown jurisdiction (misspelled runs). */
const VARIANTS: Array<{ title: string; env: LintEnvironment }> = [
  { title: '红桥区2025年食品安全监督管理计划\n\n', env: { municipal } },
  { title: '某某县2025年食品安全监督管理计划\n\n', env: {} },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};


/** Below this the 10k time is noise; a blowup still shows on the 100k input. */
const FLOOR_MS = 4;
/** A linear step takes about 10× as long on ten times the input, a quadratic one about 100×. */
const RATIO = 30;
/** Pairs of runs whose medians are compared. */
const PAIRS = 5;

/**
 * Time on 100k over time on 10k, each the median of PAIRS runs taken in
 * turns (small, large, small, large …), so both sides see the same load on
 * a busy machine and a single collection or a stalled core cannot decide; a
 * ratio over the bound is confirmed on the fastest of twice as many runs.
 * The 10k run is ten calls, so both sides allocate about as much memory.
 * A first large run under FLOOR_MS × RATIO cannot be over the bound and ends
 * the measure early.
 */
export function ratio(small: () => void, large: () => void): { ratio: number; t10: number; t100: number } {
  const tenSmall = () => {
    for (let i = 0; i < 10; i++) small();
  };
  const first = timed(large);
  if (first < FLOOR_MS * RATIO) return { ratio: first / FLOOR_MS, t10: NaN, t100: first };
  const t10s: number[] = [];
  const t100s: number[] = [first];
  for (let k = 0; k < PAIRS; k++) {
    t10s.push(timed(tenSmall) / 10);
    if (k < PAIRS - 1) t100s.push(timed(large));
  }
  let t10 = median(t10s);
  let t100 = median(t100s);
  // over the bound on medians: it counts only if the fastest runs are over it too (a
  // collection in the large run, or a stalled core, slows some runs but not the best one)
  if (t100 / Math.max(t10, FLOOR_MS) >= RATIO) {
    for (let k = 0; k < PAIRS; k++) {
      t10s.push(timed(tenSmall) / 10);
      t100s.push(timed(large));
    }
    const best10 = Math.min(...t10s);
    const best100 = Math.min(...t100s);
    if (best100 / Math.max(best10, FLOOR_MS) < RATIO) {
      t10 = best10;
      t100 = best100;
    }
  }
  return { ratio: t100 / Math.max(t10, FLOOR_MS), t10, t100 };
}

describe('catastrophic-backtracking guard (10k vs 100k characters)', function () {
  this.timeout(120_000);
  const rules = rulesFor();
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(name, () => {
      const slow: string[] = [];
      for (const v of VARIANTS) {
        const small = v.title + shape(10_000);
        const large = v.title + shape(100_000);
        const d10 = parseDocument(small);
        const d100 = parseDocument(large);
        const show = (what: string, r: { t10: number; t100: number }) => `${what}: ${r.t10.toFixed(1)} ms → ${r.t100.toFixed(1)} ms`;
        const p = ratio(() => parseDocument(small), () => parseDocument(large));
        if (p.ratio >= RATIO) slow.push(show('parse', p));
        for (const r of rules) {
          const t = ratio(() => lintDocument(d10, [r], v.env), () => lintDocument(d100, [r], v.env));
          if (t.ratio >= RATIO) slow.push(show(r.rule.id, t));
        }
      }
      assert.deepEqual(slow, [], `super-linear on “${name}”`);
    });
  }
  it('times every rule', () => {
    assert.equal(rulesFor().length, RULES.length);
  });
});

/** Shapes aimed at the .docx reader: the XML tokenizer on unclosed constructs, and Word numbering. */
export const DOCX_SHAPES: Record<string, (n: number) => () => void> = {
  'xml: unclosed comments': (n) => xml(grow('<!--', n)),
  'xml: unclosed processing instructions': (n) => xml(grow('<?', n)),
  'xml: unclosed DOCTYPE': (n) => xml(grow('<!DOCTYPE', n)),
  'xml: unclosed CDATA': (n) => xml(grow('<![CDATA[', n)),
  'xml: unclosed attribute values': (n) => xml(grow('<a b="', n)),
  'xml: tags without an end': (n) => xml(grow('<w:p w:a="1" ', n)),
  'xml: stray <': (n) => xml(grow('<', n)),
  'docx: long numbered paragraphs': (n) => {
    const doc = makeDocx({
      paragraphs: Array.from({ length: Math.ceil(n / 100) }, () => ({ text: '任务', numId: 1, ilvl: 0 })),
      numbering: { 1: [{ ilvl: 0, numFmt: 'upperRoman', lvlText: '%1'.repeat(50), start: 1e12 }] },
    });
    return () => readDocx(doc);
  },
};

function xml(s: string): () => void {
  return () => {
    for (const _ of tokenize(s)) void _;
  };
}

describe('catastrophic-backtracking guard: .docx reader (10k vs 100k)', function () {
  this.timeout(120_000);
  for (const [name, shape] of Object.entries(DOCX_SHAPES)) {
    it(name, () => {
      const r = ratio(shape(10_000), shape(100_000));
      assert.ok(r.ratio < RATIO, `super-linear on “${name}”: ${r.t10.toFixed(1)} ms → ${r.t100.toFixed(1)} ms`);
    });
  }
});
