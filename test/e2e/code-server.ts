// Starts code-server (VS Code for the browser, installed in .e2e/ by
// scripts/e2e-setup.sh) with a fresh profile and the packaged .vsix installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
const entry = path.join(repoRoot, '.e2e', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** User settings of the test profile: no welcome pages, no network, no word completions. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  // code-server saves edited files after a delay by default; the fix-on-save test needs the explicit save
  'files.autoSave': 'off',
  // Workspace trust stays on and the folder is NOT trusted: the extension must work in restricted mode.
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'editor.wordBasedSuggestions': 'off',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 100,
  'window.zoomLevel': 0,
  'workbench.colorTheme': 'Default Light Modern',
};

export interface CodeServer {
  url: string;
  workspace: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once `child` prints a line matching `re`; rejects if it exits first or after `ms`. */
function waitForOutput(child: ChildProcess, re: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (b: Buffer) => {
      log += b.toString();
      const m = re.exec(log);
      if (m) { cleanup(); resolve(m); }
    };
    const onExit = (code: number | null) => { cleanup(); reject(new Error(`code-server exited (${code}):\n${log}`)); };
    const timer = setTimeout(() => { cleanup(); reject(new Error(`code-server did not print ${re} within ${ms} ms:\n${log}`)); }, ms);
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * Fresh profile + extensions dir + a copy of samples/ as the workspace, the .vsix
 * installed, code-server listening on a free port.
 */
export async function startCodeServer(
  vsix: string,
  workspaceSettings: (workspace: string) => object,
  /** Extra workspace files: relative path → text. */
  files: Record<string, string> = {},
): Promise<CodeServer> {
  if (!fs.existsSync(entry)) throw new Error('code-server is not installed: run scripts/e2e-setup.sh (npm run test:e2e does)');
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-e2e-'));
  const userData = path.join(base, 'user-data');
  const extensions = path.join(base, 'extensions');
  const workspace = path.join(base, 'samples');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    fs.writeFileSync(path.join(workspace, rel), text);
  }
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify(workspaceSettings(workspace), null, 2));

  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  const install = spawnSync(process.execPath, [entry, ...common, '--install-extension', vsix, '--force'], { encoding: 'utf8' });
  if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
    throw new Error(`installing ${vsix} failed:\n${install.stdout}\n${install.stderr}`);
  }

  const port = await freePort();
  const child = spawn(process.execPath, [
    entry, ...common,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened',
  ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SERVICE_URL: '', ITEM_URL: '' } });
  await waitForOutput(child, /HTTP server listening on http:\/\/127\.0\.0\.1:\d+/, 60_000);

  return {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    workspace,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
