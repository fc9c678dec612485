// Generators for property tests: arbitrary text and mutations of realistic plans.
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');

/** Realistic plans shipped with the project (samples and model fixtures). */
export function realisticPlans(): string[] {
  const dirs = [path.join(root, 'samples'), path.join(root, 'test', 'fixtures', 'model')];
  const out: string[] = [];
  for (const d of dirs) {
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.txt')) out.push(fs.readFileSync(path.join(d, f), 'utf8'));
  }
  return out;
}

/** Fuzzing effort: a bounded run in `npm test`, a long one in `npm run fuzz`. */
export const FUZZ = process.env.FSPLAN_FUZZ === '1';
export function runs(normal: number): fc.Parameters<unknown> {
  const seed = process.env.FSPLAN_FUZZ_SEED ? Number(process.env.FSPLAN_FUZZ_SEED) : FUZZ ? Date.now() : 20261123;
  if (FUZZ) {
    const seconds = Number(process.env.FSPLAN_FUZZ_SECONDS ?? 60);
    return { seed, numRuns: 1_000_000_000, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false };
  }
  return { seed, numRuns: normal };
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

export const mutatedPlan = (plans: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...plans),
      fc.array(fc.tuple(fc.constantFrom(...lineOps, ...charOps), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }),
    )
    .map(([t, ops]) => ops.reduce((acc, [op, a, b]) => (acc.length ? op(acc, a, b) : acc), t));
