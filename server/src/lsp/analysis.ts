// One analysis per open plan version: parsed document, findings and the
// environment they were computed in. Every feature reads it from here, so a
// plan is parsed and linted once per version.
import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanDocument } from '../core/document';
import { lintText } from '../core/linter';
import { LineIndex } from '../core/positions';
import type { Finding } from '../core/types';
import type { Environments, PlanEnvironment } from './environment';
import { filePathOf, isPlanDocument } from './plans';
import type { Settings, SettingsStore } from './settings';

export interface Analysis {
  uri: string;
  version: number;
  text: string;
  index: LineIndex;
  doc: PlanDocument;
  findings: Finding[];
  plan: PlanEnvironment;
  settings: Settings;
}

export class Analyzer {
  private readonly cache = new Map<string, { analysis: Analysis; generation: number }>();
  /** Bumped when configs, settings or reference files change: every cached analysis is then outdated. */
  private generation = 0;
  workspaceFolders: string[] = [];

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly environments: Environments,
    readonly settings: SettingsStore,
  ) {}

  invalidateAll(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private folderOf(file: string | undefined): string | undefined {
    if (!file) return undefined;
    let best: string | undefined;
    for (const f of this.workspaceFolders) {
      const prefix = f.endsWith(path.sep) ? f : f + path.sep;
      if ((file === f || file.startsWith(prefix)) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  /** The analysis of this exact document version (computed now when needed). */
  analyze(doc: TextDocument, settings: Settings): Analysis {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.analysis.version === doc.version && hit.generation === this.generation && hit.analysis.settings === settings) return hit.analysis;
    const file = filePathOf(doc.uri);
    const plan = this.environments.forPlan(file, settings, this.folderOf(file));
    const text = doc.getText();
    const { doc: parsed, findings } = lintText(text, plan.rules, plan.env);
    const analysis: Analysis = { uri: doc.uri, version: doc.version, text, index: new LineIndex(text), doc: parsed, findings, plan, settings };
    this.cache.set(doc.uri, { analysis, generation: this.generation });
    return analysis;
  }

  /** The analysis of the current version of an open plan; undefined for closed or non-plan documents. */
  async current(uri: string): Promise<Analysis | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || !isPlanDocument(doc)) return undefined;
    const settings = await this.settings.get(uri);
    const now = this.documents.get(uri);
    if (!now || !settings.enable) return undefined;
    return this.analyze(now, settings);
  }

  /** Open plans that depend on `file` (all open plans when `file` is undefined). */
  dependents(file?: string): string[] {
    return this.documents
      .all()
      .filter((d) => isPlanDocument(d))
      .filter((d) => {
        if (!file) return true;
        const c = this.cache.get(d.uri);
        return !c || c.analysis.plan.deps.includes(file);
      })
      .map((d) => d.uri);
  }
}
