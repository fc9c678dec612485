// The language server over stdio, as an editor uses it: start-up, didChange →
// diagnostics latency, and memory with many plans open.
//
// Diagnostics are matched by document version. The measure works whether the
// server pushes (textDocument/publishDiagnostics, debounced or not) or answers
// pull requests (textDocument/diagnostic). Edits are timed twice: with a client
// that announces pull diagnostics (as VS Code does) and with one that does not,
// which a server pushes to (as Neovim, Helix and Emacs clients get them).
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as url from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { median, summarize, Timing } from './timing';
import { rssOf } from './process';

interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

export class LspSession {
  readonly conn: MessageConnection;
  capabilities: Record<string, unknown> = {};
  /** Milliseconds from spawn to the initialize result. */
  initializeMs = NaN;
  private waiters: Array<{ uri: string; version: number; resolve: (p: PublishParams) => void }> = [];
  private lastPublish = new Map<string, PublishParams>();
  private exited: Promise<void>;

  private constructor(readonly child: ChildProcess) {
    this.conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishParams) => {
      this.lastPublish.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => {
        // a server without version support publishes without one: the first publish after the change counts
        const match = w.uri === p.uri && (p.version === undefined || p.version >= w.version);
        if (match) w.resolve(p);
        return !match;
      });
    });
    // Answer settings requests as VS Code does for an untouched install: the
    // defaults the extension declares in package.json.
    this.conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((i) => settingDefaults(i.section)));
    this.conn.onRequest(() => null);
    this.conn.onNotification(() => undefined);
    this.conn.listen();
  }

  /** File the heap probe writes to, when the session was started with it. */
  heapOut?: string;

  /**
   * Starts `node <serverJs> --stdio`. With `heapProbe`, node also gets
   * --expose-gc and bench/heap-probe.cjs, which reports memory after a full
   * collection on request (Linux and macOS); start-up is not timed then.
   */
  static async start(serverJs: string, rootDir: string, heapProbe = false, nodeArgs: string[] = [], pull = true): Promise<LspSession> {
    const t0 = performance.now();
    const heapOut = heapProbe && process.platform !== 'win32' ? path.join(rootDir, `heap-${process.pid}.json`) : undefined;
    const pre = heapOut ? ['--expose-gc', '--require', path.join(__dirname, 'heap-probe.cjs')] : [];
    const child = spawn(process.execPath, [...nodeArgs, ...pre, serverJs, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: heapOut ? { ...process.env, FSPLAN_BENCH_HEAP_OUT: heapOut } : process.env,
    });
    child.stderr!.resume();
    const s = new LspSession(child);
    s.heapOut = heapOut;
    const rootUri = url.pathToFileURL(rootDir).href;
    const result = (await s.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
        workspace: { configuration: true, workspaceFolders: true, ...(pull ? { diagnostics: { refreshSupport: true } } : {}) },
      },
    })) as { capabilities: Record<string, unknown> };
    s.initializeMs = performance.now() - t0;
    s.capabilities = result.capabilities ?? {};
    await s.conn.sendNotification('initialized', {});
    return s;
  }

  get supportsPull(): boolean {
    return this.capabilities.diagnosticProvider !== undefined && this.capabilities.diagnosticProvider !== null;
  }

  /** Resolves with the first publish for `uri` at `version` or later; undefined after `timeoutMs`. */
  waitPublish(uri: string, version: number, timeoutMs: number): Promise<PublishParams | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        resolve(undefined);
      }, timeoutMs);
      const done = (p: PublishParams) => {
        clearTimeout(timer);
        resolve(p);
      };
      this.waiters.push({ uri, version, resolve: done });
    });
  }

  async pull(uri: string): Promise<number> {
    const r = (await this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items?: unknown[] };
    return r.items?.length ?? 0;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'fsplan', version, text } });
  }

  change(uri: string, version: number, line: number, character: number, insert: boolean): Promise<void> {
    const start = { line, character };
    const range = insert ? { start, end: start } : { start, end: { line, character: character + 1 } };
    return this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: insert ? '的' : '' }],
    });
  }

  rss(): number | undefined {
    return this.child.pid ? rssOf(this.child.pid) : undefined;
  }

  /** Memory after a full collection (heap probe), or undefined without the probe. */
  async memoryAfterGc(): Promise<NodeJS.MemoryUsage | undefined> {
    if (!this.heapOut || !this.child.pid) return undefined;
    fs.rmSync(this.heapOut, { force: true });
    this.child.kill('SIGUSR2');
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 20));
      if (fs.existsSync(this.heapOut)) return JSON.parse(fs.readFileSync(this.heapOut, 'utf8')) as NodeJS.MemoryUsage;
    }
    return undefined;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    const killer = setTimeout(() => this.child.kill(), 2000);
    await this.exited;
    clearTimeout(killer);
    this.conn.dispose();
  }
}

