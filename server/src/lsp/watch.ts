// Watched files: .fsplanrc.json, the registry and the municipal plan. A change
// re-checks the plans that depend on the file (all plans for a config file,
// which may start or stop applying). Registered dynamically when supported.
import * as path from 'node:path';
import { Connection, DidChangeWatchedFilesNotification, WatchKind } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../core/engine/config-file';
import type { ConfigProblems } from './config-problems';
import type { DiagnosticsFeature } from './diagnostics';
import type { Engine } from './engine';
import { filePathOf, uriOf } from './plans';
import type { PlanService } from './plan-service';

const ALL = WatchKind.Create | WatchKind.Change | WatchKind.Delete;

/**
 * Dynamic file watchers: the globs above once, then one watcher per
 * referenced file (municipal plan, registry) that may lie outside the
 * workspace or have another extension.
 */
export class Watchers {
  private ready = false;
  private relative = false;
  private readonly pending = new Set<string>();
  private readonly watched = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** Call after `initialized` when the client supports dynamic registration. */
  start(relativePatternSupport: boolean): void {
    this.ready = true;
    this.relative = relativePatternSupport;
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: WATCH_GLOBS.map((globPattern) => ({ globPattern, kind: ALL })),
    });
    const files = [...this.pending];
    this.pending.clear();
    for (const f of files) this.ensure(f);
  }

  /** Watch a referenced file (no-op when already watched). */
  ensure(file: string): void {
    const abs = path.resolve(file);
    if (this.watched.has(abs)) return;
    if (!this.ready) {
      this.pending.add(abs);
      return;
    }
    this.watched.add(abs);
    const globPattern = this.relative ? { baseUri: uriOf(path.dirname(abs)), pattern: path.basename(abs) } : `**/${path.basename(abs)}`;
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern, kind: ALL }] });
  }
}

export const WATCH_GLOBS = [`**/${CONFIG_FILE}`, '**/*.txt', '**/*.json', '**/*.fsplan'];

export function registerWatch(
  connection: Connection,
  deps: { service: PlanService; engine: Engine; diagnostics: DiagnosticsFeature; configProblems: ConfigProblems },
): void {
  connection.onDidChangeWatchedFiles((params) => {
    const uris = new Set<string>();
    const files: string[] = [];
    let all = false;
    for (const change of params.changes) {
      const file = filePathOf(change.uri);
      if (!file) continue;
      files.push(file);
      if (path.basename(file) === CONFIG_FILE) {
        deps.configProblems.changed(file);
        all = true;
      } else for (const u of deps.service.dependents(file)) uris.add(u);
    }
    if (!all && !uris.size) return;
    deps.engine.invalidate(files);
    deps.diagnostics.recheck(all ? deps.service.dependents() : [...uris]);
  });
}
