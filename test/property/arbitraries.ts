// Generators for property tests: arbitrary text and mutations of realistic plans.
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';

const root = repoRoot;

/** Realistic plans shipped with the project (samples and model fixtures). */
export function realisticPlans(): string[] {
  const dirs = [path.join(root, 'samples'), path.join(root, 'test', 'fixtures', 'model')];
  const out: string[] = [];
  for (const d of dirs) {
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.txt')) out.push(fs.readFileSync(path.join(d, f), 'utf8'));
  }
  return out;
}

/** Every plan text in samples/ and test/fixtures/ (not expected outputs), by path relative to the repository. */
export function planFiles(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const f of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else if (f.name.endsWith('.txt') && !/\.(expected|fixed)\.txt$/.test(f.name)) out.push({ file: path.relative(root, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(root, 'samples'));
  walk(path.join(root, 'test', 'fixtures'));
  return out;
}

/** Municipal plans among planFiles() (title 天津市…计划). */
export function municipalTexts(): string[] {
  return planFiles()
    .filter((p) => path.basename(p.file).startsWith('天津市'))
    .map((p) => p.text);
}

/** Fuzzing effort: a bounded run in `npm test`, a long one in `npm run fuzz`. */
export const FUZZ = process.env.FSPLAN_FUZZ === '1';

/** Cases run by time-limited properties in this process (printed by `npm run fuzz`). */
export const fuzzStats = { properties: 0, cases: 0 };

// the running test's title, for the fuzz summary lines (a root hook, registered once)
let currentTitle = '';
if (typeof beforeEach === 'function') {
  beforeEach(function () {
    currentTitle = this.currentTest?.fullTitle() ?? '';
  });
}

/**
 * fast-check parameters. The seed is fixed in `npm test` (20261123), the
 * current time in `npm run fuzz`, or FSPLAN_FUZZ_SEED; FSPLAN_FUZZ_PATH
 * (with the seed, from a failure message) replays exactly the failing case.
 * A failure message always carries the seed, the path and the shrunk input.
 */
export function runs(normal: number): fc.Parameters<unknown> {
  const seed = process.env.FSPLAN_FUZZ_SEED ? Number(process.env.FSPLAN_FUZZ_SEED) : FUZZ ? Date.now() : 20261123;
  const replay = process.env.FSPLAN_FUZZ_PATH ? { path: process.env.FSPLAN_FUZZ_PATH, endOnFailure: true } : {};
  if (FUZZ) {
    const seconds = Number(process.env.FSPLAN_FUZZ_SECONDS ?? 60);
    return {
      seed,
      ...replay,
      numRuns: 1_000_000_000,
      interruptAfterTimeLimit: seconds * 1000,
      markInterruptAsFailure: false,
      reporter: (details) => {
        fuzzStats.properties++;
        fuzzStats.cases += details.numRuns;
        // eslint-disable-next-line no-console
        console.log(`      fuzz: ${details.numRuns} cases, seed ${details.seed}, ${details.failed ? 'FAILED' : 'passed'}: ${currentTitle} (total ${fuzzStats.cases} cases in ${fuzzStats.properties} properties)`);
        if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
      },
    };
  }
  return { seed, ...replay, numRuns: normal };
}

const planChars = fc.constantFrom(
  '一', '二', '十', '、', '（', '）', '(', ')', '《', '》', '。', '，', '；', '：', '1', '2', '.', '．', '%', '％', '\n', '\r\n', ' ', '\u3000',
  '区', '市', '局', '委', '办', '牵头', '负责', '按职责分工负责', '配合', '达到', '不低于', '批次', '覆盖率', '全市', '2023年', '- 7 -', '—1—',
  '\uFEFF', '\u0000', '\uD800', '\uDC00', '😀', '区市场监管局', '公安红桥分局', '责任单位：',
);

/** Text made of plan-like tokens: brackets, markers, numbers, names, breaks. */
export const planLikeText = fc.array(planChars, { maxLength: 400 }).map((a) => a.join(''));

/** Any string, including lone surrogates and control characters. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  planLikeText,
);

type Mutation = (text: string, a: number, b: number) => string;

const lineOps: Mutation[] = [
  // delete a line
  (t, a) => {
    const ls = t.split('\n');
    ls.splice(a % ls.length, 1);
    return ls.join('\n');
  },
  // duplicate a line
  (t, a) => {
    const ls = t.split('\n');
    const i = a % ls.length;
    ls.splice(i, 0, ls[i]);
    return ls.join('\n');
  },
  // swap two lines
  (t, a, b) => {
    const ls = t.split('\n');
    const i = a % ls.length;
    const j = b % ls.length;
    [ls[i], ls[j]] = [ls[j], ls[i]];
    return ls.join('\n');
  },
];

const charOps: Mutation[] = [
  (t, a, b) => t.slice(0, a % (t.length + 1)) + t.slice((a % (t.length + 1)) + (b % 8)), // delete chars
  (t, a, b) => { const i = a % (t.length + 1); return t.slice(0, i) + t.slice(i, i + (b % 8)) + t.slice(i); }, // duplicate chars
  (t, a) => { const i = a % Math.max(1, t.length - 1); return t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2); }, // swap
  (t, a) => { const i = t.indexOf('（', a % (t.length + 1)); return i < 0 ? t : t.slice(0, i) + t.slice(i + 1); }, // drop an open bracket
  (t, a) => { const i = t.indexOf('）', a % (t.length + 1)); return i < 0 ? t : t.slice(0, i) + t.slice(i + 1); }, // drop a close bracket
  (t, a) => t.slice(0, a % (t.length + 1)), // cut the file (often in the middle of a note)
  (t, a) => { const i = a % (t.length + 1); return t.slice(0, i) + '\n\n- 7 -\n\n' + t.slice(i); }, // page number
  (t, a) => { const i = a % (t.length + 1); return t.slice(0, i) + '\n' + t.slice(i); }, // hard wrap
  (t, a) => { const i = a % (t.length + 1); return t.slice(0, i) + '—12—' + t.slice(i); }, // inline page number
];

/** Replaces the a-th match of re (counting modulo the number of matches). */
function replaceNth(t: string, re: RegExp, a: number, to: (m: RegExpExecArray) => string): string {
  const all = [...t.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))];
  if (!all.length) return t;
  const m = all[a % all.length] as RegExpExecArray;
  return t.slice(0, m.index) + to(m) + t.slice(m.index + m[0].length);
}

