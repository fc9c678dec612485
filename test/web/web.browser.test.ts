// dist/fsplan-web.html in headless Chromium, opened from file://: the same
// findings and the same --fix output as the CLI on every sample, pasting,
// dropping a .docx, picking a GB18030 file, the comparison chart, settings
// kept in localStorage, keyboard navigation, 200 % zoom, and no request
// leaving the page. Skips (with a message) when Chromium is not installed;
// the size and CSP checks run without it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { Browser, CHROMIUM_MISSING, dropFile, findChromium, launch, openFile, OpenedPage } from '../support/chromium';
import { docxFromText } from '../support/docx';
import { cli, JsonFile, parseJson, repoRoot, tempDir } from '../cli/support';

const pageFile = path.join(repoRoot, 'dist', 'fsplan-web.html');
const samplesDir = path.join(repoRoot, 'samples');
const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
const municipalName = samples.find((f) => f.startsWith('天津市'))!;
const districtName = samples.find((f) => f.startsWith('河北区'))!;
const read = (f: string) => fs.readFileSync(path.join(samplesDir, f), 'utf8');

type Message = JsonFile['messages'][number];
/** The JSON fields the page and the CLI share (filePath differs: a name, not a path). */
const comparable = (ms: readonly Message[]) => ms.map((m) => JSON.stringify(m));

function built(): string {
  assert.ok(fs.existsSync(pageFile), 'dist/fsplan-web.html is missing: run npm run build first');
  return fs.readFileSync(pageFile, 'utf8');
}

