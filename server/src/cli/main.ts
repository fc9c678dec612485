// fsplan command line: argv, files and stdout live here and nowhere else.
import { run } from './run';

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
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`fsplan：内部错误：${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
