// npm run demo: checks the bundled sample plans and compares the district
// sample with its municipal plan. The samples carry deliberate mistakes, so
// fsplan's exit code 1 ("errors found") is the expected result here; only a
// failure to run (exit code 2 or a crash) fails the demo.
import { spawnSync } from 'node:child_process';

const run = (args) => {
  process.stdout.write(`\n$ fsplan ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' });
  if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 2);
};

run(['check', 'samples/']);
run(['compare', 'samples/']);
process.stdout.write('\n示例计划中的问题是有意保留的，用来演示各项检查。修复：npx fsplan check samples/ --fix-dry-run\n');
