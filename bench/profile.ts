// `npm run bench -- --profile`: runs the full check of a plan under
// `node --cpu-prof` (bench/profile-child.ts, bundled like the CLI) and
// summarises the functions with the most self time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  function: string;
  location: string;
  selfPercent: number;
}

/**
 * For a line of an esbuild bundle, the source module it came from: esbuild
 * writes `// path/to/module.ts` before each module's code.
 */
function moduleLines(bundle: string): (line: number) => string {
  const marks: Array<[number, string]> = [];
  bundle.split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:server|bench|node_modules)\/\S+\.[cm]?[jt]s)$/.exec(l);
    if (m) marks.push([i + 1, m[1]]);
  });
  return (line) => {
    let lo = 0;
    let hi = marks.length - 1;
    let best = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid][0] <= line) {
        best = marks[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
}

/** Self time per function (summed over all its call sites), highest first. */
export function hotspots(file: string, top = 12, bundle?: string): Hotspot[] {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const moduleOf = bundle ? moduleLines(fs.readFileSync(bundle, 'utf8')) : undefined;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const dt = prof.timeDeltas[i] ?? 0;
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const name = f.functionName || '(anonymous)';
    const where = !f.url ? '' : moduleOf && f.url.endsWith('.cjs') ? moduleOf(f.lineNumber + 1) : path.basename(f.url);
    const key = `${name}\t${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => {
      const [fn, loc] = k.split('\t');
      return { function: fn, location: loc, selfPercent: (100 * v) / total };
    });
}

/** Profiles `size` in a child process; returns the hot spots and the profile file. */
export function profileSize(repoRoot: string, size: 'typical' | 'large' | 'huge', outDir: string): { file: string; hotspots: Hotspot[] } {
  fs.mkdirSync(outDir, { recursive: true });
  const before = new Set(fs.readdirSync(outDir));
  // The child runs the bundled code, as the CLI and the server do.
  const bundle = path.join(outDir, 'profile-child.cjs');
  buildSync({
    entryPoints: [path.join(repoRoot, 'bench', 'profile-child.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    // as in scripts/build.mjs: jsonc-parser's UMD main has requires esbuild cannot follow
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  });
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', outDir, bundle, size, repoRoot], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`profiling ${size} failed`);
  const file = fs.readdirSync(outDir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
  if (!file) throw new Error('no .cpuprofile written');
  return { file: path.join(outDir, file), hotspots: hotspots(path.join(outDir, file), 12, bundle) };
}