describe('web page: one self-contained file', () => {
  it('is at most 1.5 MB', () => {
    const size = fs.statSync((built(), pageFile)).size;
    assert.ok(size <= 1.5 * 1024 * 1024, `dist/fsplan-web.html is ${size} bytes`);
  });

  it('loads nothing from outside: inline script and style only, and a CSP that forbids every fetch', () => {
    const html = built();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta');
    const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.match(directives.get('script-src')!.join(' '), /^'sha256-[A-Za-z0-9+/=]+'$/);
    assert.match(directives.get('style-src')!.join(' '), /^'sha256-[A-Za-z0-9+/=]+'$/);
    for (const k of ['connect-src', 'font-src', 'frame-src', 'worker-src', 'manifest-src', 'media-src', 'object-src']) assert.ok(!directives.has(k), `${k} falls back to 'none'`);
    assert.equal((html.match(/<script\b/gi) ?? []).length, 1);
    const markup = html.replace(/<script>[\s\S]*<\/script>/, '');
    assert.ok(!/\ssrc=|<link\b|<iframe|<object|<embed|\shref="(?!#)/i.test(markup), 'no external script, stylesheet, frame or link in the markup');
    const css = /<style>([\s\S]*?)<\/style>/.exec(markup)![1];
    assert.ok(!/@import|@font-face|url\(\s*['"]?(?!data:)/i.test(css), 'no stylesheet, font or image loaded by the CSS');
  });
});

describe('web page in headless Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let opened: OpenedPage;
  let page: Page;
  const cliJson = new Map<string, JsonFile>();
  const cliFixed = new Map<string, string>();

  before(async function () {
    const exe = findChromium();
    if (!exe) {
      process.stdout.write(`      ${CHROMIUM_MISSING}\n`);
      this.skip();
    }
    built();
    // what the CLI says: samples/ checked as a folder (the district plan finds the municipal one by its cited title)
    const r = await cli(['check', '--format', 'json', 'samples/'], { cwd: repoRoot });
    for (const f of parseJson(r.stdout)) cliJson.set(path.basename(f.filePath), f);
    const dir = tempDir(Object.fromEntries(samples.map((f) => [f, fs.readFileSync(path.join(samplesDir, f))])));
    await cli(['check', '--fix', '--format', 'json', '.'], { cwd: dir });
    for (const f of samples) cliFixed.set(f, fs.readFileSync(path.join(dir, f), 'utf8'));
    browser = await launch(exe!);
    opened = await openFile(browser, pageFile);
    page = opened.page;
    await page.waitForSelector('html[data-ready="true"]');
  });
  after(async () => {
    await browser?.close();
  });

  const municipalFor = (name: string) => (name === districtName ? read(municipalName) : undefined);

  it('window.fsplan.check gives exactly the CLI JSON findings on every sample', async () => {
    assert.ok(samples.length >= 2);
    assert.ok(cliJson.get(districtName)!.messages.length > 0, 'the district sample has findings');
    for (const name of samples) {
      const got = await page.evaluate(([text, fileName, municipal]) => (globalThis as unknown as { fsplan: FsplanApi }).fsplan.check(text!, { fileName: fileName!, municipal }), [read(name), name, municipalFor(name)] as const);
      const want = cliJson.get(name)!;
      assert.equal(got.length, 1);
      assert.equal(got[0].filePath, name);
      assert.deepEqual(comparable(got[0].messages as Message[]), comparable(want.messages), name);
      const { filePath: _a, messages: _m, ...gotCounts } = got[0];
      const { filePath: _b, messages: _n, ...wantCounts } = want as JsonFile & Record<string, unknown>;
      assert.deepEqual(gotCounts, wantCounts, `${name}: counts`);
    }
  });

  it('window.fsplan.fix gives the CLI --fix output on every sample', async () => {
    for (const name of samples) {
      const got = await page.evaluate(([text, municipal]) => (globalThis as unknown as { fsplan: FsplanApi }).fsplan.fix(text!, { municipal }), [read(name), municipalFor(name)] as const);
      assert.equal(got, cliFixed.get(name), name);
    }
    assert.notEqual(cliFixed.get(districtName), read(districtName), 'the CLI fixed something');
  });

  async function paste(text: string): Promise<void> {
    await page.click('#mode-edit');
    await page.fill('#plan-input', text);
    await page.click('#check');
  }

  async function pickMunicipal(): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await page.click('#municipal-open');
    await (await chooser).setFiles(path.join(samplesDir, municipalName));
    await page.locator('#municipal-name', { hasText: '天津市2025年' }).waitFor();
  }

  async function removeMunicipal(): Promise<void> {
    if (await page.locator('#municipal-remove').isVisible()) await page.click('#municipal-remove');
  }

  it('pasting a sample lists the CLI findings beside the highlighted text; all safe fixes give the --fix output', async () => {
    for (const name of samples) {
      // the CLI compares the district plan with the municipal plan it cites, and a municipal plan with nothing
      if (name === districtName) await pickMunicipal();
      else await removeMunicipal();
      await paste(read(name));
      const want = cliJson.get(name)!.messages;
      const items = page.locator('#findings button.finding');
      assert.equal(await items.count(), want.length, name);
      const messages = await page.locator('#findings button.finding .message').allTextContents();
      assert.deepEqual(messages, want.map((m) => m.message));
      // every finding is marked in the text
      for (let i = 0; i < want.length; i++) assert.ok(await page.locator(`#plan-view #hl-${i}, #plan-view [data-first~="${i}"]`).count(), `finding ${i} is highlighted`);
      if (cliFixed.get(name) === read(name)) {
        assert.ok(await page.locator('#fix-all').isDisabled(), `${name}: nothing to fix`);
        continue;
      }
      await page.click('#fix-all');
      assert.equal(await page.inputValue('#plan-input'), cliFixed.get(name));
      await page.click('#undo');
      assert.equal(await page.inputValue('#plan-input'), read(name));
    }
  });

  it('with the municipal plan picked: the CLI findings, the comparison table and the report chart', async () => {
    await pickMunicipal();
    await paste(read(districtName));
    const want = cliJson.get(districtName)!.messages;
    assert.deepEqual(await page.locator('#findings button.finding .message').allTextContents(), want.map((m) => m.message));
    const chart = page.locator('#compare-body svg.chart');
    await chart.waitFor({ state: 'visible' });
    assert.equal(await chart.locator('g.row.below').count(), 1);
    assert.equal(await page.locator('#compare-body table.compare tr.below td.status').textContent(), '低于市级');
    await page.click('#fix-all');
    assert.equal(await page.inputValue('#plan-input'), cliFixed.get(districtName));
  });

  const focusedIndex = () => page.evaluate<string | null>('document.activeElement && document.activeElement.getAttribute("data-index")');

  it('downloads the same HTML report as fsplan report, and prints it', async () => {
    await pickMunicipal();
    await paste(read(districtName));
    const download = page.waitForEvent('download');
    await page.click('#download-report');
    const file = await (await download).path();
    const html = fs.readFileSync(file, 'utf8');
    assert.match(html, /<title>河北区2025年食品安全监督管理计划 · 计划草稿检查报告<\/title>/);
    assert.match(html, /在网页中选择/);
    assert.ok(!/<script/i.test(html), 'the report has no script');
    // the print view is the report's page; the app is hidden on paper
    await page.evaluate('window.print = () => {}');
    await page.click('#print');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('#print-root section.plan svg.chart').isVisible());
    assert.ok(!(await page.locator('.app').isVisible()));
    await page.emulateMedia({ media: 'screen' });
  });

  it('clicking a finding scrolls to its highlight and shows the rule doc; arrows move through the findings with visible focus', async () => {
    await paste(read(districtName));
    const items = page.locator('#findings button.finding');
    const last = (await items.count()) - 1;
    await items.nth(last).click();
    const mark = page.locator('#plan-view .current').first();
    await mark.waitFor();
    assert.ok(await mark.isVisible());
    const inView = await mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      const v = m.closest('#plan-view')!.getBoundingClientRect();
      return r.top >= v.top && r.bottom <= v.bottom;
    });
    assert.ok(inView, 'the highlight is scrolled into view');
    const ruleId = (await items.nth(last).locator('.rule').textContent())!;
    assert.match((await page.locator('#rule-doc').textContent())!, new RegExp(`规则说明：${ruleId}[\\s\\S]*检查什么[\\s\\S]*为什么`));
    await items.first().focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedIndex(), '1');
    assert.equal(await items.nth(1).getAttribute('aria-current'), 'true');
    const outline = await items.nth(1).evaluate((b) => {
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string } }).getComputedStyle(b);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    assert.match(outline, /^solid [2-9]/, 'keyboard focus is visible');
    await page.keyboard.press('End');
    assert.equal(await focusedIndex(), String(last));
  });

  it('a dropped .docx is read like the CLI reads it, with the same findings', async () => {
    const name = districtName; // the sample with findings, checked alone
    const docx = docxFromText(read(name));
    const dir = tempDir({ 'plan.docx': docx });
    const want = parseJson((await cli(['check', '--format', 'json', 'plan.docx'], { cwd: dir })).stdout)[0].messages;
    await removeMunicipal();
    // a real drop: a DataTransfer holding the file, dispatched on the text
    await dropFile(page, '#plan-input', docx, 'plan.docx');
    await page.locator('#plan-name', { hasText: 'plan.docx' }).waitFor();
    await page.locator('#findings button.finding').first().waitFor();
    assert.ok(want.length > 0);
    assert.deepEqual(await page.locator('#findings button.finding .message').allTextContents(), want.map((m) => m.message));
    assert.match((await page.locator('#findings button.finding .where').first().textContent())!, /^第 \d+ 段$/);
    assert.ok(await page.locator('#fix-all').isDisabled(), 'a Word document is not fixed in place');
  });

  it('a GB18030 file picked in the file dialog is decoded as the CLI does; a broken .docx gets the Chinese message', async () => {
    const name = samples.find((f) => f !== districtName)!;
    const dir = tempDir({ 'gbk.txt': iconv.encode(read(name), 'gb18030'), 'bad.docx': 'not a zip' });
    await removeMunicipal();
    const chooser = page.waitForEvent('filechooser');
    await page.click('#open');
    await (await chooser).setFiles(path.join(dir, 'gbk.txt'));
    await page.locator('#plan-name', { hasText: 'gbk.txt' }).waitFor();
    assert.equal(await page.inputValue('#plan-input'), read(name));
    assert.equal(await page.locator('#findings button.finding').count(), cliJson.get(name)!.messages.length);
    const again = page.waitForEvent('filechooser');
    await page.click('#open');
    await (await again).setFiles(path.join(dir, 'bad.docx'));
    await page.locator('#error', { hasText: 'bad.docx：扩展名是 .docx，但内容不是 Word 文档' }).waitFor();
  });

  it('settings: a rule switched off stays off after reloading; a bad .fsplanrc.json is refused in Chinese', async () => {
    await paste(read(districtName));
    const ruleId = (await page.locator('#findings button.finding .rule').first().textContent())!;
    const before = await page.locator('#findings button.finding').count();
    await page.click('#settings-toggle');
    await page.uncheck(`#rule-list input[value="${ruleId}"]`);
    const after = await page.locator('#findings button.finding .rule').allTextContents();
    assert.ok(after.length < before && !after.includes(ruleId));
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await paste(read(districtName));
    assert.ok(!(await page.locator('#findings button.finding .rule').allTextContents()).includes(ruleId), 'kept in localStorage');
    assert.equal(await page.evaluate(() => JSON.stringify(JSON.parse((globalThis as unknown as { localStorage: Storage }).localStorage.getItem('fsplan.web.settings')!).rules)), JSON.stringify({ [ruleId]: 'off' }));
    const dir = tempDir({ '.fsplanrc.json': '{ "rules": { "numbering/sequense": "off" } }' });
    await page.click('#settings-toggle');
    const chooser = page.waitForEvent('filechooser');
    await page.click('#config-open');
    await (await chooser).setFiles(path.join(dir, '.fsplanrc.json'));
    await page.locator('#error', { hasText: '没有名为“numbering/sequense”的规则' }).waitFor();
    await page.evaluate(() => (globalThis as unknown as { localStorage: Storage }).localStorage.clear());
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
  });

  it('is readable at 200 % zoom: nothing wider than the window, the text still large', async () => {
    await page.setViewportSize({ width: 600, height: 450 }); // a 1200 × 900 window at 200 %
    await paste(read(districtName));
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.ok(overflow <= 0, `${overflow}px of horizontal scrolling`);
    const size = await page.locator('#findings button.finding .message').first().evaluate((e) => parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(e).fontSize));
    assert.ok(size >= 14, `finding text is ${size}px`);
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('attempted no network request and logged no error or CSP violation', () => {
    assert.deepEqual(
      browser!.requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:') && !u.startsWith('data:')),
      [],
    );
    assert.deepEqual(new Set(browser!.requests.map((u) => u.split(':')[0])), new Set(['file']));
    assert.deepEqual(opened.problems, []);
  });
});

interface FsplanApi {
  check(text: string, o?: { fileName?: string; municipal?: string }): Array<JsonFile & Record<string, unknown>>;
  fix(text: string, o?: { fileName?: string; municipal?: string }): string;
}

type Storage = { getItem(k: string): string | null; clear(): void };
