// fsplan command line: argv, files and stdout live here and nowhere else.
import { run } from './run';

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), stdin: process.stdin, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`fsplan：内部错误：${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
