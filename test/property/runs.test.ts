// Single-character runs guard: a document that is one character repeated
// (every ASCII punctuation mark, full-width brackets and marks, digits, a Han
// character, spaces, line breaks, tabs, NUL, U+FFFD, lone surrogate halves)
// must not cost much more per character than a normal plan of the same size.
//
// The backtracking guard (backtracking.test.ts) compares 10k with 100k
// characters and so only sees super-linear growth. A step that reads a window
// of W characters for every character is linear, with W times the work: before
// 3bf6ec2 every unclosed bracket re-read up to 300 characters for a role word,
// and 1 MB of `(` took seconds. That shows here, because each step is compared
// with the same step on a normal plan: the notes reader on 20,000 × `(` or `（` took
// 25 to 45 times as long as on the plan (this test failed there; see
// docs/robustness.md). No absolute times: only ratios to the plan, in CPU time
// of the same process.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/model/document';
import { findNotes } from '../../server/src/core/model/notes';
import { lintDocument } from '../../server/src/core/engine/linter';
import type { LintEnvironment } from '../../server/src/core/engine/types';
import { rulesFor } from '../support/check';
import { repoRoot } from '../support/paths';
import { timed } from '../support/cpu-time';

const sample = fs.readFileSync(path.join(repoRoot, 'samples', '河北区2025年食品安全监督管理计划.txt'), 'utf8');
const municipal = parseDocument(fs.readFileSync(path.join(repoRoot, 'samples', '天津市2025年食品安全监督管理计划.txt'), 'utf8'));

const grow = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const ASCII_PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
/** The repeated units: single characters, and CRLF (one line break in two code units). */
export const RUNS: string[] = [
  ...ASCII_PUNCTUATION,
  ...'（）【】《》“”、，。；：',
  ...'0123456789',
  '一',
  ' ',
  '\u3000',
  '\u00a0',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\0',
  '\ufffd',
  '\ud800',
  '\udc00',
];

/** Characters of the body; the window of the old notes reader was 300, so any size well above it shows a per-character window. */
const SIZE = 20_000;
/** A step may cost this many times what it costs on the plan… */
const BOUND = 5;
/** …where a step counts as costing at least this share of the plan's whole check (rules that find nothing on a plan are nearly free there). */
const FLOOR_SHARE = 1 / 10;
/** Runs per measure; the median is compared. */
const RUNS_PER_MEASURE = 3;
/** Runs taken again, in turns with the plan, to confirm a step over the bound on the fastest runs. */
const CONFIRM_RUNS = 5;

const VARIANTS: Array<{ name: string; title: string; env: LintEnvironment }> = [
  { name: 'covered district with its municipal plan', title: '红桥区2025年食品安全监督管理计划\n\n', env: { municipal } },
  { name: 'unknown jurisdiction', title: '某某县2025年食品安全监督管理计划\n\n', env: {} },
];

interface Step {
  name: string;
  /** One run of the step on a prepared text. */
  run: () => void;
}

const rules = rulesFor();

/** The steps of a check: parsing, the notes reader on every paragraph (it reads bracket windows), and each rule alone. */
function steps(text: string, env: LintEnvironment): Step[] {
  const doc = parseDocument(text);
  const paragraphs = doc.paragraphs.map((p) => p.text);
  return [
    { name: 'parse', run: () => parseDocument(text) },
    {
      name: 'notes',
      run: () => {
        for (const p of paragraphs) findNotes(p);
      },
    },
    ...rules.map((r) => ({ name: r.rule.id, run: () => void lintDocument(doc, [r], env) })),
  ];
}


const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Time of each step in one pass through all steps (a pass is one whole check). */
const pass = (ss: Step[]) => ss.map((s) => timed(s.run));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Median time of each step over RUNS_PER_MEASURE passes. */
function profile(ss: Step[]): number[] {
  const passes = Array.from({ length: RUNS_PER_MEASURE }, () => pass(ss));
  return ss.map((_, i) => median(passes.map((p) => p[i])));
}

