// The connection thread's side of the engine: two worker threads (one for
// big plans, one for the rest, so a 5 MB plan never delays a small one),
// texts sent only when the worker lacks that version, a worker that dies is
// restarted and its pending requests fail instead of hanging.
import { Worker } from 'node:worker_threads';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { EngineEvent, FromEngine, Op, ToEngine } from './engine-protocol';
import type { Settings } from './settings';

/** Plans of at least this many characters go to the worker for big plans. */
export const BIG_PLAN = 400_000;

/** Young generation (MB) of the worker for plans below BIG_PLAN; docs/performance.md has the measurements. */
export const SMALL_WORKER_YOUNG_MB = 16;

export interface EngineDocument {
  uri: string;
  version: number;
  getText(): string;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
  retry(): void;
}

class EngineWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  /** uri → version the worker holds. */
  private readonly sent = new Map<string, number>();

  constructor(
    private readonly script: string,
    private readonly onEvent: (e: EngineEvent) => void,
    private readonly onLog: (message: string) => void,
    /** Young generation of the worker's heap (MB). */
    private readonly youngMb: number,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // stdout: true keeps the worker's output off the server's stdout (the protocol stream with --stdio)
    const w = new Worker(this.script, { workerData: { fsplanEngine: true }, stdout: true, resourceLimits: { maxYoungGenerationSizeMb: this.youngMb } });
    w.stdout.setEncoding('utf8');
    w.stdout.on('data', (chunk: string) => this.onLog(chunk.trimEnd()));
    w.on('message', (m: FromEngine) => this.receive(m));
    w.on('error', (e) => this.onLog(`fsplan：检查线程出错，已重启：${e.stack ?? e.message}`));
    w.on('exit', () => {
      if (this.worker !== w) return;
      this.worker = undefined;
      this.sent.clear();
      const failed = [...this.pending.values()];
      this.pending.clear();
      for (const p of failed) p.reject(new ResponseError(ErrorCodes.InternalError, 'fsplan 检查线程意外退出，请重试'));
    });
    w.unref();
    this.worker = w;
    return w;
  }

  private receive(m: FromEngine): void {
    if (m.kind === 'event') return this.onEvent(m.event);
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.kind === 'result') p.resolve(m.result);
    else if (m.kind === 'error') p.reject(new ResponseError(m.code, m.message, m.data));
    else p.retry();
    if (this.releaseWhenIdle) this.stopIfIdle();
  }

  /** Set for the big-plan worker: end the thread whenever it holds no plan (stopIfIdle). */
  releaseWhenIdle = false;

  post(m: ToEngine): void {
    if (m.kind === 'forget') this.sent.delete(m.uri);
    this.worker?.postMessage(m);
  }

  /** Whether the worker thread is running. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Ends the worker when it holds no document and has no request pending: a
   * V8 heap keeps the memory it grew to for a 19 MB plan after the plan is
   * closed; a new thread starts small when the next plan comes.
   */
  stopIfIdle(): void {
    if (!this.worker || this.sent.size || this.pending.size) return;
    const w = this.worker;
    this.worker = undefined;
    void w.terminate();
  }

  request(id: number, op: Op, doc: EngineDocument, base: Omit<Extract<ToEngine, { kind: 'request' }>, 'kind' | 'id' | 'op' | 'uri' | 'version' | 'text'>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const send = (withText: boolean) => {
        const w = this.ensure();
        const text = withText || this.sent.get(doc.uri) !== doc.version ? doc.getText() : undefined;
        this.sent.set(doc.uri, doc.version);
        this.pending.set(id, { resolve, reject, retry: () => send(true) });
        w.postMessage({ kind: 'request', id, op, uri: doc.uri, version: doc.version, text, ...base } satisfies ToEngine);
      };
      send(false);
    });
  }

  stop(): Promise<number> | undefined {
    return this.worker?.terminate();
  }
}

export class Engine {
  private nextId = 1;
  private readonly small: EngineWorker;
  private readonly big: EngineWorker;
  /** uri → the worker that holds its text. */
  private readonly placed = new Map<string, EngineWorker>();
  /** Bumped when configs, settings or reference files change. */
  private generation = 0;
  workspaceFolders: string[] = [];

  constructor(script: string, onEvent: (e: EngineEvent) => void, onLog: (message: string) => void) {
    // Young generations: 16 MB for the worker that holds the many ordinary plans
    // (no slower than 64 MB on plans up to 400 k characters, a few MB less resident),
    // 64 MB for the one that parses big plans (many short-lived objects: about 2x faster).
    this.small = new EngineWorker(script, onEvent, onLog, SMALL_WORKER_YOUNG_MB);
    this.big = new EngineWorker(script, onEvent, onLog, 64);
    this.big.releaseWhenIdle = true;
  }

  request<T>(op: Op, doc: EngineDocument, settings: Settings, args?: unknown): Promise<T> {
    const worker = doc.getText().length >= BIG_PLAN ? this.big : this.small;
    const before = this.placed.get(doc.uri);
    if (before && before !== worker) {
      before.post({ kind: 'forget', uri: doc.uri });
      if (before === this.big) this.big.stopIfIdle();
    }
    this.placed.set(doc.uri, worker);
    return worker.request(this.nextId++, op, doc, { settings, generation: this.generation, workspaceFolders: this.workspaceFolders, args }) as Promise<T>;
  }

  /** Reference files changed (undefined: settings changed); every analysis is outdated. */
  invalidate(files: string[] = []): void {
    this.generation++;
    if (files.length) for (const w of [this.small, this.big]) w.post({ kind: 'invalidate', files });
  }

  forget(uri: string): void {
    const worker = this.placed.get(uri);
    worker?.post({ kind: 'forget', uri });
    this.placed.delete(uri);
    // the big-plan worker gives its memory back once its last plan is closed
    if (worker === this.big) this.big.stopIfIdle();
  }

  /** Whether the worker for big plans is running (tests). */
  get bigWorkerRunning(): boolean {
    return this.big.running;
  }

  stop(): Promise<unknown> {
    return Promise.all([this.small.stop(), this.big.stop()]);
  }
}
