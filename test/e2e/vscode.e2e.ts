// End-to-end: the packaged .vsix in a real VS Code (code-server) driven through
// its UI. Expectations are derived from the sample plan and from the CLI's
// findings on the same file, not hard-coded.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { repoRoot, startCodeServer, type CodeServer } from './code-server';
import { launchBrowser, UI_TIMEOUT, Workbench } from './workbench';

const PLAN = process.env.FSPLAN_E2E_PLAN ?? '河北区2025年食品安全监督管理计划.txt';
const MUNICIPAL = process.env.FSPLAN_E2E_MUNICIPAL ?? '天津市2025年食品安全监督管理计划.txt';
/** A next-year draft in a folder of its own: the municipal plan it cites does not exist yet. */
const NEXT_YEAR = '草稿/河北区2026年食品安全监督管理计划.txt';
/** A plan with a misspelt department name (quick-fix menu). */
const TYPO = '草稿/错字计划.txt';
/** A copy of the sample saved with fix-on-save. */
const FIX_ON_SAVE = '草稿/保存时修复计划.txt';
/** The district the draft test generates a plan for. */
const DRAFT_DISTRICT = '和平区';
const images = path.join(repoRoot, 'docs', 'images');

/** The one browser global used in page functions (the project compiles without the DOM lib). */
interface PageGlobals { getComputedStyle(e: unknown): { color: string } }

interface CoverageJson { rows: Array<{ indicator: string; status: 'met' | 'below' | 'missing' | 'extra' }> }

/** Runs the CLI; exit codes 0 and 1 (findings) are fine. */
function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.ok(r.status === 0 || r.status === 1, `fsplan ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

interface CliMessage { ruleId: string; message: string; line: number; column: number; fix?: { title: string; edits: { start: number; end: number; newText: string }[] } }

function findVsix(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  const file = path.join(repoRoot, `${pkg.name}-${pkg.version}.vsix`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run package first (npm run test:e2e does)`);
  return file;
}

