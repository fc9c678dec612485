// “下载带批注的 Word 文档” in dist/fsplan-web.html, in headless Chromium: the
// page writes the same bytes as `fsplan review` for the same plan, settings
// and date — a .txt, pasted text, a plain .docx and a styled .docx with an
// existing comment, with and without the municipal plan — through
// window.fsplan.review and through the button (reached with the keyboard),
// LibreOffice opens the download (skipped without it), and no request leaves
// the page. Skips (with a message) when Chromium is not installed.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ZipReader } from '../../server/src/node/zip';
import { Browser, CHROMIUM_MISSING, dropFile, findChromium, launch, openFile, OpenedPage } from '../support/chromium';
import { docxFromText } from '../support/docx';
import { ooxmlProblems } from '../support/ooxml';
import { convert, SOFFICE_MISSING, sofficePath } from '../support/soffice';
import { para, reviewDraft, wordPackage } from '../support/word-package';
import { cli, repoRoot, tempDir } from '../cli/support';

const pageFile = path.join(repoRoot, 'dist', 'fsplan-web.html');
const samplesDir = path.join(repoRoot, 'samples');
const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
const municipalName = samples.find((f) => f.startsWith('天津市'))!;
const districtName = samples.find((f) => f.startsWith('河北区'))!;
const sample = (f: string) => fs.readFileSync(path.join(samplesDir, f));

/** The date of the annotations: SOURCE_DATE_EPOCH for the CLI, the same instant for the page. */
const EPOCH = 1767225600; // 2026-01-01T00:00:00Z
const DATE = new Date(EPOCH * 1000).toISOString();

/** What `fsplan review` writes for `files[name]` in a folder holding `files` (no config: the defaults, as in a fresh page). */
async function cliReview(files: Record<string, Buffer | string>, name: string): Promise<Buffer> {
  const dir = tempDir(files);
  const r = await cli(['review', name, '--out', 'out.docx'], { cwd: dir, env: { SOURCE_DATE_EPOCH: String(EPOCH) } });
  assert.notEqual(r.code, 2, r.stderr);
  return fs.readFileSync(path.join(dir, 'out.docx'));
}

/** Equal bytes; when not, first the part that differs, so a failure says where. */
function assertSameDocx(got: Uint8Array, want: Buffer, what: string): void {
  const a = Buffer.from(got);
  if (!a.equals(want)) {
    const x = new ZipReader(a);
    const y = new ZipReader(want);
    assert.deepEqual([...x.entries.keys()], [...y.entries.keys()], `${what}: the same parts`);
    for (const n of x.entries.keys()) assert.equal(x.read(n)?.toString('utf8'), y.read(n)?.toString('utf8'), `${what}: ${n}`);
  }
  assert.ok(a.equals(want), `${what}: byte-identical to fsplan review`);
}

type ReviewInput = string | { text: string; fileName?: string } | { bytes: number[]; fileName: string };
type ReviewOptions = { fileName?: string; municipal?: string; date?: string };

async function pageReview(page: Page, input: ReviewInput, options: ReviewOptions): Promise<Uint8Array> {
  const bytes = await page.evaluate(
    async ([i, o]) => Array.from(await (globalThis as unknown as { fsplan: { review(i: unknown, o: unknown): Promise<Uint8Array> } }).fsplan.review(i, o)),
    [input, options] as const,
  );
  return Uint8Array.from(bytes);
}