/**
 * Defects a drafter makes, planted so that every rule has something to find:
 * marker slips, lost markers, wrong levels, doc numbers, dates, placeholders,
 * targets out of range or not adding up, department name slips, 全市 and last
 * year left over, notes deleted.
 */
export const defectOps: Mutation[] = [
  (t, a) => replaceNth(t, /\n(\d+)\./, a, (m) => `\n${m[1]}、`), // numbering/marker-style
  (t, a) => replaceNth(t, /\n(\d+)\./, a, (m) => `\n${m[1]}．`), // numbering/consistent-style
  (t, a) => replaceNth(t, /\n(\d+)[.．、]/, a, () => '\n'), // numbering/missing-marker, sequence
  (t, a) => replaceNth(t, /\n[一二三四五六七八九十]+、/, a, () => '\n（一）'), // numbering/level
  (t, a, b) => replaceNth(t, /\n(\d+)\./, a, () => `\n${(b % 30) + 1}.`), // numbering/sequence
  (t, a) => replaceNth(t, /〔(\d{4})〕/, a, (m) => `[${m[1]}]`), // document/doc-number
  (t, a) => replaceNth(t, /(\d{4})年(\d{1,2})月(\d{1,2})日/, a, (m) => `${m[1]}年0${m[2]}月0${m[3]}日`), // document/date-format
  (t, a) => { const i = t.indexOf('。', a % (t.length + 1)); return i < 0 ? t : t.slice(0, i) + '【待填写：责任单位】' + t.slice(i); }, // document/placeholder
  (t, a) => replaceNth(t, /(\d+(?:\.\d+)?)(%|％)/, a, (m) => `1${m[1]}${m[2]}`), // target/out-of-range
  (t, a, b) => replaceNth(t, /(\d+)批次/, a, (m) => `${Number(m[1]) + 1 + (b % 500)}批次`), // target/sum-mismatch, below-municipal
  (t, a) => replaceNth(t, /达到(\d+)/, a, (m) => `达到${Math.max(0, Number(m[1]) - 10)}`), // target/below-municipal
  (t, a) => replaceNth(t, /区卫生健康委|区卫健委/, a, (m) => (m[0] === '区卫健委' ? '区卫生健康委' : '区卫健委')), // department/inconsistent
  (t, a) => replaceNth(t, /区市场监管局/, a, () => '区市场监督管理局'), // department/inconsistent
  (t, a) => replaceNth(t, /区市场监管局/, a, () => '区市场监管理局'), // department/unknown, misspelled
  (t, a) => replaceNth(t, /区(?:农业农村委|教育局|商务局)/, a, (m) => m[0].slice(0, -1) + '部'), // department/unknown, misspelled
  // department/misspelled: the plan moved to a place no registry or division has (title, issuer and all), and a name misspelled in it
  (t, a) => replaceNth(t.replace(/天津市|(?:红桥|西青|河北|南开|和平)区/g, (m) => (m === '天津市' ? '某某市' : '某某区')), /区市场监管局/, a + 1, () => '区市场监管理局'),
  (t, a) => replaceNth(t, /公安(\S{2})分局/, a, () => '公安西青分局'), // department/foreign
  (t, a) => replaceNth(t, /全区/, a, () => '全市'), // document/city-scope
  (t, a) => replaceNth(t, /(20\d\d)年/, a, (m) => `${Number(m[1]) - 1}年`), // document/stale-year
  (t, a) => replaceNth(t, /（[^（）\n]{0,40}(?:负责|牵头|配合)）/, a, () => ''), // responsibility/missing
  (t, a) => replaceNth(t, /按职责分工负责）/, a, () => '按职责分工负责)'), // responsibility/format
  (t, a) => replaceNth(t, /([\u4e00-\u9fa5])，/, a, (m) => `${m[1]},`), // punctuation/half-width
  (t, a) => replaceNth(t, /“([^“”\n]{1,20})”/, a, (m) => `"${m[1]}"`), // punctuation/straight-quotes
  (t, a) => replaceNth(t, /》/, a, () => ''), // punctuation/unbalanced
  (t, a) => replaceNth(t, /《([^《》\n]{2,30})》/, a, (m) => `《关于贯彻《${m[1]}》的实施意见》`), // punctuation/nested-title
  (t, a) => replaceNth(t, /([\u4e00-\u9fa5])。/, a, (m) => `${m[1]}，。`), // punctuation/doubled
  (t, a) => replaceNth(t, /([\u4e00-\u9fa5])。/, a, (m) => `${m[1]}，建立进货查验台帐，截止2024年底完成。`), // wording/confusable
  (t, a) => replaceNth(t, /制定本计划。|。/, a, () => '，全面贯彻党的十九大和十九届六中全会精神。'), // document/party-sessions
  (t, a) => replaceNth(t, /《([^《》\n]{0,8}?)(20\d\d)(年[^《》\n]{0,30}计划)》/, a, (m) => `《${m[1]}${Number(m[2]) - 1}${m[3]}》`), // document/stale-year (a cited plan)
  (t, a, b) => replaceNth(t, /[监管理]/, a, () => (b % 2 ? '\u0000' : '\ufffd')), // document/invalid-bytes
];

export const mutatedPlan = (plans: string[], ops: Mutation[] = [...lineOps, ...charOps, ...defectOps]) =>
  fc
    .tuple(fc.constantFrom(...plans), fc.array(fc.tuple(fc.constantFrom(...ops), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }))
    .map(([t, ops]) => ops.reduce((acc, [op, a, b]) => (acc.length ? op(acc, a, b) : acc), t));
