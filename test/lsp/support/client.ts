// A minimal LSP client for protocol tests: starts the bundled dist/server.js
// over stdio (or IPC) like an editor would, answers the server's requests
// (configuration, registration, applyEdit, refresh) and lets tests wait on
// notifications. Tests wait on events; nothing here sleeps.
import { ChildProcess, fork, spawn } from 'node:child_process';
import * as path from 'node:path';
import * as url from 'node:url';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  ShowMessageParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot } from '../../support/paths';

export { repoRoot };
export const serverModule = path.join(repoRoot, 'dist', 'server.js');

export interface ClientOptions {
  transport?: 'stdio' | 'ipc';
  /** Pull diagnostics (textDocument.diagnostic + refresh support). */
  pull?: boolean;
  /** The fsplan section answered to workspace/configuration (undefined: no configuration support). */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  debounceMs?: number;
  /** Extra node options for the server process (e.g. --expose-gc). */
  nodeArgs?: string[];
  /** Extra environment variables for the server process (e.g. FSPLAN_TEST_HOOKS). */
  env?: Record<string, string>;
}

type Waiter<T> = { test: (v: T) => boolean; resolve: (v: T) => void };

class Channel<T> {
  readonly all: T[] = [];
  private waiters: Array<Waiter<T>> = [];
  push(v: T): void {
    this.all.push(v);
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(v)) return true;
      w.resolve(v);
      return false;
    });
  }
  /** The next value (from now on, or already received when `past`) that passes `test`. */
  next(test: (v: T) => boolean = () => true, past = false): Promise<T> {
    if (past) {
      const hit = this.all.find(test);
      if (hit) return Promise.resolve(hit);
    }
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }
}

export class TestClient {
  readonly diagnostics = new Channel<PublishDiagnosticsParams>();
  readonly messages = new Channel<ShowMessageParams>();
  readonly registrations = new Channel<{ method: string; registerOptions?: unknown }>();
  readonly refreshes = new Channel<number>();
  readonly applied = new Channel<ApplyWorkspaceEditParams>();
  readonly docs = new Map<string, TextDocument>();
  settings: Record<string, unknown> | undefined;
  initializeResult!: InitializeResult;
  private stderr = '';

  private constructor(
    readonly conn: MessageConnection,
    readonly proc: ChildProcess,
    opts: ClientOptions,
  ) {
    this.settings = opts.settings;
    proc.stderr?.on('data', (d) => (this.stderr += String(d)));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.diagnostics.push(p));
    conn.onNotification('window/showMessage', (p: ShowMessageParams) => this.messages.push(p));
    conn.onNotification('window/logMessage', () => undefined);
    conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => (i.section === 'fsplan' ? (this.settings ?? null) : null)),
    );
    conn.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
      for (const r of p.registrations) this.registrations.push(r);
      return null;
    });
    conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes.push(this.refreshes.all.length + 1);
      return null;
    });
    conn.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      this.applyWorkspaceEdit(p.edit);
      this.applied.push(p);
      return { applied: true };
    });
  }

  static async start(opts: ClientOptions = {}): Promise<TestClient> {
    let proc: ChildProcess;
    let conn: MessageConnection;
    if (opts.transport === 'ipc') {
      proc = fork(serverModule, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], ...(opts.nodeArgs ? { execArgv: [...process.execArgv, ...opts.nodeArgs] } : {}), env: { ...process.env, ...opts.env } });
      conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    } else {
      proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
      conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    }
    const client = new TestClient(conn, proc, opts);
    conn.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: opts.settings !== undefined,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        applyEdit: true,
        ...(opts.pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        ...(opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
    };
    const folder = opts.workspaceFolder;
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? url.pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: url.pathToFileURL(folder).href, name: 'ws' }] : null,
      capabilities,
      initializationOptions: { debounceMs: opts.debounceMs ?? 30 },
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  get serverStderr(): string {
    return this.stderr;
  }

  open(file: string, text: string, languageId = 'fsplan'): string {
    const uri = url.pathToFileURL(file).href;
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  version(uri: string): number {
    return this.doc(uri).version;
  }

  private doc(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    return d;
  }

  /** Applies edits locally and sends them as one incremental didChange; returns the new version. */
  edit(uri: string, edits: TextEdit[]): number {
    const d = this.doc(uri);
    const next = TextDocument.update(d, edits.map((e) => ({ range: e.range, text: e.newText })), d.version + 1);
    this.docs.set(uri, next);
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: next.version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    return next.version;
  }

  /** Applies the text edits of a WorkspaceEdit to open documents (file creation is left to the test). */
  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) continue;
      if (this.docs.has(change.textDocument.uri)) this.edit(change.textDocument.uri, change.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) if (this.docs.has(uri)) this.edit(uri, edits);
  }

  save(uri: string): void {
    void this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The next diagnostics for `uri` (optionally of at least `version`). */
  diagnosticsFor(uri: string, version?: number, past = true): Promise<PublishDiagnosticsParams> {
    return this.diagnostics.next((p) => p.uri === uri && (version === undefined || p.version === version), past);
  }

  /** Diagnostics for the current version of `uri`. */
  async currentDiagnostics(uri: string): Promise<Diagnostic[]> {
    return (await this.diagnosticsFor(uri, this.version(uri))).diagnostics;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    const exited = this.proc.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => this.proc.once('exit', () => r()));
    await exited;
    this.conn.dispose();
  }
}

export function fileUri(file: string): string {
  return url.pathToFileURL(file).href;
}
