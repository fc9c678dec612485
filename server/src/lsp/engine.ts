// The connection thread's side of the engine (engine-worker.ts, bundled
// alone as dist/engine.js). Two engines, so that a big plan never delays a
// small one: a worker thread for ordinary plans, and a child process for
// plans of BIG_PLAN characters and more, which ends when its last plan is
// closed (a process gives back all its memory; a thread's heap and the
// allocator's arenas did not). A document's text is sent once; after that
// only the editor's edits travel. Results come back as JSON bytes the
// connection passes on unparsed (raw-json.ts). An engine that dies is
// restarted and its pending requests fail instead of hanging.
import { ChildProcess, fork } from 'node:child_process';
import type { Worker } from 'node:worker_threads';
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { ENGINE_PROCESS_ENV, type ChangeLog, type EngineEvent, type EngineRequest, type FromEngine, type Op, type ToEngine } from './engine-protocol';
import { SMALL_WORKER_YOUNG_MB, startEngineThread } from './engine-thread';
import { RawJson } from './raw-json';
import type { Settings } from './settings';

/** Plans of at least this many characters go to the engine process for big plans. */
export const BIG_PLAN = 400_000;

/** Node options of the engine process for big plans (many short-lived objects: a large young generation is about 2x faster). */
export const BIG_ENGINE_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=32'];

/** Edits kept for a document before its whole text is sent again instead (characters of inserted text, steps). */
const MAX_LOG_CHARS = 1 << 16;
const MAX_LOG_STEPS = 1000;

export interface EngineDocument {
  uri: string;
  version: number;
  getText(): string;
}

/** A feature result: the service's answer as JSON bytes, and the files the plan's environment came from. */
export interface EngineReply {
  json: RawJson;
  deps: string[];
}

interface Pending {
  resolve(v: EngineReply): void;
  reject(e: unknown): void;
  retry(): void;
}

/** A running engine: a worker thread or a child process. */
interface Channel {
  send(m: ToEngine): void;
  terminate(): Promise<unknown>;
}

interface ChannelHooks {
  receive(m: FromEngine): void;
  exit(): void;
  log(message: string): void;
}

type ChannelFactory = (hooks: ChannelHooks) => Channel;

/** `started`: a worker already started (server.ts), used for the first channel. */
function threadChannel(script: string, youngMb: number, started?: Worker): ChannelFactory {
  return (hooks) => {
    const w = started ?? startEngineThread(script, youngMb);
    started = undefined;
    w.stdout.setEncoding('utf8');
    w.stdout.on('data', (chunk: string) => hooks.log(chunk.trimEnd()));
    w.on('message', (m: FromEngine) => hooks.receive(m));
    w.on('error', (e) => hooks.log(`fsplan：检查线程出错，已重启：${e.stack ?? e.message}`));
    w.on('exit', () => hooks.exit());
    return { send: (m) => w.postMessage(m), terminate: () => w.terminate() };
  };
}

function processChannel(script: string, execArgv: readonly string[]): ChannelFactory {
  return (hooks) => {
    const child: ChildProcess = fork(script, [], {
      execArgv: [...execArgv],
      env: { ...process.env, [ENGINE_PROCESS_ENV]: '1' },
      // its output must not reach the server's stdout (the protocol stream with --stdio)
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => hooks.log(chunk.trimEnd()));
    }
    child.on('message', (m) => hooks.receive(m as FromEngine));
    child.on('error', (e) => hooks.log(`fsplan：检查进程出错：${e.stack ?? e.message}`));
    let exited = false;
    const gone = new Promise<void>((resolve) =>
      child.once('exit', () => {
        exited = true;
        hooks.exit();
        resolve();
      }),
    );
    child.unref();
    child.channel?.unref();
    return {
      send: (m) => {
        if (!exited && child.connected) child.send(m, undefined, {}, () => undefined);
      },
      terminate: () => {
        if (!exited) child.kill();
        return gone;
      },
    };
  };
}

