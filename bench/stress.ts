// Hostile inputs for the "no quadratic step" invariant: each is parsed and
// checked by every rule (default settings, no municipal plan) at two sizes,
// 10× apart. A quadratic step shows as about 10× growth of the cost per
// character; growth is flagged above STRESS_LIMIT (3×), which leaves room for
// the noise of a shared machine and for GC but not for a quadratic step.
//
// They run in a child node with a young generation large enough for both
// sizes (--max-semi-space-size=64): otherwise the bigger model outgrowing the
// young generation adds a GC step of 2–4× that says nothing about the
// algorithms (the typical/large/huge figures keep node's default heap).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { resolveRules } from '../server/src/core/engine/config';
import { parseDocument } from '../server/src/core/model/document';
import { lintDocument } from '../server/src/core/engine/linter';
import { RULES } from '../server/src/rules';
import { timeSync } from './timing';

export const STRESS_LIMIT = 3;

export const STRESS_INPUTS: Record<string, { what: string; make: (chars: number) => string }> = {
  'no-headings': {
    what: 'a plan without headings: every paragraph is preamble',
    make: (n) => {
      const out: string[] = [];
      for (let i = 0, size = 0; size < n; i++) {
        const p = `第${i}项工作${'文'.repeat(i % 37)}。（区市场监管局负责）`;
        out.push(p);
        size += p.length + 2;
      }
      return out.join('\n\n');
    },
  },
  'unclosed-brackets': {
    what: 'one line of unclosed brackets with department names',
    make: (n) => '加强监管' + '（区市场监管局'.repeat(Math.ceil(n / 7)),
  },
  'nested-brackets': {
    what: 'deeply nested brackets that are no notes',
    make: (n) => '说明' + '（文'.repeat(Math.ceil(n / 4)) + '）'.repeat(Math.ceil(n / 4)),
  },
  'long-space-run': {
    what: 'one line with a long run of spaces between two words',
    make: (n) => 'ISO' + ' '.repeat(n) + '9001',
  },
  'one-long-line': {
    what: 'a whole plan on one line (no line breaks)',
    make: (n) => {
      let s = '';
      for (let i = 1; s.length < n; i++) s += `${i}.加强监管。完善工作机制，抽检合格率达到98%。（区市场监管局负责）`;
      return s;
    },
  },
  'values-in-one-part': {
    what: 'one comma part holding thousands of quantified targets',
    make: (n) => `1.加强监管。全市${'抽检合格率达到90%'.repeat(Math.ceil(n / 10))}（区市场监管局负责）`,
  },
  'per-10k-in-one-part': {
    what: 'one comma part repeating a staff ratio (每万人…名) thousands of times',
    make: (n) => `1.加强监管。协管员${'每万人1名'.repeat(Math.ceil(n / 5))}（区市场监管局负责）`,
  },
  'years-in-one-sentence': {
    what: 'one sentence holding thousands of years',
    make: (n) => `红桥区2024年食品安全监督管理计划\n\n1.加强监管。${'2023年'.repeat(Math.ceil(n / 5))}（区市场监管局负责）`,
  },
};

export interface StressResult {
  name: string;
  what: string;
  smallChars: number;
  bigChars: number;
  /** Median CPU time per full check (parse and every rule). */
  smallMs: number;
  bigMs: number;
  /** (bigMs / bigChars) / (smallMs / smallChars) */
  growth: number;
}

/** Runs measureStress in a child node (see the top of this file). */
export function measureStressInChild(repoRoot: string): StressResult[] {
  const r = spawnSync(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', path.join(repoRoot, 'bench', 'stress.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`hostile inputs failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as StressResult[];
}

export function measureStress(small = 20_000, big = 200_000): StressResult[] {
  const out: StressResult[] = [];
  const rules = resolveRules(RULES, []);
  const check = (text: string) => lintDocument(parseDocument(text), rules, {});
  for (const [name, s] of Object.entries(STRESS_INPUTS)) {
    const a = s.make(small);
    const b = s.make(big);
    // Samples of both sizes last about as long (≥ 40 ms), so that other processes disturb them alike.
    const ta = timeSync(() => check(a), { samples: 15, warmupMs: 200, minSampleMs: 40 });
    const tb = timeSync(() => check(b), { samples: 11, warmupMs: 300, minSampleMs: 40 });
    const ca = ta.cpuMedian ?? ta.min;
    const cb = tb.cpuMedian ?? tb.min;
    out.push({ name, what: s.what, smallChars: a.length, bigChars: b.length, smallMs: ca, bigMs: cb, growth: cb / b.length / (ca / a.length) });
  }
  return out;
}

if (require.main === module) process.stdout.write(JSON.stringify(measureStress()));