/** The plan's fastest time of each step and of a whole check, over twice RUNS_PER_MEASURE passes (a load spike must not raise the limits). */
function planProfile(ss: Step[]): { steps: number[]; total: number } {
  const passes = Array.from({ length: 2 * RUNS_PER_MEASURE }, () => pass(ss));
  return { steps: ss.map((_, i) => Math.min(...passes.map((p) => p[i]))), total: Math.min(...passes.map(sum)) };
}

/** The limit of a step that takes `planStep` on the plan, whose whole check takes `planTotal`. */
const limitOf = (planStep: number, planTotal: number) => BOUND * Math.max(planStep, planTotal * FLOOR_SHARE);

export interface Slow {
  step: string;
  run: number;
  plan: number;
  limit: number;
}

/**
 * Steps of `text` over the bound against the same steps of the plan (its
 * fastest runs). A step over it on medians is measured again, in turns with
 * the plan's step and the plan's whole check, and counts only if its fastest
 * run is over the limit set by the plan's fastest runs of that round too (a
 * collection or a stalled core slows some runs but not the best one, and a
 * busy machine slows both sides alike).
 */
export function slowSteps(text: string, planSteps: Step[], plan: { steps: number[]; total: number }, env: LintEnvironment): Slow[] {
  const ss = steps(text, env);
  const times = profile(ss);
  const slow: Slow[] = [];
  ss.forEach((s, i) => {
    if (times[i] <= limitOf(plan.steps[i], plan.total)) return;
    const mine: number[] = [];
    const theirs: number[] = [];
    const totals: number[] = [];
    for (let k = 0; k < CONFIRM_RUNS; k++) {
      totals.push(sum(pass(planSteps)));
      theirs.push(timed(planSteps[i].run));
      mine.push(timed(s.run));
    }
    const best = Math.min(...mine);
    const limit = limitOf(Math.min(...theirs), Math.min(...totals));
    if (best > limit) slow.push({ step: s.name, run: best, plan: Math.min(...theirs), limit });
  });
  const total = sum(times);
  if (total > BOUND * plan.total) {
    const mine = Array.from({ length: CONFIRM_RUNS }, () => [sum(pass(planSteps)), sum(pass(ss))]);
    const best = Math.min(...mine.map((m) => m[1]));
    const bestPlan = Math.min(...mine.map((m) => m[0]));
    if (best > BOUND * bestPlan) slow.push({ step: 'whole check', run: best, plan: bestPlan, limit: BOUND * bestPlan });
  }
  return slow;
}

const show = (c: string) => JSON.stringify(c).slice(1, -1);

describe(`single-character runs: each step at most ${BOUND}× its cost on a plan of the same size`, function () {
  this.timeout(600_000);
  for (const v of VARIANTS) {
    it(v.name, () => {
      const planSteps = steps(v.title + grow(sample, SIZE), v.env);
      for (const s of planSteps) s.run(); // warm up
      const plan = planProfile(planSteps);
      const failures: string[] = [];
      for (const unit of RUNS) {
        for (const s of slowSteps(v.title + grow(unit, SIZE), planSteps, plan, v.env)) {
          failures.push(`“${show(unit)}” × ${SIZE}: ${s.step} ${s.run.toFixed(1)} ms, plan ${s.plan.toFixed(1)} ms, limit ${s.limit.toFixed(1)} ms`);
        }
      }
      assert.deepEqual(failures, [], 'runs slower per character than a plan');
    });
  }

  it('covers every ASCII punctuation mark and the listed character classes', () => {
    for (let c = 0x21; c < 0x7f; c++) {
      const ch = String.fromCharCode(c);
      if (!/[A-Za-z0-9]/.test(ch)) assert.ok(RUNS.includes(ch), `no run of “${ch}”`);
    }
    for (const ch of ['（', '）', '【', '】', '《', '》', '“', '”', '、', '，', '。', '；', '：', '一', ' ', '\u3000', '\n', '\t', '\0', '\ufffd', '\ud800', '\udc00']) {
      assert.ok(RUNS.includes(ch), `no run of “${show(ch)}”`);
    }
  });
});
