// The HTML report rendered in headless Chromium: the chart is visible with
// the shortfall highlighted, the findings table lists what `fsplan check`
// reports, the outline is there, plan text is shown as text, and no request
// leaves the page. Skips (with a message) when Chromium is not installed.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/model/document';
import { Browser, CHROMIUM_MISSING, findChromium, launch, openFile, OpenedPage } from '../support/chromium';
import { expectedRuleIds, hostileDir } from '../support/report';
import { cli, repoRoot, tempDir } from './support';

const districtFile = path.join(repoRoot, 'samples', '河北区2025年食品安全监督管理计划.txt');

describe('report in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser | undefined;
  let dir: string;

  before(async function () {
    const exe = findChromium();
    if (!exe) {
      process.stdout.write(`      ${CHROMIUM_MISSING}\n`);
      this.skip();
    }
    browser = await launch(exe!);
    dir = tempDir();
  });
  after(async () => {
    await browser?.close();
  });

  async function render(args: string[], name: string): Promise<OpenedPage> {
    const out = path.join(dir, name);
    const r = await cli(['report', ...args, '--out', out], { cwd: repoRoot });
    assert.ok(fs.existsSync(out), r.stderr);
    return openFile(browser!, out);
  }

  describe('samples/', () => {
    let opened: OpenedPage;
    before(async () => {
      browser!.requests.length = 0;
      opened = await render(['samples/'], '样例 报告.html');
    });
    after(() => opened.page.close());

    it('loads nothing but the page itself, runs no script, logs no error', async () => {
      assert.deepEqual(browser!.requests, [opened.url]);
      assert.deepEqual(opened.problems, []);
      assert.equal(await opened.page.evaluate<number>('document.scripts.length'), 0);
      // links to rule docs are links, not loads
      assert.ok((await opened.page.locator('a.rule-link').count()) > 0);
    });

    it('shows the comparison chart with bars, the shortfall highlighted and 未落实 marked', async () => {
      const { page } = opened;
      const chart = page.locator('section.plan', { hasText: '河北区2025年' }).locator('svg.chart');
      await chart.waitFor({ state: 'visible' });
      const box = await chart.boundingBox();
      assert.ok(box && box.width > 500 && box.height > 300, JSON.stringify(box));
      const bars = chart.locator('g.row rect.bar.district');
      assert.ok((await bars.count()) >= 5);
      for (const bar of await bars.all()) assert.ok(await bar.isVisible());
      const below = chart.locator('g.row.below');
      assert.equal(await below.count(), 1);
      const shortfall = below.locator('rect.bar.district.shortfall');
      assert.ok(await shortfall.isVisible());
      assert.equal(await shortfall.evaluate((e) => (e.ownerDocument.defaultView as unknown as { getComputedStyle(x: unknown): { fill: string } }).getComputedStyle(e).fill), 'rgb(217, 45, 32)');
      const municipal = await below.locator('rect.bar.municipal').boundingBox();
      const district = await shortfall.boundingBox();
      assert.ok(municipal && district && district.width < municipal.width, 'the shortfall bar is shorter than the municipal one');
      assert.match((await below.textContent()) ?? '', /入网餐饮服务提供者覆盖率[\s\S]*75%[\s\S]*70%\s*低于市级/);
      const missing = chart.locator('g.row.missing text.value.missing');
      assert.ok((await missing.count()) >= 1);
      assert.equal(await missing.first().textContent(), '未落实');
      assert.ok(await missing.first().isVisible());
      // the same data as a table
      assert.equal(await page.locator('table.compare tr.below td.status').textContent(), '低于市级');
    });

    it('lists the findings fsplan check reports, with their rule doc links', async () => {
      const expected = await expectedRuleIds(['samples/'], repoRoot);
      const sections = await opened.page.locator('section.plan').all();
      assert.equal(sections.length, expected.length);
      for (const [i, sec] of sections.entries()) {
        const rules = await sec.locator('table.findings tr.finding td.rule a.rule-link').allTextContents();
        assert.deepEqual(rules, expected[i]);
        for (const a of await sec.locator('a.rule-link').all()) {
          assert.equal(await a.getAttribute('href'), `https://github.com/fsplan/fsplan/blob/main/docs/rules/${await a.textContent()}.md`);
        }
      }
      assert.ok((await opened.page.locator('tr.finding mark').count()) > 0, 'the quoted text is highlighted');
    });

    it('shows the outline with the items that have findings', async () => {
      const doc = parseDocument(fs.readFileSync(districtFile, 'utf8'));
      const outline = opened.page.locator('section.plan', { hasText: '河北区2025年' }).locator('ul.outline');
      assert.ok(await outline.isVisible());
      const titles = await outline.locator('li.item > .line > .title').allTextContents();
      // the sample's preamble has a finding (document/party-sessions): it is listed before the headings
      assert.deepEqual(titles, ['标题、通知和前言', ...doc.headings.map((h) => h.title)]);
      const flagged = await outline.locator('li.has-findings > .line > .title').allTextContents();
      assert.ok(flagged.includes('加强监管队伍建设'), flagged.join('、'));
      // a badge jumps to its finding
      const badge = outline.locator('li.has-error a.badge.error').first();
      const target = (await badge.getAttribute('href'))!;
      await badge.click();
      assert.equal(await opened.page.evaluate<string>('location.hash'), target);
      assert.ok(await opened.page.locator(`tr${target}`).isVisible());
    });

    it('prints: the chart stays, navigation links go', async () => {
      await opened.page.emulateMedia({ media: 'print' });
      assert.ok(await opened.page.locator('svg.chart').first().isVisible());
      assert.equal(await opened.page.locator('a.top').first().isVisible(), false);
      await opened.page.emulateMedia({ media: 'screen' });
    });
  });

  it('shows markup and quotes in a plan as text, never as markup', async () => {
    browser!.requests.length = 0;
    const { page, url, problems } = await render([hostileDir], 'hostile.html');
    assert.deepEqual(browser!.requests, [url]);
    assert.deepEqual(problems, []);
    assert.equal(await page.locator('script, img, i, iframe').count(), 0);
    assert.equal(await page.title(), '计划草稿检查报告');
    const titles = await page.locator('ul.outline .title').allTextContents();
    assert.ok(titles.includes('强化日常监管</title><script>alert("标题")</script>'), titles.join(' | '));
    assert.ok(titles.includes('加强“<img src=x onerror=alert(1)>”食堂管理'), titles.join(' | '));
    const chartLabels = await page.locator('svg.chart g.row text.label').allTextContents();
    assert.ok(chartLabels.some((l) => l.includes('<i>明厨亮灶</i>')), chartLabels.join(' | '));
    assert.ok(await page.locator('svg.chart g.row.below rect.shortfall').isVisible());
    await page.close();
  });
});
