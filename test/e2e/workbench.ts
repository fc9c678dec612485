// Driving the VS Code workbench in Chromium with playwright-core. Every step
// waits on a UI element or event; nothing sleeps for a fixed time.
import * as fs from 'node:fs';
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from 'playwright-core';

/** How long to wait for a UI element; FSPLAN_E2E_TIMEOUT (ms) raises it on a slow or busy machine. */
export const UI_TIMEOUT = Number(process.env.FSPLAN_E2E_TIMEOUT) || 30_000;

export async function launchBrowser(): Promise<Browser> {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const executablePath = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: run scripts/e2e-setup.sh or set CHROMIUM_PATH');
  // playwright-core gives every launch a fresh temporary --user-data-dir.
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=zh-CN',
    ],
  });
}

export class Workbench {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url, { timeout: 4 * UI_TIMEOUT });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 4 * UI_TIMEOUT });
    await this.page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 4 * UI_TIMEOUT });
  }

  private quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** Types into the open quick input and accepts the row whose label contains `label`. */
  private async pick(text: string, label: string, timeout = UI_TIMEOUT): Promise<void> {
    await this.quickInput().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await this.page.keyboard.insertText(text);
    const row = this.quickInput().locator('.monaco-list-row', { hasText: label }).first();
    await row.waitFor({ timeout });
    await row.click();
    await this.quickInput().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }

  /** Runs a command from the command palette by (part of) its title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.pick(title, title);
  }

  /** Switches the colour theme with Preferences: Color Theme and waits for the workbench to repaint. */
  async setColorTheme(name: string, dark: boolean): Promise<void> {
    const row = (label: string) => this.quickInput().locator(`.monaco-list-row[aria-label^="${label}"]`).first();
    await this.page.keyboard.press('F1');
    await this.quickInput().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await this.page.keyboard.insertText('Preferences: Color Theme');
    await row('Preferences: Color Theme').click();
    await row('Light Modern').waitFor({ timeout: UI_TIMEOUT });
    await this.page.keyboard.insertText(name);
    await row(name).click();
    await this.quickInput().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    await this.page.locator(`.monaco-workbench.${dark ? 'vs-dark' : 'vs'}`).waitFor({ timeout: UI_TIMEOUT });
  }

  /** Opens a workspace file by name with Quick Open and waits for its editor. */
  async openFile(name: string): Promise<void> {
    await this.editorArea().click({ position: { x: 5, y: 5 } }).catch(() => undefined);
    await this.page.keyboard.press('Control+P');
    // quick open lists files once the workspace's file search has run: slow on a busy machine
    await this.pick(name, name, 3 * UI_TIMEOUT);
    await this.tab(name).waitFor({ timeout: UI_TIMEOUT });
    await this.activeEditor().locator('.view-lines').waitFor({ timeout: UI_TIMEOUT });
  }

  editorArea(): Locator {
    return this.page.locator('.part.editor');
  }

  tab(name: string): Locator {
    return this.page.locator('.tabs-container .tab', { hasText: name }).first();
  }

  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** Focuses the active text editor and moves the cursor to a 1-based line and column (UTF-16). */
  async goTo(line: number, column: number): Promise<void> {
    await this.activeEditor().locator('.view-lines').click();
    await this.page.keyboard.press('Control+G');
    await this.quickInput().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await this.page.keyboard.insertText(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
    await this.statusBarItem(new RegExp(`Ln ${line}, Col ${column}\\b`)).waitFor({ timeout: UI_TIMEOUT });
  }

  statusBarItem(text: string | RegExp): Locator {
    return this.page.locator('.statusbar-item', { hasText: text }).first();
  }

  problemsPanel(): Locator {
    return this.page.locator('.markers-panel');
  }

  async showProblems(): Promise<void> {
    if (!(await this.problemsPanel().isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await this.problemsPanel().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  }

  problemRow(text: string): Locator {
    return this.problemsPanel().locator('.monaco-list-row', { hasText: text }).first();
  }

  /** The text of a line of the active editor, as rendered. */
  lineText(text: string | RegExp): Locator {
    return this.activeEditor().locator('.view-line', { hasText: text }).first();
  }

  /**
   * In the open code action menu, moves the focus to the action titled `title`
   * with the keyboard (the menu's pointer block swallows clicks) and applies it.
   */
  async chooseAction(title: string, screenshot?: string): Promise<void> {
    const menu = this.page.locator('.action-widget');
    await menu.locator('.monaco-list-row.action', { hasText: title }).first().waitFor({ timeout: UI_TIMEOUT });
    const rows = await menu.locator('.monaco-list-row.action').count();
    for (let i = 0; i <= rows; i++) {
      if (await menu.locator('.monaco-list-row.action.focused', { hasText: title }).count()) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await menu.locator('.monaco-list-row.action.focused', { hasText: title }).waitFor({ timeout: UI_TIMEOUT });
    if (screenshot) await this.screenshot(screenshot);
    await this.page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }

  /**
   * Gives the Outline view the whole side bar (collapses the folder section)
   * and collapses the outline to its top level, so every chapter is rendered.
   */
  async showOutlineChapters(): Promise<Locator> {
    const outline = this.page.locator('.outline-pane');
    await outline.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    // The outline has rows only once the language server answers textDocument/documentSymbol.
    await outline.locator('.monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT });
    const folder = this.page.locator('.pane', { has: this.page.locator('.explorer-folders-view') }).locator('.pane-header[aria-expanded="true"]');
    if (await folder.count()) {
      await folder.first().click();
      await this.page.locator('.pane', { has: this.page.locator('.explorer-folders-view') }).locator('.pane-header[aria-expanded="false"]').waitFor({ timeout: UI_TIMEOUT });
    }
    const outlinePane = this.page.locator('.pane', { has: outline });
    await outlinePane.locator('.pane-header').hover();
    await outlinePane.locator('.pane-header .action-label[aria-label^="Collapse All"]').click();
    await outline.locator('.monaco-list-row[aria-level="1"]').first().waitFor({ timeout: UI_TIMEOUT });
    return outline;
  }

  /** A notification toast whose message matches `text`. */
  notification(text: string | RegExp): Locator {
    return this.page.locator('.notification-toast', { hasText: text }).first();
  }

  /**
   * Answers the open file dialog (VS Code's own dialog in the browser: a quick
   * input holding a path) with an absolute path, accepted with its button.
   */
  async answerFileDialog(file: string, okLabel: string): Promise<void> {
    const dialog = this.quickInput();
    await dialog.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    const input = dialog.locator('input');
    // The simple file dialog writes its starting folder into the input once it
    // has read it; a path typed before that is overwritten.
    await this.page.waitForFunction((el) => (el as unknown as { value: string }).value.length > 0, await input.elementHandle(), { timeout: UI_TIMEOUT });
    await input.fill(file);
    // the dialog has read the path once it lists the file's folder with the file in it
    await dialog.locator('.monaco-list-row', { hasText: file.split('/').pop()! }).first().waitFor({ timeout: UI_TIMEOUT });
    await dialog.locator('.monaco-button', { hasText: okLabel }).click();
    await dialog.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  }

  /** The content of the visible webview (VS Code nests the page in two iframes). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('#active-frame');
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file });
  }
}
