// Child processes: wall time, peak memory (via bench/rss-probe.cjs) and the
// resident size of a running process.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface RunResult {
  ms: number;
  code: number | null;
  stderr: string;
  /** Peak resident set size in bytes, when measured. */
  maxRss?: number;
  /**
   * CPU time of the child (user + system, all threads) in milliseconds, when
   * measured: unlike wall time it does not count waiting for a core, so it
   * stays comparable on a loaded machine.
   */
  cpuMs?: number;
}

/**
 * Runs `node <args>` to completion and times it, stdout drained and discarded.
 * With `peakRss`, a preloaded probe records process.resourceUsage() (peak memory
 * and CPU time) at exit.
 */
export function runNode(args: string[], opts: { cwd: string; peakRss?: boolean }): Promise<RunResult> {
  let probeOut: string | undefined;
  const pre: string[] = [];
  if (opts.peakRss) {
    probeOut = path.join(os.tmpdir(), `fsplan-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
    pre.push('--require', path.join(__dirname, 'rss-probe.cjs'));
  }
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [...pre, ...args], {
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: probeOut ? { ...process.env, FSPLAN_BENCH_RSS_OUT: probeOut } : process.env,
    });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t;
      let maxRss: number | undefined;
      let cpuMs: number | undefined;
      if (probeOut && fs.existsSync(probeOut)) {
        const [rssKb, cpuMicros] = fs.readFileSync(probeOut, 'utf8').split(' ').map(Number);
        maxRss = rssKb * 1024; // resourceUsage reports kilobytes
        cpuMs = cpuMicros / 1000;
        fs.rmSync(probeOut, { force: true });
      }
      resolve({ ms, code, stderr, maxRss, cpuMs });
    });
  });
}

/** Resident set size of a running process in bytes (Linux /proc, else ps). */
export function rssOf(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux: fall back to ps
  }
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return out ? Number(out) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
