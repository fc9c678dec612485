// Watched files: .fsplanrc.json, the registry and the municipal plan. A change
// re-checks the plans that depend on the file (all plans for a config file,
// which may start or stop applying). Registered dynamically when supported.
import * as path from 'node:path';
import { Connection, DidChangeWatchedFilesNotification, WatchKind } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../node/config-loader';
import type { Analyzer } from './analysis';
import type { ConfigProblems } from './config-problems';
import type { DiagnosticsFeature } from './diagnostics';
import type { Environments } from './environment';
import { filePathOf } from './plans';

/** Registers the watchers dynamically (call after `initialized`, when the client supports it). */
export function registerWatchers(connection: Connection): void {
  void connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: WATCH_GLOBS.map((globPattern) => ({ globPattern, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete })),
  });
}

export const WATCH_GLOBS = [`**/${CONFIG_FILE}`, '**/*.txt', '**/*.json', '**/*.fsplan'];

export function registerWatch(
  connection: Connection,
  deps: { analyzer: Analyzer; environments: Environments; diagnostics: DiagnosticsFeature; configProblems: ConfigProblems },
): void {
  connection.onDidChangeWatchedFiles((params) => {
    const uris = new Set<string>();
    let all = false;
    for (const change of params.changes) {
      const file = filePathOf(change.uri);
      if (!file) continue;
      deps.environments.invalidate(file);
      if (path.basename(file) === CONFIG_FILE) {
        deps.configProblems.changed(file);
        all = true;
      } else for (const u of deps.analyzer.dependents(file)) uris.add(u);
    }
    if (!all && !uris.size) return;
    deps.analyzer.invalidateAll();
    deps.diagnostics.recheck(all ? deps.analyzer.dependents() : [...uris]);
  });
}
