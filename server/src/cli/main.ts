// fsplan command line: argv, files and stdout live here and nowhere else.
// The same bundle is a check worker when started as one (check-workers.ts).
import * as path from 'node:path';
import { CHECK_WORKER_FLAG, runCheckWorker } from './check-workers';
import { run } from './run';

function main(): void {
  // `fsplan check … | head` closes the pipe early: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }

  run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    // process.stdin creates a stream when first read: only for `-` (the plan on standard input)
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    // the executable (the code-cache loader next to this bundle) starts the check workers
    workerScript: path.join(__dirname, 'cli.js'),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`fsplan：内部错误：${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

// node:worker_threads is loaded only to confirm a worker: a plain run does not pay for it
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (process.argv[2] === CHECK_WORKER_FLAG && !(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread) runCheckWorker();
else main();
