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
import type { Analyzer } from './analysis';
import { validateConfigText } from './config-problems';
import { toDiagnostic } from './convert';
import { filePathOf, isConfigDocument, isPlanDocument } from './plans';

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
    private readonly analyzer: Analyzer,
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
      this.analyzer.forget(e.document.uri);
      this.analyzer.settings.forget(e.document.uri);
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
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: validateConfigText(doc.getText(), file) });
      return;
    }
    if (!isPlanDocument(doc)) return;
    const prev = this.timers.get(uri);
    if (prev) clearTimeout(prev.timer);
    // a pending open/save/refresh is not downgraded to a change (onSave mode must still run it)
    const effective = prev && prev.trigger !== 'change' && trigger === 'change' ? prev.trigger : trigger;
    const wait = delay ?? this.options.debounceMs + Math.floor(doc.getText().length / 5000);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.run(uri, effective).catch((e) => this.connection.console.error(`fsplan：检查 ${uri} 时出错：${(e as Error).stack ?? e}`));
    }, wait);
    this.timers.set(uri, { timer, trigger: effective });
  }

  private async run(uri: string, trigger: Trigger): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const settings = await this.analyzer.settings.get(uri);
    const now = this.documents.get(uri);
    // closed, or changed while waiting: the newer version has its own timer
    if (!now || now.version !== doc.version) return;
    if (!settings.enable) {
      this.last.set(uri, []);
      if (!this.options.pull) void this.connection.sendDiagnostics({ uri, version: now.version, diagnostics: [] });
      return;
    }
    if (settings.run === 'onSave' && trigger === 'change') return;
    const a = this.analyzer.analyze(now, settings);
    const diagnostics = a.findings.map((f) => toDiagnostic(a.index, f));
    this.last.set(uri, diagnostics);
    if (this.options.pull) {
      if (settings.run === 'onSave' && this.options.refresh) void this.connection.languages.diagnostics.refresh();
      return;
    }
    if (this.documents.get(uri)?.version !== a.version) return;
    void this.connection.sendDiagnostics({ uri, version: a.version, diagnostics });
  }

  private async pullItems(uri: string): Promise<Diagnostic[]> {
    const doc = this.documents.get(uri);
    if (!doc) return [];
    if (isConfigDocument(doc)) return [];
    if (!isPlanDocument(doc)) return [];
    const settings = await this.analyzer.settings.get(uri);
    const now = this.documents.get(uri);
    if (!now) return [];
    if (now.version !== doc.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, '文档已更改', { retriggerRequest: true });
    }
    if (!settings.enable) return [];
    if (settings.run === 'onSave') return this.last.get(uri) ?? [];
    const a = this.analyzer.analyze(now, settings);
    const items = a.findings.map((f) => toDiagnostic(a.index, f));
    this.last.set(uri, items);
    return items;
  }
}