/** 1-based line and column of a UTF-16 offset. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('fsplan in a real VS Code (code-server)', function () {
  let server: CodeServer;
  let browser: Browser;
  let wb: Workbench;
  let text: string;
  let findings: CliMessage[];

  before(async function () {
    this.timeout(Math.max(180_000, 12 * UI_TIMEOUT));
    const planText = fs.readFileSync(path.join(repoRoot, 'samples', PLAN), 'utf8');
    text = planText.replace(/\r\n?/g, '\n');
    // No fsplan.municipalPlan setting: the plan cites the municipal plan, which is in the same folder.
    const nextYear = planText.replace(/2025年/g, '2026年');
    const typo = planText.replace(/（区市场监管局负责）/, '（区场监管局负责）');
    assert.notEqual(typo, planText, 'the sample has a note （区市场监管局负责）');
    server = await startCodeServer(findVsix(), () => ({ 'editor.codeActionsOnSave': { 'source.fixAll.fsplan': 'explicit' } }), {
      [NEXT_YEAR]: nextYear,
      [TYPO]: typo,
      [FIX_ON_SAVE]: planText,
    });
    // exit code 1 means "errors found", which the sample has on purpose; 2 would be a failure
    const out = cli(['check', path.join(server.workspace, PLAN), '--municipal', path.join(server.workspace, MUNICIPAL), '--format', 'json']);
    findings = (JSON.parse(out) as { messages: CliMessage[] }[])[0].messages;
    assert.ok(findings.length > 0, `the CLI finds nothing in ${PLAN}; the e2e test needs a plan with findings`);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    wb = new Workbench(page);
    await wb.open(server.url);
    await wb.openFile(PLAN);
    fs.mkdirSync(images, { recursive: true });
  });

  after(async function () {
    this.timeout(60_000);
    await browser?.close();
    await server?.stop();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) {
      await wb.screenshot(path.join(repoRoot, 'test-results', `${this.currentTest.title.replace(/[^\w]+/g, '-')}.png`)).catch(() => undefined);
    }
    await wb?.page.keyboard.press('Escape');
  });

  it('opens a *计划*.txt file as an fsplan plan (language mode) in restricted mode', async () => {
    await wb.statusBarItem('年度计划').waitFor({ timeout: UI_TIMEOUT });
    await wb.statusBarItem('Restricted Mode').waitFor({ timeout: UI_TIMEOUT });
  });

  it('colours the plan with the grammar in the default light and dark themes', async () => {
    const colours = async () => {
      const line = wb.lineText(/（.*(负责|牵头)/);
      await line.waitFor({ timeout: UI_TIMEOUT });
      // Runs in the page: the computed colour of every token of the line.
      return line.locator('span > span').evaluateAll((spans) => spans.map((s) => (globalThis as unknown as PageGlobals).getComputedStyle(s).color));
    };
    const light = await colours();
    assert.ok(new Set(light).size >= 3, `light theme: ${light.join(' ')}`);
    await wb.setColorTheme('Dark Modern', true);
    const dark = await colours();
    assert.ok(new Set(dark).size >= 3, `dark theme: ${dark.join(' ')}`);
    assert.notDeepEqual(dark, light);
    await wb.screenshot(path.join(images, 'vscode-dark.png'));
    await wb.setColorTheme('Light Modern', false);
  });

  it('shows the findings in the Problems panel', async () => {
    await wb.showProblems();
    for (const f of findings.slice(0, 5)) {
      await wb.problemRow(f.message).waitFor({ timeout: UI_TIMEOUT });
    }
    // The README screenshot: a finding's squiggle in view and the Problems panel.
    await wb.goTo(findings[0].line, findings[0].column);
    await wb.screenshot(path.join(images, 'vscode.png'));
  });

  it('shows the finding counts of the active plan in the status bar', async () => {
    const item = wb.statusBarItem(/fsplan.*\d/);
    await item.waitFor({ timeout: UI_TIMEOUT });
    const label = await item.textContent();
    const numbers = (label ?? '').match(/\d+/g)!.map(Number);
    assert.equal(numbers.reduce((a, b) => a + b, 0), findings.length, `status bar “${label}”`);
  });

  it('lists the chapters in the Outline view', async () => {
    const chapters = [...text.matchAll(/^\s*[一二三四五六七八九十]{1,3}、(.+)$/gm)].map((c) => c[1].trim());
    assert.ok(chapters.length >= 2, 'the sample plan has fewer than two chapters');
    await wb.runCommand('Explorer: Focus on Outline View');
    const outline = await wb.showOutlineChapters();
    for (const title of chapters) {
      await outline.locator('.monaco-list-row', { hasText: title }).first().waitFor({ timeout: UI_TIMEOUT });
    }
    await wb.screenshot(path.join(images, 'vscode-outline.png'));
  });

  it('shows a hover on a department in a responsibility note', async () => {
    const m = /（((?:区|公安)[^（）、，]{1,10}?(?:局|委|办))/.exec(text);
    assert.ok(m, 'no department in a note of the sample plan');
    const { line, column } = lineCol(text, m.index + 2);
    await wb.goTo(line, column);
    await wb.page.keyboard.press('Control+K');
    await wb.page.keyboard.press('Control+I');
    const hover = wb.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
    await hover.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    // The hover may show the full name (区食安办 → 区食品安全委员会办公室): match the first character after 区/公安.
    await wb.page.locator('.monaco-hover', { hasText: m[1].replace(/^(区|公安)/, '').charAt(0) }).first().waitFor({ timeout: UI_TIMEOUT });
    await wb.screenshot(path.join(images, 'vscode-hover.png'));
  });

  it('completes department names and role phrases inside a note', async () => {
    // Right after the opening bracket of a note: an empty prefix whatever the word pattern.
    const m = /（(?:区|公安)[^（）]*?(负责|牵头)）/.exec(text);
    assert.ok(m, 'no note in the sample plan');
    const { line, column } = lineCol(text, m.index + 1);
    await wb.goTo(line, column);
    await wb.page.keyboard.press('Control+Space');
    const widget = wb.page.locator('.suggest-widget.visible');
    await widget.waitFor({ timeout: UI_TIMEOUT });
    // after the bracket: department names
    await widget.locator('.monaco-list-row', { hasText: /^.*区.+(局|委|办)/ }).first().waitFor({ timeout: UI_TIMEOUT });
    await wb.screenshot(path.join(images, 'vscode-completion.png'));
    // after a complete name: the role phrases come first
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.type('区教育局');
    await wb.page.keyboard.press('Control+Space');
    await widget.waitFor({ timeout: UI_TIMEOUT });
    // 牵头 is the first row and selected, not the name just typed
    await widget.locator('.monaco-list-row[data-index="0"].focused', { hasText: '牵头' }).waitFor({ timeout: UI_TIMEOUT });
    // Runs in the page: the rows by their index in the list (the DOM order of a virtual list may differ).
    const rows = await widget.locator('.monaco-list-row').evaluateAll((els) =>
      els.map((e) => {
        const el = e as unknown as { getAttribute(n: string): string | null; querySelector(s: string): { textContent: string } | null };
        return [Number(el.getAttribute('data-index')), el.querySelector('.label-name')?.textContent ?? ''] as const;
      }),
    );
    const order = [...rows].sort((x, y) => x[0] - y[0]).map((r) => r[1]);
    assert.deepEqual(order.slice(0, 3), ['牵头', '负责', '按职责分工负责']);
    await wb.page.keyboard.press('Escape');
    // back to the original text (nothing else was edited in this file), so later tests' positions hold
    for (let i = 0; i < 4; i++) await wb.page.keyboard.press('Control+Z');
  });

  it('applies a quick fix from the light bulb menu', async () => {
    const f = findings.find((m) => m.fix && m.fix.edits.length === 1);
    assert.ok(f, 'the sample plan has no finding with a fix');
    const edit = f.fix!.edits[0];
    const { line, column } = lineCol(text, edit.start);
    await wb.goTo(line, column);
    await wb.page.keyboard.press('Control+.');
    await wb.chooseAction(f.fix!.title, path.join(images, 'vscode-quickfix.png'));
    const lineEnd = text.indexOf('\n', edit.start);
    const fixedLine = text.slice(text.lastIndexOf('\n', edit.start) + 1, edit.start) + edit.newText + text.slice(edit.end, lineEnd < 0 ? undefined : lineEnd);
    await wb.lineText(fixedLine.trim().slice(0, 20)).waitFor({ timeout: UI_TIMEOUT });
    await wb.showProblems();
    await wb.problemRow(f.message).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
  });

  it('offers one quick fix per distinct edit, and no unlikely department names', async () => {
    await wb.openFile(path.basename(TYPO));
    const typoText = fs.readFileSync(path.join(server.workspace, TYPO), 'utf8').replace(/\r\n?/g, '\n');
    const { line, column } = lineCol(typoText, typoText.indexOf('区场监管局') + 1);
    await wb.showProblems();
    await wb.problemRow('区场监管局').waitFor({ timeout: UI_TIMEOUT });
    await wb.goTo(line, column);
    await wb.page.keyboard.press('Control+.');
    const menu = wb.page.locator('.action-widget');
    await menu.locator('.monaco-list-row.action', { hasText: '改为“区市场监管局”' }).first().waitFor({ timeout: UI_TIMEOUT });
    assert.equal(await menu.locator('.monaco-list-row.action', { hasText: '改为“区市场监管局”' }).count(), 1, 'listed once');
    assert.equal(await menu.locator('.monaco-list-row.action', { hasText: '区运管局' }).count(), 0, 'no unlikely name');
    await wb.screenshot(path.join(images, 'vscode-quickfix.png'));
    await wb.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  });

  it('fixes everything fixable with one save (source.fixAll.fsplan on save), as fsplan check --fix does', async () => {
    const file = path.join(server.workspace, FIX_ON_SAVE);
    const original = fs.readFileSync(file, 'utf8');
    // the test adds one line break at the end (a real change, so the save below runs the code actions)
    const reference = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-e2e-fix-')), path.basename(FIX_ON_SAVE));
    fs.writeFileSync(reference, original + '\n');
    cli(['check', reference, '--fix']);
    const expected = fs.readFileSync(reference, 'utf8');
    assert.notEqual(expected, original + '\n', 'the plan has fixable findings');
    await wb.openFile(path.basename(FIX_ON_SAVE));
    await wb.showProblems();
    await wb.problemRow(path.basename(FIX_ON_SAVE)).waitFor({ timeout: UI_TIMEOUT });
    await wb.activeEditor().locator('.view-lines').click();
    await wb.page.keyboard.press('Control+End');
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.tabs-container .tab.dirty', { hasText: path.basename(FIX_ON_SAVE) }).first().waitFor({ timeout: UI_TIMEOUT });
    await wb.page.keyboard.press('Control+S');
    await wb.page.locator('.tabs-container .tab:not(.dirty)', { hasText: path.basename(FIX_ON_SAVE) }).first().waitFor({ timeout: UI_TIMEOUT });
    assert.equal(fs.readFileSync(file, 'utf8'), expected);
  });

  it('runs 与市级计划对比 and shows the comparison rendered, shortfalls highlighted as in the report', async () => {
    await wb.tab(PLAN).click();
    const coverage = (JSON.parse(cli(['compare', path.join(server.workspace, PLAN), '--format', 'json'])) as CoverageJson[])[0];
    const below = coverage.rows.filter((r) => r.status === 'below');
    assert.ok(below.length > 0 && coverage.rows.some((r) => r.status === 'met'), 'the sample plan has a target below and one met');
    await wb.runCommand('与市级计划对比');
    await wb.tab(`与市级计划对比-${PLAN.replace(/\.txt$/, '')}`).waitFor({ timeout: UI_TIMEOUT });
    const page = wb.webview();
    const table = page.locator('table.compare');
    await table.waitFor({ timeout: UI_TIMEOUT });
    assert.equal(await table.locator('tbody tr').count(), coverage.rows.length);
    assert.equal(await table.locator('tr.below').count(), below.length);
    await table.locator('tr.below', { hasText: below[0].indicator }).waitFor({ timeout: UI_TIMEOUT });
    // Runs in the page: the computed background of the first cell of a row.
    const background = (row: string) => table.locator(row).first().locator('td').first().evaluate((td) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(td).backgroundColor);
    const [shortfall, met] = [await background('tr.below'), await background('tr.met')];
    assert.notEqual(shortfall, met, 'a shortfall is highlighted');
    assert.equal(await page.locator('script').count(), 0, 'no script in the page');
    await page.locator('svg.chart').waitFor({ timeout: UI_TIMEOUT });
    await wb.screenshot(path.join(images, 'vscode-compare.png'));
  });

  it('without a municipal plan, 与市级计划对比 explains in Chinese and offers a button that picks the file', async () => {
    await wb.openFile(path.basename(NEXT_YEAR));
    await wb.runCommand('与市级计划对比');
    const toast = wb.notification('没有找到本计划引用的《天津市2026年食品安全监督管理计划》');
    await toast.waitFor({ timeout: UI_TIMEOUT });
    assert.equal(await wb.page.locator('.notification-toast', { hasText: /Request|failed|-32602/ }).count(), 0, 'no English protocol error');
    await toast.locator('.monaco-button', { hasText: '选择市级计划文件…' }).click();
    await wb.answerFileDialog(path.join(server.workspace, MUNICIPAL), '用于对比');
    await wb.tab(`与市级计划对比-${path.basename(NEXT_YEAR, '.txt')}`).waitFor({ timeout: UI_TIMEOUT });
    await wb.webview().locator('table.compare tbody tr').first().waitFor({ timeout: UI_TIMEOUT });
    const settings = JSON.parse(fs.readFileSync(path.join(server.workspace, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(settings['fsplan.municipalPlan'], MUNICIPAL, 'the chosen file is remembered, relative to the folder');
  });

  it('names a generated draft after its plan title, and saves it under that name', async () => {
    const draft = cli(['draft', '--from', path.join(server.workspace, MUNICIPAL), '--district', DRAFT_DISTRICT]);
    const title = draft.split('\n').find((l) => l.startsWith(DRAFT_DISTRICT));
    assert.ok(title, 'the draft has a title line');
    const name = `${title.trim()}.txt`;
    await wb.openFile(MUNICIPAL);
    // the palette is followed at once by the district pick: wait for the district list, not for the palette to close
    await wb.page.keyboard.press('F1');
    await wb.page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await wb.page.keyboard.insertText('从市级计划生成区级草稿');
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: '从市级计划生成区级草稿' }).first().click();
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: /^.*区$/ }).first().waitFor({ timeout: UI_TIMEOUT });
    await wb.page.keyboard.insertText(DRAFT_DISTRICT);
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: DRAFT_DISTRICT }).first().click();
    const tab = wb.tab(name);
    await tab.waitFor({ timeout: UI_TIMEOUT });
    assert.equal(await wb.page.locator('.tabs-container .tab', { hasText: /Untitled|【待填写/ }).count(), 0, 'no Untitled-1 tab');
    // An untitled document with an associated path is saved there without a dialog.
    await wb.page.keyboard.press('Control+S');
    await wb.page.locator('.tabs-container .tab:not(.dirty)', { hasText: name }).first().waitFor({ timeout: UI_TIMEOUT });
    // the workspace fixes on save: the saved draft is the CLI's draft after --fix (the same when nothing is fixable)
    const reference = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-e2e-draft-')), name);
    fs.writeFileSync(reference, draft);
    cli(['check', reference, '--fix']);
    assert.equal(fs.readFileSync(path.join(server.workspace, name), 'utf8').replace(/\r\n/g, '\n'), fs.readFileSync(reference, 'utf8').replace(/\r\n/g, '\n'));
  });

  it('runs 重新编号 and closes a gap in the numbering', async () => {
    await wb.tab(PLAN).click();
    const items = [...text.matchAll(/^\s*(\d{1,3})[.．、](.{2,12})/gm)].map((m) => ({ n: Number(m[1]), title: m[2] }));
    const gap = items.findIndex((it, i) => i > 0 && it.n !== items[i - 1].n + 1 && it.n > items[i - 1].n);
    assert.ok(gap > 0, 'the sample plan has no gap in its item numbers');
    await wb.runCommand('重新编号');
    const { line } = lineCol(text, text.indexOf(items[gap].title));
    await wb.goTo(line, 1);
    await wb.lineText(`${items[gap - 1].n + 1}.${items[gap].title}`).waitFor({ timeout: UI_TIMEOUT });
  });
});
