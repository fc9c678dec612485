// Headless Chromium for the report tests and the docs screenshot, driven by
// playwright-core with the system's Chromium (no browser download). Every
// request the page makes is recorded, and anything that is not a file:// URL
// is aborted so a test never reaches the network.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROMIUM_MISSING =
  'Chromium not found: browser tests skipped. Install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set FSPLAN_CHROMIUM to its path.';

/** The Chromium executable: $FSPLAN_CHROMIUM, else the usual system paths; undefined when there is none. */
export function findChromium(): string | undefined {
  const env = process.env.FSPLAN_CHROMIUM;
  if (env) return fs.existsSync(env) ? env : undefined;
  return CANDIDATES.find((p) => fs.existsSync(p));
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** Every URL requested by any page, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile. */
export async function launch(executablePath: string, viewport = { width: 1200, height: 900 }): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport, deviceScaleFactor: 1, offline: true });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route(/^(?!file:)/, (route) => route.abort());
  return {
    context,
    requests,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenedPage {
  page: Page;
  url: string;
  /** Console errors (a blocked resource or a CSP violation shows up here), page errors and dialogs. */
  problems: string[];
}

export async function openFile(browser: Browser, file: string): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const url = new URL(`file://${path.resolve(file)}`).href;
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, problems };
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Drops a file on `selector` as a user would: a DataTransfer holding it, dispatched as a drop event. */
export async function dropFile(page: Page, selector: string, bytes: Uint8Array, name: string, type = DOCX_TYPE): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([b, n, t]) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const g = globalThis as any;
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([new Uint8Array(b)], n, { type: t }));
      return dt;
    },
    [[...bytes], name, type] as [number[], string, string],
  );
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}
