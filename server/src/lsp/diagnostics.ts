// Diagnostics for every open plan. Pushed (debounced per document) or, when
// the client supports textDocument/diagnostic, pulled. A result is only ever
// delivered for the version it was computed from.
import {
  Connection,
  Diagnostic,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configDiagnostics } from '../service';
import { filePathOf, isConfigDocument, isPlanDocument } from './plans';
import type { PlanService } from './plan-service';

interface DiagnosticsResult {
  items: Diagnostic[];
  deps: string[];
}

export type Trigger = 'open' | 'change' | 'save' | 'refresh';

export interface DiagnosticsOptions {
  /** Client advertised textDocument.diagnostic. */
  pull: boolean;
  /** Client advertised workspace.diagnostics.refreshSupport. */
  refresh: boolean;
  /** Base debounce delay in ms (bigger documents wait longer). */
  debounceMs: number;
}

export class DiagnosticsFeature {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; trigger: Trigger }>();
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
      this.last.delete(e.document.uri);
      this.service.forget(e.document.uri);
      if (!this.options.pull || isConfigDocument(e.document)) void this.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    if (this.options.pull) {
      this.connection.languages.diagnostics.on(async (params) => {
        const items = await this.pullItems(params.textDocument.uri);
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
      const file = filePathOf(uri) ?? uri;
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: configDiagnostics(doc.getText(), file) });
      return;
    }
    if (!isPlanDocument(doc)) return;
    const prev = this.timers.get(uri);
    if (prev) clearTimeout(prev.timer);
    // a pending open/save/refresh is not downgraded to a change (onSave mode must still run it)
    const effective = prev && prev.trigger !== 'change' && trigger === 'change' ? prev.trigger : trigger;
    const wait = delay ?? this.options.debounceMs + Math.floor(doc.getText().length / 2000);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.run(uri, effective).catch((e) => this.connection.console.error(`fsplan：检查 ${uri} 时出错：${(e as Error).stack ?? e}`));
    }, wait);
    this.timers.set(uri, { timer, trigger: effective });
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
    const { items: diagnostics, deps } = await this.service.for<DiagnosticsResult>('diagnostics', now, settings);
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

  private async pullItems(uri: string): Promise<Diagnostic[]> {
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
    const { items, deps } = await this.service.for<DiagnosticsResult>('diagnostics', now, settings);
    if (this.documents.get(uri)?.version !== now.version) throw stale();
    this.service.recordDeps(uri, deps);
    this.last.set(uri, items);
    return items;
  }
}
