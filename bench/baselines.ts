// Paired baselines: absolute times on a shared machine vary by 2–3×, so every
// whole-process figure is reported as a ratio against programs run in the same
// loop, one after the other: an empty `node -e 0`, and textlint with
// textlint-rule-prh (a proofreading linter a drafting office might otherwise
// use) on the same files. textlint is installed into a scratch folder outside
// the repository at bench time; when that is not possible the table says so.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runNode, RunResult } from './process';
import { median } from './timing';

/** Versions installed for the baseline (pinned, so runs compare). */
const TEXTLINT = ['textlint@15', 'textlint-rule-prh@6'];

/** A small prh dictionary in the style of a proofreading office: wrong form → right form. */
const PRH_RULES: Array<[string, string]> = [
  ['其它', '其他'],
  ['布署', '部署'],
  ['按装', '安装'],
  ['既使', '即使'],
  ['帐户', '账户'],
  ['截止到', '截至'],
  ['食品安全委员会办', '食品安全委员会办公室'],
  ['市场监督局', '市场监管局'],
  ['卫建委', '卫健委'],
  ['发改局', '发展改革局'],
  ['城管委', '城市管理委'],
  ['工信局', '工业和信息化局'],
  ['按职责分工负则', '按职责分工负责'],
  ['牵投', '牵头'],
  ['抽捡', '抽检'],
  ['合格律', '合格率'],
  ['复盖率', '覆盖率'],
  ['监督管里', '监督管理'],
  ['食品安权', '食品安全'],
  ['全面贯撤', '全面贯彻'],
];

export interface TextlintBaseline {
  /** node arguments that run textlint on files appended to them; undefined when unavailable. */
  args?: (files: string[]) => string[];
  cwd: string;
  version?: string;
  note: string;
}

/** Installs textlint + prh into a cached scratch folder (once per machine) and writes its config. */
export function prepareTextlint(): TextlintBaseline {
  const dir = path.join(os.tmpdir(), 'fsplan-bench-textlint');
  const bin = path.join(dir, 'node_modules', 'textlint', 'bin', 'textlint.js');
  if (!fs.existsSync(bin)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'fsplan-bench-textlint', private: true }));
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...TEXTLINT], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0 || !fs.existsSync(bin)) {
      return { cwd: dir, note: `textlint could not be installed (${(r.stderr || r.error?.message || '').trim().split('\n').slice(-1)[0] || 'no npm registry'})` };
    }
  }
  const yml = ['version: 1', 'rules:', ...PRH_RULES.flatMap(([wrong, right]) => [`  - expected: ${right}`, `    pattern: ${wrong}`])].join('\n') + '\n';
  fs.writeFileSync(path.join(dir, 'prh.yml'), yml);
  fs.writeFileSync(path.join(dir, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: ['./prh.yml'] } } }));
  const version = (JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'textlint', 'package.json'), 'utf8')) as { version: string }).version;
  return { cwd: dir, version, args: (files) => [bin, '--config', path.join(dir, '.textlintrc.json'), ...files], note: `textlint ${version} + textlint-rule-prh (${PRH_RULES.length} entries)` };
}

export interface PairedRun {
  /** Median wall and CPU time of each program over the same rounds. */
  fsplan: { wallMs: number; cpuMs: number };
  node: { wallMs: number; cpuMs: number };
  textlint?: { wallMs: number; cpuMs: number };
  rounds: number;
  /** fsplan ÷ baseline, per round, then the median: each round's programs ran back to back under the same load. */
  vsNode: { wall: number; cpu: number };
  vsTextlint?: { wall: number; cpu: number };
  textlintNote: string;
}

function ok(r: RunResult, what: string): RunResult {
  if (r.code !== 0 && r.code !== 1) throw new Error(`${what} exited with ${r.code}: ${r.stderr.trim().slice(0, 300)}`);
  return r;
}

/**
 * Runs `fsplan check files`, `node -e 0` and textlint on the same files in
 * rounds, interleaved, and reports medians and per-round ratios.
 */
export async function pairedRuns(cliJs: string, files: string[], cwd: string, rounds: number, textlint: TextlintBaseline): Promise<PairedRun> {
  const f: RunResult[] = [];
  const n: RunResult[] = [];
  const t: RunResult[] = [];
  for (let i = 0; i < rounds + 1; i++) {
    const a = ok(await runNode([cliJs, 'check', ...files], { cwd, peakRss: true }), 'fsplan check');
    const b = ok(await runNode(['-e', '0'], { cwd, peakRss: true }), 'node -e 0');
    const c = textlint.args ? ok(await runNode(textlint.args(files), { cwd: textlint.cwd, peakRss: true }), 'textlint') : undefined;
    if (i === 0) continue; // warm-up round (disk cache)
    f.push(a);
    n.push(b);
    if (c) t.push(c);
  }
  const summary = (rs: RunResult[]) => ({ wallMs: median(rs.map((r) => r.ms)), cpuMs: median(rs.map((r) => r.cpuMs ?? NaN)) });
  const ratio = (base: RunResult[]) => ({
    wall: median(f.map((r, i) => r.ms / base[i].ms)),
    cpu: median(f.map((r, i) => (r.cpuMs ?? NaN) / (base[i].cpuMs ?? NaN))),
  });
  return {
    fsplan: summary(f),
    node: summary(n),
    textlint: t.length ? summary(t) : undefined,
    rounds,
    vsNode: ratio(n),
    vsTextlint: t.length ? ratio(t) : undefined,
    textlintNote: textlint.note,
  };
}