class EngineInstance {
  private channel: Channel | undefined;
  private readonly pending = new Map<number, Pending>();
  /** uri → version the engine holds. */
  readonly held = new Map<string, number>();

  constructor(
    private readonly start: ChannelFactory,
    private readonly onEvent: (e: EngineEvent) => void,
    private readonly onLog: (message: string) => void,
    /** End the engine whenever it holds no plan (the one for big plans). */
    private readonly releaseWhenIdle: boolean,
  ) {}

  private ensure(): Channel {
    if (this.channel) return this.channel;
    const channel: Channel = this.start({
      receive: (m) => this.receive(m),
      log: this.onLog,
      exit: () => {
        if (this.channel !== channel) return;
        this.channel = undefined;
        this.held.clear();
        const failed = [...this.pending.values()];
        this.pending.clear();
        for (const p of failed) p.reject(new ResponseError(ErrorCodes.InternalError, 'fsplan 检查线程意外退出，请重试'));
      },
    });
    this.channel = channel;
    return channel;
  }

  private receive(m: FromEngine): void {
    if (m.kind === 'event') return this.onEvent(m.event);
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.kind === 'result') p.resolve({ json: new RawJson(m.json), deps: m.deps });
    else if (m.kind === 'error') p.reject(new ResponseError(m.code, m.message, m.data));
    else if (m.kind === 'dropped')
      p.reject(m.reason === 'cancelled' ? new ResponseError(LSPErrorCodes.RequestCancelled, '请求已取消') : new ResponseError(LSPErrorCodes.ContentModified, '文档已更改'));
    else p.retry();
    if (this.releaseWhenIdle) this.stopIfIdle();
  }

  post(m: ToEngine): void {
    if (m.kind === 'forget') this.held.delete(m.uri);
    this.channel?.send(m);
  }

  /** Starts the engine now (its channel factory may hold a worker already started). */
  launch(): void {
    this.ensure();
  }

  /** Whether the engine is running. */
  get running(): boolean {
    return this.channel !== undefined;
  }

  /**
   * Ends the engine when it holds no document and has no request pending: a
   * V8 heap keeps the memory it grew to for a 19 MB plan after the plan is
   * closed; a new engine starts small when the next plan comes.
   */
  stopIfIdle(): void {
    if (!this.channel || this.held.size || this.pending.size) return;
    const c = this.channel;
    this.channel = undefined;
    void c.terminate();
  }

  request(
    id: number,
    op: Op,
    doc: EngineDocument,
    changes: () => ChangeLog | undefined,
    base: Omit<EngineRequest, 'kind' | 'id' | 'op' | 'uri' | 'version' | 'text' | 'changes'>,
    token?: CancellationToken,
  ): Promise<EngineReply> {
    return new Promise((resolve, reject) => {
      const send = (withText: boolean) => {
        const channel = this.ensure();
        const held = this.held.get(doc.uri);
        let log = changes();
        let text: string | undefined;
        if (withText || held === undefined || (held !== doc.version && log?.base !== held)) {
          log = undefined;
          text = doc.getText();
        } else if (held === doc.version) log = undefined;
        this.held.set(doc.uri, doc.version);
        this.pending.set(id, { resolve, reject, retry: () => send(true) });
        channel.send({ kind: 'request', id, op, uri: doc.uri, version: doc.version, text, changes: log, ...base });
      };
      send(false);
      token?.onCancellationRequested(() => {
        if (this.pending.has(id)) this.channel?.send({ kind: 'cancel', id });
      });
    });
  }

  /** A request that is not about a plan (its reply is a `result` or an `error`). */
  ask(id: number, m: ToEngine): Promise<EngineReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, retry: () => reject(new ResponseError(ErrorCodes.InternalError, 'fsplan 检查线程未能回答')) });
      this.ensure().send(m);
    });
  }

  stop(): Promise<unknown> | undefined {
    const c = this.channel;
    this.channel = undefined;
    return c?.terminate();
  }
}

