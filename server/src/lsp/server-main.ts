// Wires the language server: connection, documents, engines and features. No
// logic here. Loaded by server.ts (after it answered initialize on --stdio) as
// a bundle of its own, dist/server-main.js. The transport comes from argv
// (transport.ts): --stdio, --node-ipc, --socket=N. The engines run
// dist/engine.js (engine-worker.ts), a bundle of their own.
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { DidChangeConfigurationNotification, InitializeParams, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientFeatures, initializeResult } from './capabilities';
import { registerCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { ConfigProblems } from './config-problems';
import type { Answered } from './first-message';
import { DiagnosticsFeature } from './diagnostics';
import { Engine } from './engine';
import { routeEngineEvent } from './engine-events';
import { registerFeatures } from './features';
import { registerMissingFiles } from './missing-files';
import { checkParams } from './params';
import { PlanService } from './plan-service';
import { registerSettingsChanges, SettingsStore } from './settings';
import { registerTestHooks } from './test-hooks';
import { connect, shutdownRequested } from './transport';
import { registerWatch, Watchers } from './watch';

export interface StartOptions {
  /** The initialize request server.ts already answered (its answer is the same as the handler's below). */
  answered?: Answered;
  /** The engine's worker thread, started by server.ts. */
  engineThread?: Worker;
  /** server.ts read the first message from stdin and left it paused: resume it once the reader listens. */
  resumeStdin?: boolean;
}

export function startServer({ answered, engineThread, resumeStdin }: StartOptions): void {
  const connection = checkParams(connect(process.argv, answered));
  const configProblems = new ConfigProblems(connection, (uri) => documents.get(uri) !== undefined);
  const watchers = new Watchers(connection);
  const onEvent = routeEngineEvent({ configProblems, missingFile: registerMissingFiles(connection), watchers });
  const engine = new Engine(path.join(__dirname, 'engine.js'), onEvent, (m) => connection.console.error(m), engineThread);
  // the engine gets the editor's edits, not the whole text again after each one
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (doc, changes, version) => {
      engine.changed(doc.uri, doc.version, version, changes);
      return TextDocument.update(doc, changes, version);
    },
  });
  const settings = new SettingsStore(connection);
  const service = new PlanService(documents, settings, engine);

  connection.onInitialize((params: InitializeParams) => {
    const client = clientFeatures(params);
    settings.pull = client.configuration;
    engine.workspaceFolders = client.workspaceFolders;
    const diagnostics = new DiagnosticsFeature(connection, documents, service, {
      pull: client.pullDiagnostics,
      refresh: client.diagnosticRefresh,
      debounceMs: client.debounceMs,
    });
    diagnostics.register();
    registerCodeActions(connection, service, client.createFiles);
    registerWatch(connection, { service, engine, diagnostics, configProblems });
    registerSettingsChanges(connection, settings, () => {
      engine.invalidate();
      diagnostics.recheck(service.dependents());
    });
    connection.onInitialized(() => {
      if (client.watchRegistration) watchers.start(client.watchRelativePatterns);
      if (client.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'fsplan' });
    });
    return initializeResult(params);
  });
  connection.onShutdown(async () => {
    shutdownRequested();
    await engine.stop();
  });

  registerFeatures(connection, service);
  registerCommands(connection, service);
  registerTestHooks(connection, documents, engine);

  documents.listen(connection);
  connection.listen();
  // server.ts paused the input after reading the first message; the reader now listens
  if (resumeStdin) process.stdin.resume();
}
