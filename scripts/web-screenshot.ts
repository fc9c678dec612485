// npm run gen:web-screenshot — opens dist/fsplan-web.html (npm run build
// first) in headless Chromium, loads the sample district plan with its
// municipal plan, selects a finding and saves docs/images/web.png (the
// screenshot the README and docs/web.md show).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHROMIUM_MISSING, findChromium, launch, openFile } from '../test/support/chromium';

const root = path.join(__dirname, '..');
const target = path.join(root, 'docs', 'images', 'web.png');
const samples = path.join(root, 'samples');

async function main(): Promise<void> {
  const exe = findChromium();
  if (!exe) throw new Error(CHROMIUM_MISSING);
  const pageFile = path.join(root, 'dist', 'fsplan-web.html');
  if (!fs.existsSync(pageFile)) throw new Error('dist/fsplan-web.html is missing: run npm run build first');
  const browser = await launch(exe, { width: 1280, height: 860 });
  try {
    const { page, problems } = await openFile(browser, pageFile);
    await page.waitForSelector('html[data-ready="true"]');
    const chooser = page.waitForEvent('filechooser');
    await page.click('#municipal-open');
    await (await chooser).setFiles(path.join(samples, '天津市2025年食品安全监督管理计划.txt'));
    await page.fill('#plan-input', fs.readFileSync(path.join(samples, '河北区2025年食品安全监督管理计划.txt'), 'utf8'));
    await page.click('#check');
    await page.locator('#findings button.finding', { hasText: 'numbering/sequence' }).first().click();
    if (problems.length || browser.requests.some((r) => !r.startsWith('file:'))) throw new Error(`unexpected: ${[...problems, ...browser.requests].join('\n')}`);
    const tmp = `${target}.tmp.png`;
    await page.screenshot({ path: tmp });
    fs.renameSync(tmp, target);
  } finally {
    await browser.close();
  }
  console.log(`${path.relative(root, target)}: updated`);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
