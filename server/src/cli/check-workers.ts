// `fsplan check --threads N`: worker threads check the files (check-file.ts,
// the same function as on the main thread: read, parse, lint, baseline, and
// the file's output in the chosen format) while the main thread only writes
// the output in file order. The main thread replays the steps of file i only
// after those of file i - 1, so the output is byte-identical to a run on one
// thread, whatever order the workers finish in.
//
// What pays (measured, docs/performance.md): on the two-core machine of the
// benchmark, one thread. A worker loads and warms up the checking code on its
// own, and one thread already keeps about 1.4 cores busy with V8's own
// threads: paired on 1,000 plans, one worker cost 1.3 x the wall time and
// 1.4 x the peak memory of the main thread alone. So workers start only when
// asked for: `--threads N` asks for N threads (N - 1 workers, their young
// generation capped through resourceLimits); `--threads 1` or no option
// checks on the main thread.
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { checkFile, FileContext, FileStep, Recorded } from './check-file';
import { isExpectedError, UsageError } from './errors';
import type { CheckOptions } from './options';

/** process.argv[2] of a check worker (dist/cli.js started as a worker thread). */
export const CHECK_WORKER_FLAG = '--fsplan-check-worker';

/** Files sent to a worker ahead of the one the output waits for (bounds what is held in memory). */
const QUEUE_PER_WORKER = 8;
/** Young generation of a worker in MB (semi-spaces of 2 MB): less garbage kept between scavenges. */
const WORKER_YOUNG_MB = 6;

/**
 * How many worker threads check `files` files: `threads` is --threads (the
 * number of threads, the main one included); none unless asked for.
 */
export function workerCount(files: number, threads: number | undefined): number {
  return threads === undefined ? 0 : Math.min(threads - 1, files);
}

interface WorkerInit {
  opts: CheckOptions;
  cwd: string;
}

type ToWorker = { i: number; file: string; recorded: Recorded };
type FromWorker = { i: number; steps: FileStep[] } | { i: number; error: { message: string; stack?: string; expected: boolean } };

/** An error thrown while checking a file on a worker, rethrown on the main thread with the same message. */
class WorkerFileError extends Error {
  constructor(
    message: string,
    readonly expected: boolean,
    stack?: string,
  ) {
    super(message);
    if (stack) this.stack = stack;
  }
}

/**
 * Checks `files` on `count` workers started from `script` (dist/cli.js),
 * calling `replay(i, steps)` for every file in order (`steps()` gives
 * the file's steps, or throws the error its check threw). A worker that dies
 * leaves its files to the main thread (`local`). Rejects with the error of the
 * first file whose check threw (after replaying the files before it).
 */
export function checkOnWorkers(
  script: string,
  count: number,
  files: readonly string[],
  ctx: FileContext,
  recordedOf: (file: string) => Recorded,
  replay: (i: number, steps: () => FileStep[]) => void,
): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const init: WorkerInit = { opts: ctx.opts, cwd: ctx.cwd };
  return new Promise<void>((resolve, reject) => {
    const done = new Map<number, FileStep[] | WorkerFileError>();
    const owner = new Map<number, Worker>();
    const pending = new Map<Worker, number>();
    const local = new Set<number>();
    const workers: Worker[] = [];
    let next = 0; // next file to send
    let replayed = 0; // next file to replay
    let finished = false;
    // the first file of each config folder is checked before any later one is sent:
    // a config or municipal plan that ends the run ends it at the same file as on one thread
    const configKey = (f: string) => (ctx.opts.config ? '' : path.dirname(f));
    const seen = new Set<string>();
    let barrier = -1;

    const finish = (e?: unknown) => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (e === undefined) resolve();
      else reject(e);
    };
    const send = () => {
      if (finished) return;
      while (next < files.length && (barrier < 0 || replayed > barrier)) {
        const key = configKey(files[next]);
        const first = !seen.has(key);
        if (first && next > replayed) return; // wait until everything before it is replayed
        const w = idlest();
        if (!w) {
          // no worker left: the rest runs here
          local.add(next++);
          continue;
        }
        if ((pending.get(w) ?? 0) >= QUEUE_PER_WORKER) return;
        if (first) {
          seen.add(key);
          barrier = next;
        }
        owner.set(next, w);
        pending.set(w, (pending.get(w) ?? 0) + 1);
        w.postMessage({ i: next, file: files[next], recorded: recordedOf(files[next]) } satisfies ToWorker);
        next++;
      }
    };
    const idlest = (): Worker | undefined => {
      let best: Worker | undefined;
      for (const w of workers) if (!best || (pending.get(w) ?? 0) < (pending.get(best) ?? 0)) best = w;
      return best;
    };
    const drain = () => {
      if (finished) return;
      try {
        for (;;) {
          if (replayed >= files.length) return finish();
          const i = replayed;
          const got = done.get(i);
          if (got === undefined && !local.has(i)) {
            send();
            // with no worker left, send() hands the rest to this thread
            if (local.has(i)) continue;
            return;
          }
          done.delete(i);
          local.delete(i);
          replay(i, () => {
            if (got === undefined) return checkFile(files[i], ctx, recordedOf(files[i]));
            if (got instanceof WorkerFileError) throw got.expected ? expectedError(got.message) : got;
            return got;
          });
          replayed++;
        }
      } catch (e) {
        finish(e);
      }
    };
    const lost = (w: Worker) => {
      const i = workers.indexOf(w);
      if (i < 0) return;
      workers.splice(i, 1);
      pending.delete(w);
      for (const [file, o] of owner) if (o === w && !done.has(file)) local.add(file);
      drain();
    };
    for (let n = 0; n < count; n++) {
      const w = new Worker(script, {
        argv: [CHECK_WORKER_FLAG],
        workerData: init,
        stdout: true,
        stderr: true,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      });
      w.on('message', (m: FromWorker) => {
        owner.delete(m.i);
        pending.set(w, (pending.get(w) ?? 1) - 1);
        if ('error' in m) done.set(m.i, new WorkerFileError(m.error.message, m.error.expected, m.error.stack));
        else done.set(m.i, m.steps);
        drain();
      });
      w.stdout.resume();
      w.stderr.resume();
      w.on('error', () => lost(w));
      w.on('exit', () => lost(w));
      workers.push(w);
    }
    drain();
  });
}

/** An expected error from a worker (ConfigError, MunicipalError…), reported like its own: one line, exit 2. */
function expectedError(message: string): Error {
  return new UsageError(message);
}

/** The worker's side: check the files it is sent, one at a time. */
export function runCheckWorker(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (!parentPort) return;
  const init = workerData as WorkerInit;
  const ctx: FileContext = { opts: init.opts, cwd: init.cwd, configs: new Map() };
  parentPort.on('message', ({ i, file, recorded }: ToWorker) => {
    let reply: FromWorker;
    try {
      reply = { i, steps: checkFile(file, ctx, recorded) };
    } catch (e) {
      const err = e as Error;
      reply = { i, error: { message: err?.message ?? String(e), stack: err?.stack, expected: isExpectedError(e) } };
    }
    parentPort.postMessage(reply);
  });
}
