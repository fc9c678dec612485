// `npm run bench`: every performance measure of issue "Performance" in one run.
// Inputs are generated from samples/ into a temporary folder; results are
// printed as a table and written to bench/results.json.
//
// Options: --quick (fewer repetitions), --profile (a --cpu-prof profile of the
// full check of each plan size, hot spots printed), --no-package (do not run
// `npm run package` to build the .vsix), --skip-lsp, --skip-cli,
// --server-node-arg=<option> (repeatable; extra node option for the server, for experiments),
// --no-server-exec-argv (start the server without the options the client gives it).
import { spawnSync } from 'node:child_process';
import { SERVER_EXEC_ARGV } from '../client/src/server-args';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from '../server/src/core/model/document';
import { resolveRules } from '../server/src/core/engine/config';
import { lintDocument } from '../server/src/core/engine/linter';
import { loadConfigFor } from '../server/src/node/config-loader';
import { workerCount } from '../server/src/cli/check-workers';
import { nodeHost } from '../server/src/node/host';
import { RULES } from '../server/src/rules';
import { PairedRun, pairedRuns, prepareTextlint } from './baselines';
import { measureSize, SizeResult } from './inproc';
import { countTargets, loadSamples, PlanPair, scaledPlan, typicalPlan } from './inputs';
import { LspResult, measureLsp } from './lsp';
import { profileSize, Hotspot } from './profile';
import { runNode } from './process';
import { median, summarize, timeSync, Timing } from './timing';
import { printReport, Target } from './report';
import { measureStressInChild, STRESS_LIMIT } from './stress';

const repoRoot = path.resolve(__dirname, '..');
const argv = new Set(process.argv.slice(2));
// The server is started with the node options the client starts it with (client/src/server-args.ts).
const serverNodeArgs = [
  ...(argv.has('--no-server-exec-argv') ? [] : SERVER_EXEC_ARGV),
  ...process.argv.slice(2).filter((a) => a.startsWith('--server-node-arg=')).map((a) => a.slice('--server-node-arg='.length)),
];
const quick = argv.has('--quick');

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    /** 1-minute load average when the run started: other processes disturb the figures. */
    loadAverage: os.loadavg()[0],
  };
}

/** Writes the generated plans where the CLI and the server can read them. */
function writeInputs(dir: string, pairs: PlanPair[], many: string[]) {
  const ref = path.join(dir, 'ref');
  fs.mkdirSync(ref, { recursive: true });
  const files: Record<string, string> = {};
  for (const p of pairs) {
    const d = path.join(dir, p.name);
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(ref, `municipal-${p.name}.txt`), p.municipal);
    // root: true keeps configs of folders above the temporary folder out of the measure
    fs.writeFileSync(path.join(d, '.fsplanrc.json'), JSON.stringify({ root: true, municipalPlan: `../ref/municipal-${p.name}.txt` }, null, 2));
    files[p.name] = path.join(d, 'plan.txt');
    fs.writeFileSync(files[p.name], p.district);
  }
  const manyDir = path.join(dir, 'many');
  fs.mkdirSync(manyDir, { recursive: true });
  fs.writeFileSync(path.join(manyDir, '.fsplanrc.json'), JSON.stringify({ root: true, municipalPlan: '../ref/municipal-typical.txt' }, null, 2));
  const manyFiles = many.map((text, i) => {
    const f = path.join(manyDir, `plan-${String(i).padStart(4, '0')}.txt`);
    fs.writeFileSync(f, text);
    return f;
  });
  return { files, manyDir, manyFiles };
}

/** Rules that read env.municipal during a full check of the typical plan. */
function municipalReaders(pair: PlanPair): string[] {
  const municipal = parseDocument(pair.municipal);
  const doc = parseDocument(pair.district);
  const out: string[] = [];
  for (const r of resolveRules(RULES, [])) {
    let read = false;
    const env = new Proxy({ municipal } as Record<string, unknown>, {
      get(t, k) {
        if (k === 'municipal') read = true;
        return t[k as string];
      },
    });
    lintDocument(doc, [r], env);
    if (read) out.push(r.rule.id);
  }
  return out;
}

