// What features ask for: a feature result for the current version of an open
// plan, computed by the engine. Closed documents, non-plans and a disabled
// fsplan answer undefined (the feature then answers null).
import type { CancellationToken, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine, EngineReply } from './engine';
import type { Op } from './engine-protocol';
import { isPlanDocument } from './plans';
import type { Settings, SettingsStore } from './settings';

export class PlanService {
  /** uri → files the plan's last result depended on. */
  private readonly deps = new Map<string, string[]>();

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
    readonly engine: Engine,
  ) {}

  /** A feature result for the current version of an open plan. */
  async call(op: Op, uri: string, args?: unknown, token?: CancellationToken): Promise<EngineReply | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || !isPlanDocument(doc)) return undefined;
    const settings = await this.settings.get(uri);
    const now = this.documents.get(uri);
    if (!now || !settings.enable) return undefined;
    return this.engine.request(op, now, settings, args, token);
  }

  /** A result for exactly this version (diagnostics). */
  for(op: Op, doc: TextDocument, settings: Settings, token?: CancellationToken): Promise<EngineReply> {
    return this.engine.request(op, doc, settings, undefined, token);
  }

  recordDeps(uri: string, files: string[]): void {
    this.deps.set(uri, files);
  }

  forget(uri: string): void {
    this.deps.delete(uri);
    this.settings.forget(uri);
    this.engine.forget(uri);
  }

  /** Open plans that depend on `file` (all open plans when `file` is undefined). */
  dependents(file?: string): string[] {
    return this.documents
      .all()
      .filter((d) => isPlanDocument(d))
      .filter((d) => {
        if (!file) return true;
        const deps = this.deps.get(d.uri);
        return !deps || deps.includes(file);
      })
      .map((d) => d.uri);
  }
}