export interface EditLatency {
  size: string;
  chars: number;
  /** didChange → publishDiagnostics of that version. */
  push?: Timing;
  /** didChange + textDocument/diagnostic → its result. */
  pull?: Timing;
  diagnostics: number;
}

export interface LspResult {
  startToInitialized: Timing;
  /** Extra node options the server ran with (none in the standard measure). */
  nodeArgs: string[];
  /** How the server delivered diagnostics to a client that announces pull ('push+pull': a second client without pull got them pushed). */
  mode: 'push' | 'pull' | 'push+pull' | 'none';
  /** Debounce setting the extension declares (package.json contributes.configuration), if any. */
  debounce?: { setting: string; defaultMs: number };
  edits: EditLatency[];
  memory: {
    plansOpen: number;
    /** Resident size as the OS sees it (the target), idle and with the plans open. */
    rssMbIdle?: number;
    rssMbWithPlans?: number;
    /** After the edits of the typical and the large plan that follow (the large plan's checks grow the worker's heap). */
    rssMbAfterEdits?: number;
    /** After a full garbage collection (heap probe): what the server really keeps. */
    afterGcIdle?: { rssMb: number; heapUsedMb: number };
    afterGcWithPlans?: { rssMb: number; heapUsedMb: number };
  };
  error?: string;
}

/** A line in the middle of the text that holds task text, for the one-character edits. */
function editPoint(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  for (let l = Math.floor(lines.length / 2); l < lines.length; l++) if (/^\d+\./.test(lines[l]) && lines[l].length > 20) return { line: l, character: 10 };
  return { line: 0, character: 0 };
}

type Properties = Record<string, { default?: unknown }>;

/** contributes.configuration properties of the extension's package.json. */
function declaredSettings(repoRoot: string): Properties {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    contributes?: { configuration?: { properties?: Properties } | Array<{ properties?: Properties }> };
  };
  const conf = pkg.contributes?.configuration;
  const blocks = Array.isArray(conf) ? conf : conf ? [conf] : [];
  return Object.assign({}, ...blocks.map((b) => b.properties ?? {})) as Properties;
}

let settingsCache: Properties | undefined;

/** The declared default of a setting, or an object of the defaults under a section (null when nothing is declared). */
export function settingDefaults(section: string | undefined, repoRoot = path.resolve(__dirname, '..')): unknown {
  settingsCache ??= declaredSettings(repoRoot);
  if (section && section in settingsCache) return settingsCache[section].default ?? null;
  const prefix = section ? section + '.' : '';
  const out: Record<string, unknown> = {};
  let any = false;
  for (const [key, v] of Object.entries(settingsCache)) {
    if (!key.startsWith(prefix)) continue;
    any = true;
    let o = out;
    const parts = key.slice(prefix.length).split('.');
    for (const part of parts.slice(0, -1)) o = (o[part] ??= {}) as Record<string, unknown>;
    o[parts[parts.length - 1]] = v.default ?? null;
  }
  return any ? out : null;
}

export function debounceSetting(repoRoot: string): { setting: string; defaultMs: number } | undefined {
  for (const [k, v] of Object.entries(declaredSettings(repoRoot))) {
    if (/debounce|delay/i.test(k) && typeof v.default === 'number') return { setting: k, defaultMs: v.default };
  }
  return undefined;
}

async function measureEdits(s: LspSession, size: string, uri: string, text: string, mode: LspResult['mode'], samples: number): Promise<EditLatency> {
  const at = editPoint(text);
  let version = 1;
  await s.open(uri, text, version);
  let diagnostics = 0;
  if (mode.includes('push')) diagnostics = (await s.waitPublish(uri, version, 30_000))?.diagnostics.length ?? 0;
  if (mode === 'pull') diagnostics = await s.pull(uri);
  const warmup = 10;
  const out: EditLatency = { size, chars: text.length, diagnostics };
  // Alternately insert and delete one character, so the text stays the same size.
  const edit = async () => {
    version++;
    await s.change(uri, version, at.line, at.character, version % 2 === 0);
    return version;
  };
  if (mode.includes('push')) {
    const times: number[] = [];
    for (let i = 0; i < warmup + samples; i++) {
      const t = performance.now();
      const v = await edit();
      const p = await s.waitPublish(uri, v, 30_000);
      if (!p) throw new Error(`no diagnostics for version ${v} of the ${size} plan within 30 s`);
      if (i >= warmup) times.push(performance.now() - t);
    }
    out.push = summarize(times);
  }
  if (mode.includes('pull')) {
    const times: number[] = [];
    for (let i = 0; i < warmup + samples; i++) {
      const t = performance.now();
      await edit();
      await s.pull(uri);
      if (i >= warmup) times.push(performance.now() - t);
    }
    out.pull = summarize(times);
  }
  await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return out;
}