/** How `check` ran: on the main thread, or with check workers (server/src/cli/check-workers.ts). */
function threadLabel(threads: number): string {
  return threads === 1 ? 'one thread' : `${threads} threads: ${threads - 1} check worker${threads > 2 ? 's' : ''}`;
}

async function cliMeasures(cliJs: string, files: Record<string, string>, manyDir: string, manyFiles: string[]) {
  const check = (target: string, peakRss = false) => runNode([cliJs, 'check', target], { cwd: repoRoot, peakRss });
  const ensureOk = (r: { code: number | null; stderr: string }, what: string) => {
    if (r.code !== 0 && r.code !== 1) throw new Error(`fsplan check ${what} exited with ${r.code}: ${r.stderr.trim().slice(0, 400)}`);
  };
  // 5 typical plans, whole process, paired with node -e 0 and textlint+prh in the same rounds
  process.stderr.write('CLI: paired baselines (textlint + prh installed into a scratch folder on first use)…\n');
  const five: PairedRun = await pairedRuns(cliJs, manyFiles.slice(0, 5), repoRoot, quick ? 5 : 15, prepareTextlint());
  // one typical file, whole process
  const one: number[] = [];
  for (let i = 0; i < (quick ? 5 : 15) + 2; i++) {
    const r = await check(files.typical);
    ensureOk(r, 'typical');
    if (i >= 2) one.push(r.ms);
  }
  // 1,000 typical files in one call, with peak memory
  const many: Array<{ ms: number; rss: number; cpuMs: number }> = [];
  for (let i = 0; i < (quick ? 1 : 3) + 1; i++) {
    const r = await check(manyDir, true);
    ensureOk(r, `${manyFiles.length} files`);
    if (i >= 1) many.push({ ms: r.ms, rss: r.maxRss ?? NaN, cpuMs: r.cpuMs ?? NaN });
  }
  // peak memory and time on the huge plan
  const huge: Array<{ ms: number; rss: number }> = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const r = await check(files.huge, true);
    ensureOk(r, 'huge');
    huge.push({ ms: r.ms, rss: r.maxRss ?? NaN });
  }
  const manyMedian = median(many.map((m) => m.ms));
  // what `check` chose for these runs (the same function decides in the CLI; the children run with this process's cores)
  const threadsFor = (files: number) => 1 + workerCount(files, undefined);
  return {
    five: { ...five, threads: threadsFor(5) },
    typicalFile: summarize(one),
    many: {
      files: manyFiles.length,
      threads: threadsFor(manyFiles.length),
      ms: manyMedian,
      filesPerSecond: (manyFiles.length * 1000) / manyMedian,
      cpuMs: median(many.map((m) => m.cpuMs)),
      peakRssMb: median(many.map((m) => m.rss)) / 2 ** 20,
    },
    huge: { ms: median(huge.map((h) => h.ms)), peakRssMb: median(huge.map((h) => h.rss)) / 2 ** 20 },
  };
}

/** Size of the bundles a .vsix would pack (before compression). */
function distKb(): Record<string, number> {
  const dir = path.join(repoRoot, 'dist');
  const out: Record<string, number> = {};
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) if (f.endsWith('.js')) out[f] = fs.statSync(path.join(dir, f)).size / 1024;
  return out;
}

function vsix(): { sizeKb?: number; file?: string; note: string; distKb: Record<string, number> } {
  const find = () =>
    fs
      .readdirSync(repoRoot)
      .filter((f) => f.endsWith('.vsix'))
      .map((f) => ({ f, st: fs.statSync(path.join(repoRoot, f)) }))
      .sort((a, b) => b.st.mtimeMs - a.st.mtimeMs)[0];
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  let note = '';
  if (pkg.scripts?.package && !argv.has('--no-package')) {
    const r = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000, encoding: 'utf8' });
    note = r.status === 0 ? 'built by npm run package' : `npm run package failed: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`;
  } else if (!pkg.scripts?.package) note = 'no `package` script';
  const v = find();
  if (!v) return { note: `not built (${note || 'no .vsix in the repository root'})`, distKb: distKb() };
  return { sizeKb: v.st.size / 1024, file: v.f, note: note || 'existing .vsix', distKb: distKb() };
}

