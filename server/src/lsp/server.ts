// Wires the language server: connection, documents, engine workers and
// features. No logic here. createConnection picks the transport from argv:
// --node-ipc (VS Code), --stdio, --socket=N. The same bundle runs the engine
// worker threads (engine-worker.ts).
import { isMainThread } from 'node:worker_threads';
import { createConnection, DidChangeConfigurationNotification, InitializeParams, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientFeatures, serverCapabilities } from './capabilities';
import { registerCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { ConfigProblems } from './config-problems';
import { DiagnosticsFeature } from './diagnostics';
import { Engine } from './engine';
import { routeEngineEvent } from './engine-events';
import { startEngineWorker } from './engine-worker';
import { registerFeatures } from './features';
import { registerMissingFiles } from './missing-files';
import { checkParams } from './params';
import { PlanService } from './plan-service';
import { registerSettingsChanges, SettingsStore } from './settings';
import { registerWatch, Watchers } from './watch';

function startServer(): void {
  const connection = checkParams(createConnection(ProposedFeatures.all));
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const configProblems = new ConfigProblems(connection, (uri) => documents.get(uri) !== undefined);
  const watchers = new Watchers(connection);
  const onEvent = routeEngineEvent({ configProblems, missingFile: registerMissingFiles(connection), watchers });
  const engine = new Engine(__filename, onEvent, (m) => connection.console.error(m));
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
    return { capabilities: serverCapabilities(client), serverInfo: { name: 'fsplan' } };
  });
  connection.onShutdown(async () => {
    await engine.stop();
  });

  registerFeatures(connection, service);
  registerCommands(connection, service);

  documents.listen(connection);
  connection.listen();
}

if (isMainThread) startServer();
else startEngineWorker();