export interface LspInputs {
  typical: { file: string; text: string };
  large: { file: string; text: string };
  /** Files of the 50 plans opened together. */
  many: Array<{ file: string; text: string }>;
}

/** `nodeArgs`: extra node options for the server process (for experiments, e.g. --max-semi-space-size=1). */
export async function measureLsp(repoRoot: string, serverJs: string, workDir: string, inputs: LspInputs, quick: boolean, nodeArgs: string[] = []): Promise<LspResult> {
  const starts: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const s = await LspSession.start(serverJs, workDir, false, nodeArgs);
    starts.push(s.initializeMs);
    await s.stop();
  }
  const result: LspResult = {
    startToInitialized: summarize(starts),
    nodeArgs,
    mode: 'none',
    debounce: debounceSetting(repoRoot),
    edits: [],
    memory: { plansOpen: inputs.many.length },
  };
  const s = await LspSession.start(serverJs, workDir, true, nodeArgs);
  try {
    // Which way does the server deliver diagnostics? Open a plan and see.
    const probe = url.pathToFileURL(inputs.typical.file).href + '.probe.txt';
    await s.open(probe, inputs.typical.text);
    const pushed = await s.waitPublish(probe, 1, 5000);
    result.mode = pushed && s.supportsPull ? 'push+pull' : pushed ? 'push' : s.supportsPull ? 'pull' : 'none';
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: probe } });
    if (result.mode === 'none') throw new Error('the server neither published diagnostics within 5 s nor offers pull diagnostics');
    await new Promise((r) => setTimeout(r, 200));
    result.memory.rssMbIdle = mb(s.rss());
    result.memory.afterGcIdle = gcFigures(await s.memoryAfterGc());


    // Memory with many plans open: open them all, wait for each one's diagnostics.
    const pending: Array<Promise<unknown>> = [];
    for (const m of inputs.many) {
      const uri = url.pathToFileURL(m.file).href;
      await s.open(uri, m.text);
      pending.push(result.mode === 'pull' ? s.pull(uri) : s.waitPublish(uri, 1, 30_000));
    }
    await Promise.all(pending);
    // Let the server settle (no more work queued), then read its resident size a few times.
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const r = s.rss();
      if (r !== undefined) samples.push(r);
    }
    result.memory.rssMbWithPlans = samples.length ? mb(median(samples)) : undefined;
    result.memory.afterGcWithPlans = gcFigures(await s.memoryAfterGc());

    // Edits last: the large plan's checks grow the worker's heap, which is not the
    // memory of the 50 typical plans (measured before them).
    result.edits.push(await measureEdits(s, 'typical', url.pathToFileURL(inputs.typical.file).href, inputs.typical.text, result.mode, quick ? 30 : 100));
    result.edits.push(await measureEdits(s, 'large', url.pathToFileURL(inputs.large.file).href, inputs.large.text, result.mode, quick ? 10 : 40));
    result.memory.rssMbAfterEdits = mb(s.rss());
  } catch (e) {
    result.error = (e as Error).message;
  } finally {
    await s.stop();
  }
  if (result.mode !== 'pull' || result.error) return result;
  // The server offers pull: a client that does not announce it gets pushed diagnostics (debounced).
  const p = await LspSession.start(serverJs, workDir, false, nodeArgs, false);
  try {
    for (const [size, input, samples] of [['typical', inputs.typical, quick ? 30 : 100], ['large', inputs.large, quick ? 10 : 40]] as const) {
      const pushed = await measureEdits(p, size, url.pathToFileURL(input.file).href, input.text, 'push', samples);
      const e = result.edits.find((x) => x.size === size);
      if (e) e.push = pushed.push;
    }
    result.mode = 'push+pull';
  } catch (e) {
    result.error = `push: ${(e as Error).message}`;
  } finally {
    await p.stop();
  }
  return result;
}

function gcFigures(m: NodeJS.MemoryUsage | undefined): { rssMb: number; heapUsedMb: number } | undefined {
  return m && { rssMb: m.rss / 2 ** 20, heapUsedMb: m.heapUsed / 2 ** 20 };
}

function mb(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : bytes / (1024 * 1024);
}