async function main() {
  const t0 = Date.now();
  const samples = loadSamples(repoRoot);
  const typical = typicalPlan(samples);
  const large = scaledPlan(samples, 'large', 100_000);
  const huge = scaledPlan(samples, 'huge', 1_000_000);
  const pairs = [typical, large, huge];

  const inputs = pairs.map((p) => {
    const d = parseDocument(p.district);
    return { name: p.name, chars: p.district.length, items: d.clauses.length, notes: d.notes.length, targets: countTargets(p.district), municipalChars: p.municipal.length };
  });
  process.stderr.write(`inputs: ${inputs.map((i) => `${i.name} ${i.chars} chars, ${i.items} items, ${i.notes} notes, ${i.targets} targets`).join('; ')}\n`);

  // (1)(2) floor, parse, full check
  const sizes: SizeResult[] = [];
  for (const p of pairs) {
    process.stderr.write(`in-process: ${p.name}…\n`);
    sizes.push(measureSize(p, quick ? 11 : 31));
  }
  const base = sizes[0];
  // Growth of the cost per character relative to the typical plan, on the
  // median CPU time (waiting for a core on a shared machine does not count).
  const linearity = sizes.map((s) => ({
    name: s.name,
    floorGrowth: (s.floor.cpuMedian ?? NaN) / s.chars / ((base.floor.cpuMedian ?? NaN) / base.chars),
    parseGrowth: s.parsePerKCharCpu / base.parsePerKCharCpu,
    fullGrowth: s.fullPerKCharCpu / base.fullPerKCharCpu,
  }));
  const readers = municipalReaders(typical);
  process.stderr.write('hostile inputs…\n');
  const stress = measureStressInChild(repoRoot);

  const cliJs = path.join(repoRoot, 'dist', 'cli.js');
  const serverJs = path.join(repoRoot, 'dist', 'server.js');
  for (const f of [cliJs, serverJs]) if (!fs.existsSync(f)) throw new Error(`${path.relative(repoRoot, f)} is missing: run npm run build first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-bench-'));
  const manyCount = 1000;
  const many = Array.from({ length: manyCount }, (_, i) => typicalPlan(samples, i).district);
  const { files, manyDir, manyFiles } = writeInputs(dir, pairs, many);

  // What the hosts do per check besides linting: the config lookup (the server repeats it on every change).
  const configLookup: Timing = timeSync(() => loadConfigFor(nodeHost, files.typical), { samples: quick ? 11 : 31, warmupMs: 200 });

  let lsp: LspResult | undefined;
  let cli: Awaited<ReturnType<typeof cliMeasures>> | undefined;
  const errors: string[] = [];
  try {
    if (!argv.has('--skip-lsp')) {
      process.stderr.write('language server…\n');
      lsp = await measureLsp(repoRoot, serverJs, dir, {
        typical: { file: files.typical, text: typical.district },
        large: { file: files.large, text: large.district },
        many: manyFiles.slice(0, 50).map((f, i) => ({ file: f, text: many[i] })),
      }, quick, serverNodeArgs);
      if (lsp.error) errors.push(`language server: ${lsp.error}`);
    }
    if (!argv.has('--skip-cli')) {
      process.stderr.write('CLI…\n');
      cli = await cliMeasures(cliJs, files, manyDir, manyFiles);
    }
  } catch (e) {
    errors.push((e as Error).message);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write('vsix…\n');
  const pkg = vsix();

  let profiles: Record<string, { file: string; hotspots: Hotspot[] }> | undefined;
  if (argv.has('--profile')) {
    profiles = {};
    const outDir = path.join(repoRoot, 'bench', 'profiles');
    for (const size of ['typical', 'huge'] as const) {
      process.stderr.write(`profiling ${size}…\n`);
      const p = profileSize(repoRoot, size, outDir);
      profiles[size] = { file: path.relative(repoRoot, p.file), hotspots: p.hotspots };
    }
  }

  const [ty, , hu] = sizes;
  const edit = (size: string) => lsp?.edits.find((e) => e.size === size);
  // A debounced push includes the wait the server chooses; the figure held to the
  // target is the pull result when the server offers pull, else push minus the declared debounce.
  const debounceMs = lsp?.debounce?.defaultMs ?? 0;
  const editMs = (size: string) => {
    const e = edit(size);
    if (e?.pull) return e.pull.median;
    return e?.push ? e.push.median - debounceMs : undefined;
  };
  const editHow = lsp?.mode.includes('pull') ? ' (pull)' : debounceMs ? ` (push − ${debounceMs} ms debounce)` : '';
  const pushMs = (size: string) => {
    const e = edit(size);
    return e?.push ? e.push.median - debounceMs : undefined;
  };
  const five = cli?.five;
  const targets: Target[] = [
    { measure: `5 plans, whole process ÷ node -e 0 (same rounds${five ? `; ${threadLabel(five.threads)}` : ''})`, value: five?.vsNode.wall, unit: '×', target: '≤ 1.5 ×', met: (five?.vsNode.wall ?? Infinity) <= 1.5 },
    { measure: '5 plans, whole process ÷ textlint + prh (same rounds)', value: five?.vsTextlint?.wall, unit: '×', target: '≤ 0.2 ×', met: (five?.vsTextlint?.wall ?? Infinity) <= 0.2 },
    { measure: `1,000 typical plans in one call${cli ? ` (${threadLabel(cli.many.threads)})` : ''}`, value: cli?.many.filesPerSecond, unit: 'files/s', target: '≥ 500 files/s', met: (cli?.many.filesPerSecond ?? 0) >= 500 },
    { measure: 'full check, typical plan, in process, warm', value: ty.full.median, unit: 'ms', target: '≤ 0.5 ms', met: ty.full.median <= 0.5 },
    { measure: 'full check, ≈1 M characters', value: hu.full.median, unit: 'ms', target: '≤ 100 ms', met: hu.full.median <= 100 },
    { measure: 'cost per character, huge / typical', value: linearity[2].fullGrowth, unit: '×', target: '≤ 2 × (linear)', met: linearity.every((l) => l.fullGrowth <= 2) },
    { measure: 'hostile inputs: cost per character at 10× size', value: Math.max(...stress.map((x) => x.growth)), unit: '× (worst)', target: `≤ ${STRESS_LIMIT} × (no quadratic step)`, met: stress.every((x) => x.growth <= STRESS_LIMIT) },
    { measure: `didChange → diagnostics, typical${editHow}`, value: editMs('typical'), unit: 'ms', target: '≤ 20 ms (pull)', met: (editMs('typical') ?? Infinity) <= 20 },
    { measure: `didChange → diagnostics, typical, push${debounceMs ? ` − ${debounceMs} ms debounce` : ''}`, value: pushMs('typical'), unit: 'ms', target: '≤ 50 ms', met: (pushMs('typical') ?? Infinity) <= 50 },
    { measure: `CLI peak memory, 1,000 plans${cli ? ` (${threadLabel(cli.many.threads)})` : ''}`, value: cli?.many.peakRssMb, unit: 'MB', target: '≤ 150 MB', met: (cli?.many.peakRssMb ?? Infinity) <= 150 },
    { measure: 'server memory, 50 typical plans open', value: lsp?.memory.rssMbWithPlans, unit: 'MB', target: '≤ 100 MB', met: (lsp?.memory.rssMbWithPlans ?? Infinity) <= 100 },
    { measure: 'server start → initialized', value: lsp?.startToInitialized.median, unit: 'ms', target: '≤ 150 ms', met: (lsp?.startToInitialized.median ?? Infinity) <= 150 },
    { measure: '.vsix size', value: pkg.sizeKb, unit: 'KB', target: '≤ 500 KB', met: (pkg.sizeKb ?? Infinity) <= 500 },
  ];

  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' });
  const results = {
    date: new Date().toISOString(),
    commit: git.status === 0 ? git.stdout.trim() : undefined,
    quick,
    machine: machine(),
    rules: RULES.map((r) => r.id),
    municipalReaders: readers,
    inputs,
    inProcess: sizes,
    linearity,
    stress,
    configLookup,
    lsp,
    cli,
    vsix: pkg,
    profiles,
    targets,
    errors,
    seconds: (Date.now() - t0) / 1000,
  };
  fs.writeFileSync(path.join(repoRoot, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  printReport(results);
  if (errors.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 2;
});
