// npm run gen:screenshot — renders the report of the sample district plan in
// headless Chromium and saves docs/images/report.png (the screenshot the
// README and docs/cli.md show). The time shown is fixed (SOURCE_DATE_EPOCH),
// so the picture only changes when the report does.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../server/src/cli/run';
import { CHROMIUM_MISSING, findChromium, launch, openFile } from '../test/support/chromium';

const root = path.join(__dirname, '..');
const target = path.join(root, 'docs', 'images', 'report.png');

async function main(): Promise<void> {
  const exe = findChromium();
  if (!exe) throw new Error(CHROMIUM_MISSING);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-shot-'));
  const out = path.join(dir, 'report.html');
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (d) => (err += d));
  await run(['report', 'samples/河北区2025年食品安全监督管理计划.txt', '--out', out], {
    cwd: root,
    stdout: new PassThrough(),
    stderr,
    stdin: new PassThrough(),
    env: { SOURCE_DATE_EPOCH: '1752624000' },
  });
  if (!fs.existsSync(out)) throw new Error(err);
  const browser = await launch(exe, { width: 1100, height: 900 });
  try {
    const { page, url, problems } = await openFile(browser, out);
    if (problems.length || browser.requests.some((r) => r !== url)) throw new Error(`unexpected: ${[...problems, ...browser.requests].join('\n')}`);
    const tmp = `${target}.tmp.png`;
    await page.screenshot({ path: tmp, fullPage: true });
    fs.renameSync(tmp, target);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${path.relative(root, target)}: updated`);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