export class Engine {
  private nextId = 1;
  private readonly small: EngineInstance;
  private readonly big: EngineInstance;
  /** uri → the engine that holds its text. */
  private readonly placed = new Map<string, EngineInstance>();
  /** uri → edits since the version the engine last got. */
  private readonly logs = new Map<string, ChangeLog & { chars: number }>();
  /** Bumped when configs, settings or reference files change. */
  private generation = 0;
  workspaceFolders: string[] = [];

  /** `script`: dist/engine.js; `started`: its worker thread, already started by server.ts. */
  constructor(script: string, onEvent: (e: EngineEvent) => void, onLog: (message: string) => void, started?: Worker) {
    // 16 MB young generation for the worker that holds the many ordinary plans
    // (no slower than 64 MB on plans up to 400 k characters, a few MB less resident)
    this.small = new EngineInstance(threadChannel(script, SMALL_WORKER_YOUNG_MB, started), onEvent, onLog, false);
    // adopted at once: its events need their listeners
    if (started) this.small.launch();
    this.big = new EngineInstance(processChannel(script, BIG_ENGINE_EXEC_ARGV), onEvent, onLog, true);
  }

  /** An open document changed from version `from` to `to` (called for every didChange, before any request for `to`). */
  changed(uri: string, from: number, to: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    let log = this.logs.get(uri);
    const last = log && (log.steps.length ? log.steps[log.steps.length - 1].version : log.base);
    if (!log || last !== from) {
      log = { base: from, steps: [], chars: 0 };
      this.logs.set(uri, log);
    }
    log.steps.push({ version: to, changes: [...changes] });
    for (const c of changes) log.chars += c.text.length;
    // a long history costs more than the text: the next request sends the text
    if (log.chars > MAX_LOG_CHARS || log.steps.length > MAX_LOG_STEPS || changes.some((c) => !('range' in c))) this.logs.delete(uri);
  }

  request(op: Op, doc: EngineDocument, settings: Settings, args?: unknown, token?: CancellationToken): Promise<EngineReply> {
    const engine = doc.getText().length >= BIG_PLAN ? this.big : this.small;
    const before = this.placed.get(doc.uri);
    if (before && before !== engine) {
      before.post({ kind: 'forget', uri: doc.uri });
      if (before === this.big) this.big.stopIfIdle();
    }
    this.placed.set(doc.uri, engine);
    const changes = () => {
      const log = this.logs.get(doc.uri);
      this.logs.delete(doc.uri);
      const last = log && (log.steps.length ? log.steps[log.steps.length - 1].version : log.base);
      return log && last === doc.version ? { base: log.base, steps: log.steps } : undefined;
    };
    return engine.request(this.nextId++, op, doc, changes, { settings, generation: this.generation, workspaceFolders: this.workspaceFolders, args }, token);
  }

  /** The diagnostics of an open .fsplanrc.json's text (validated in the engine, where the config schemas and the rules are). */
  async checkConfig(uri: string, text: string): Promise<RawJson> {
    const id = this.nextId++;
    return (await this.small.ask(id, { kind: 'checkConfig', id, uri, text })).json;
  }

  /** Reference files changed (undefined: settings changed); every analysis is outdated. */
  invalidate(files: string[] = []): void {
    this.generation++;
    if (files.length) for (const e of [this.small, this.big]) e.post({ kind: 'invalidate', files });
  }

  forget(uri: string): void {
    const engine = this.placed.get(uri);
    engine?.post({ kind: 'forget', uri });
    this.placed.delete(uri);
    this.logs.delete(uri);
    // the engine for big plans gives its memory back once its last plan is closed
    if (engine === this.big) this.big.stopIfIdle();
  }

  /** Documents placed in an engine or with edits kept (tests). */
  get documentCount(): number {
    return new Set([...this.placed.keys(), ...this.logs.keys()]).size;
  }

  /** Whether the engine for big plans is running (tests). */
  get bigEngineRunning(): boolean {
    return this.big.running;
  }

  stop(): Promise<unknown> {
    return Promise.all([this.small.stop(), this.big.stop()]);
  }
}
