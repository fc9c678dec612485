// Starts the engine's worker thread (dist/engine.js). Its own small module so
// that server.ts can start it right after answering initialize, before the
// LSP library is loaded: the engine boots (its bundle, the rules, the
// schemas) on the other core while the connection's side loads, and the
// first plan's check does not wait for both in turn. engine.ts adopts it.
import { Worker } from 'node:worker_threads';

/** Young generation (MB) of the worker for plans below BIG_PLAN; docs/performance.md has the measurements. */
export const SMALL_WORKER_YOUNG_MB = 16;

export function startEngineThread(script: string, youngMb = SMALL_WORKER_YOUNG_MB): Worker {
  // stdout: true keeps the worker's output off the server's stdout (the protocol stream with --stdio)
  const w = new Worker(script, { workerData: { fsplanEngine: true }, stdout: true, resourceLimits: { maxYoungGenerationSizeMb: youngMb } });
  w.unref();
  return w;
}