describe('web page: the annotated Word document', function () {
  this.timeout(180_000);
  let browser: Browser | undefined;
  let opened: OpenedPage;
  let page: Page;

  before(async function () {
    const exe = findChromium();
    if (!exe) {
      process.stdout.write(`      ${CHROMIUM_MISSING}\n`);
      this.skip();
    }
    assert.ok(fs.existsSync(pageFile), 'dist/fsplan-web.html is missing: run npm run build first');
    browser = await launch(exe!);
    opened = await openFile(browser, pageFile);
    page = opened.page;
    await page.waitForSelector('html[data-ready="true"]');
  });
  after(async () => {
    await browser?.close();
  });

  it('window.fsplan.review writes the bytes of fsplan review for a .txt, with and without the municipal plan', async () => {
    for (const name of samples) {
      const want = await cliReview({ [name]: sample(name) }, name);
      const got = await pageReview(page, { bytes: [...sample(name)], fileName: name }, { date: DATE });
      assertSameDocx(got, want, name);
    }
    // the CLI finds the municipal plan by the title the district plan cites; the page is given it
    const want = await cliReview({ [districtName]: sample(districtName), [municipalName]: sample(municipalName) }, districtName);
    const got = await pageReview(page, { bytes: [...sample(districtName)], fileName: districtName }, { date: DATE, municipal: sample(municipalName).toString('utf8') });
    assertSameDocx(got, want, `${districtName} with the municipal plan`);
    assert.ok(new ZipReader(Buffer.from(got)).read('word/comments.xml')?.toString('utf8').includes('target/below-municipal'), 'the comparison findings are comments too');
  });

  it('window.fsplan.review of pasted text is the new document fsplan review makes of the same text', async () => {
    const text = sample(districtName).toString('utf8');
    const want = await cliReview({ 'plan.txt': text }, 'plan.txt');
    assertSameDocx(await pageReview(page, text, { date: DATE }), want, 'pasted text');
    assertSameDocx(await pageReview(page, { text, fileName: 'plan.txt' }, { date: DATE }), want, 'text with a name');
  });

  it('window.fsplan.review annotates a .docx exactly as fsplan review does (plain; styled with an existing comment; fonts the format rules flag)', async () => {
    const plain = docxFromText(sample(districtName).toString('utf8'));
    const styled = reviewDraft();
    // the title in 宋体, a clause at single line spacing: findings of the format rules, which read the layout
    const fonts = wordPackage({
      comments: false,
      body: [
        para({ pPr: '<w:pStyle w:val="Title"/>', runs: [['红桥区2025年食品安全监督管理计划', '<w:rFonts w:eastAsia="宋体"/>']] }),
        para({ pPr: '<w:pStyle w:val="1"/>', runs: [['一、落实监管责任']] }),
        para({ pPr: '<w:spacing w:line="240" w:lineRule="auto"/>', runs: [['1.健全责任体系。完善区、街两级食品安全工作机制。（区食安办牵头，各街道按职责分工负责）']] }),
      ].join(''),
    });
    for (const [name, bytes] of [['plain.docx', plain], ['草稿.docx', styled], ['fonts.docx', fonts]] as const) {
      const want = await cliReview({ [name]: bytes }, name);
      const got = await pageReview(page, { bytes: [...bytes], fileName: name }, { date: DATE });
      assertSameDocx(got, want, name);
      assert.deepEqual(ooxmlProblems(got), []);
      if (name === 'fonts.docx') assert.match(new ZipReader(want).read('word/comments.xml')!.toString('utf8'), /format\/font/, 'the CLI flags the font');
    }
  });

  it('a bad date or a broken file is refused with a Chinese message', async () => {
    await assert.rejects(pageReview(page, '一、总体要求', { date: 'soon' }), /date 不是有效的日期/);
    await assert.rejects(pageReview(page, { bytes: [...Buffer.from('not a zip')], fileName: 'bad.docx' }, {}), /扩展名是 \.docx，但内容不是 Word 文档/);
  });

  describe('the button', () => {
    let downloaded = '';
    let cliOut: Buffer;
    let name = '';

    it('is reached with Tab, says what it does in Chinese, and downloads what fsplan review writes for the dropped .docx', async () => {
      const bytes = reviewDraft();
      name = '草稿.docx';
      cliOut = await cliReview({ [name]: bytes }, name);
      await page.clock.setFixedTime(new Date(EPOCH * 1000));
      await dropFile(page, '#plan-input', bytes, '草稿.docx');
      await page.locator('#plan-name', { hasText: '草稿.docx' }).waitFor();
      const button = page.locator('#download-review');
      assert.equal((await button.textContent())?.trim(), '下载带批注的 Word 文档');
      assert.ok(await button.isEnabled());
      // the keyboard: Tab from the button before it, Enter
      await page.focus('#download-report');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate('document.activeElement && document.activeElement.id'), 'download-review');
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const file = await download;
      assert.equal(file.suggestedFilename(), '草稿（审核稿）.docx');
      assert.ok(file.url().startsWith('blob:'), file.url());
      downloaded = (await file.path())!;
      assertSameDocx(fs.readFileSync(downloaded), cliOut, 'the download');
      await page.locator('#status', { hasText: /已下载审核稿 草稿（审核稿）\.docx（\d+ 条批注，\d+ 处修订/ }).waitFor();
    });

    it('for typed text, a new document like fsplan review makes of a .txt', async () => {
      const text = sample(districtName).toString('utf8');
      await page.click('#mode-edit');
      await page.fill('#plan-input', text);
      await page.click('#check');
      const download = page.waitForEvent('download');
      await page.click('#download-review');
      const file = await download;
      assert.equal(file.suggestedFilename(), '草稿（审核稿）.docx');
      await page.locator('#status', { hasText: '正文已在页面中改动，审核稿按改动后的文本新建' }).waitFor();
      assertSameDocx(fs.readFileSync((await file.path())!), await cliReview({ 'plan.txt': text }, 'plan.txt'), 'typed text');
    });

    it('LibreOffice opens the download with every comment and the tracked changes', function () {
      if (!sofficePath()) {
        process.stdout.write(`      ${SOFFICE_MISSING}\n`);
        this.skip();
      }
      assert.ok(downloaded, 'the download of the first test');
      const dir = tempDir({ [name]: fs.readFileSync(downloaded) });
      const fodt = fs.readFileSync(convert(path.join(dir, name), 'fodt', dir), 'utf8');
      const comments = (new ZipReader(cliOut).read('word/comments.xml')?.toString('utf8').match(/<w:comment /g) ?? []).length;
      assert.ok(comments > 1);
      assert.equal((fodt.match(/<office:annotation[ >]/g) ?? []).length, comments);
      assert.match(fodt, /<text:deletion>[\s\S]*?<dc:creator>fsplan<\/dc:creator>/);
      assert.match(fodt, /<text:insertion>[\s\S]*?<dc:creator>fsplan<\/dc:creator>/);
    });
  });

  // a suite of its own, so it runs after the button's (mocha runs a suite's tests before its child suites)
  describe('afterwards', () => {
    it('attempted no network request and logged no error or CSP violation', () => {
      assert.deepEqual(
        browser!.requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:') && !u.startsWith('data:')),
        [],
      );
      assert.ok(browser!.requests.length > 0, 'requests are recorded');
      assert.deepEqual(opened.problems, []);
    });
  });
});
