// Diagnostics for every open plan. Pushed (debounced per document) or, when
// the client supports textDocument/diagnostic, pulled. A result is only ever
// delivered for the version it was computed from. The items are passed on as
// the engine serialised them (raw-json.ts): the connection thread never
// builds or stringifies the diagnostics of a big plan.
import {
  CancellationToken,
  Connection,
  Diagnostic,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigDocument, isPlanDocument } from './plans';
import type { PlanService } from './plan-service';

/** The engine dropped the check: the document changed (or closed) before its turn, or the client cancelled. */
const isDropped = (e: unknown) => e instanceof ResponseError && (e.code === LSPErrorCodes.ContentModified || e.code === LSPErrorCodes.RequestCancelled);

export type Trigger = 'open' | 'change' | 'save' | 'refresh';

export interface DiagnosticsOptions {
  /** Client advertised textDocument.diagnostic. */
  pull: boolean;
  /** Client advertised workspace.diagnostics.refreshSupport. */
  refresh: boolean;
  /** Debounce delay in ms when the fsplan.debounce setting is not given (initializationOptions.debounceMs, else DEFAULT_DEBOUNCE_MS). */
  debounceMs: number;
}

export class DiagnosticsFeature {
  private readonly timers = new Map<string, { timer?: NodeJS.Timeout; trigger: Trigger }>();
  /** Per document, the latest schedule() call: an older one whose settings arrive late sets no timer. */
  private readonly latest = new Map<string, number>();
  private scheduled = 0;
  /** Last diagnostics per plan, for pull requests in onSave mode. */
  private readonly last = new Map<string, Diagnostic[]>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: PlanService,
    private readonly options: DiagnosticsOptions,
  ) {}

  register(): void {
    this.documents.onDidOpen((e) => this.schedule(e.document.uri, 'open'));
    this.documents.onDidChangeContent((e) => this.schedule(e.document.uri, 'change'));
    this.documents.onDidSave((e) => this.schedule(e.document.uri, 'save'));
    this.documents.onDidClose((e) => {
      const t = this.timers.get(e.document.uri);
      if (t) clearTimeout(t.timer);
      this.timers.delete(e.document.uri);
      this.latest.delete(e.document.uri);
      this.last.delete(e.document.uri);
      this.service.forget(e.document.uri);
      if (!this.options.pull || isConfigDocument(e.document)) void this.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    if (this.options.pull) {
      this.connection.languages.diagnostics.on(async (params, token) => {
        const items = await this.pullItems(params.textDocument.uri, token);
        return { kind: DocumentDiagnosticReportKind.Full, items };
      });
    }
  }

  /** Re-checks the given plans (after a config, settings or reference file change). */
  recheck(uris: readonly string[]): void {
    if (this.options.pull && this.options.refresh) {
      for (const uri of uris) this.schedule(uri, 'refresh', 0);
      void this.connection.languages.diagnostics.refresh();
      return;
    }
    for (const uri of uris) this.schedule(uri, 'refresh');
  }

  private schedule(uri: string, trigger: Trigger, delay?: number): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    if (isConfigDocument(doc)) {
      const version = doc.version;
      this.service.engine.checkConfig(uri, doc.getText()).then(
        (json) => {
          // changed or closed meanwhile: the newer version has its own check
          if (this.documents.get(uri)?.version === version) void this.connection.sendDiagnostics({ uri, version, diagnostics: json.as<Diagnostic[]>() });
        },
        (e: unknown) => this.connection.console.error(`fsplan：检查配置文件 ${uri} 时出错：${(e as Error).message ?? e}`),
      );
      return;
    }
    if (!isPlanDocument(doc)) return;
    const prev = this.timers.get(uri);
    if (prev) clearTimeout(prev.timer);
    // a pending open/save/refresh is not downgraded to a change (onSave mode must still run it)
    const effective = prev && prev.trigger !== 'change' && trigger === 'change' ? prev.trigger : trigger;
    this.timers.set(uri, { trigger: effective });
    const call = ++this.scheduled;
    this.latest.set(uri, call);
    void this.debounceFor(uri, delay).then((wait) => {
      if (this.latest.get(uri) !== call) return; // a newer change (or the close) took over
      const timer = setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri, effective).catch((e) => {
          // a newer version, or the close, took over while the check waited its turn
          if (!isDropped(e)) this.connection.console.error(`fsplan：检查 ${uri} 时出错：${(e as Error).stack ?? e}`);
        });
      }, wait);
      this.timers.set(uri, { timer, trigger: effective });
    });
  }

  /**
   * How long to wait after a change: the fsplan.debounce setting, else the
   * default; the same for every size of plan (big plans are checked in their
   * own engine worker, so they do not hold up small ones).
   */
  private async debounceFor(uri: string, delay: number | undefined): Promise<number> {
    if (delay !== undefined) return delay;
    const settings = await this.service.settings.get(uri).catch(() => undefined);
    return settings?.debounce ?? this.options.debounceMs;
  }

  private async run(uri: string, trigger: Trigger): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const settings = await this.service.settings.get(uri);
    const now = this.documents.get(uri);
    // closed, or changed while waiting: the newer version has its own timer
    if (!now || now.version !== doc.version) return;
    if (!settings.enable) {
      this.last.set(uri, []);
      if (!this.options.pull) void this.connection.sendDiagnostics({ uri, version: now.version, diagnostics: [] });
      return;
    }
    if (settings.run === 'onSave' && trigger === 'change') return;
    // pull clients ask for onType results themselves (textDocument/diagnostic)
    if (this.options.pull && settings.run === 'onType') return;
    const version = now.version;
    const { json, deps } = await this.service.for('diagnostics', now, settings);
    const diagnostics = json.as<Diagnostic[]>();
    // the document changed or closed while the engine worked: the newer version has its own timer
    if (this.documents.get(uri)?.version !== version) return;
    this.service.recordDeps(uri, deps);
    this.last.set(uri, diagnostics);
    if (this.options.pull) {
      if (settings.run === 'onSave' && this.options.refresh) void this.connection.languages.diagnostics.refresh();
      return;
    }
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private async pullItems(uri: string, token: CancellationToken): Promise<Diagnostic[]> {
    const doc = this.documents.get(uri);
    if (!doc) return [];
    if (isConfigDocument(doc)) return [];
    if (!isPlanDocument(doc)) return [];
    const settings = await this.service.settings.get(uri);
    const stale = () => new ResponseError(LSPErrorCodes.ServerCancelled, '文档已更改', { retriggerRequest: true });
    const now = this.documents.get(uri);
    if (!now) return [];
    if (now.version !== doc.version) throw stale();
    if (!settings.enable) return [];
    if (settings.run === 'onSave') return this.last.get(uri) ?? [];
    const reply = await this.service.for('diagnostics', now, settings, token).catch((e: unknown) => {
      // the engine dropped it: changed before its turn (pull again), or cancelled by the client
      if (e instanceof ResponseError && e.code === LSPErrorCodes.ContentModified) throw stale();
      throw e;
    });
    if (this.documents.get(uri)?.version !== now.version) throw stale();
    const { deps } = reply;
    const items = reply.json.as<Diagnostic[]>();
    this.service.recordDeps(uri, deps);
    this.last.set(uri, items);
    return items;
  }
}

