// Wires the language server: connection, documents and features. No logic here.
// createConnection picks the transport from argv: --node-ipc (VS Code), --stdio, --socket=N.
import { createConnection, DidChangeConfigurationNotification, InitializeParams, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './analysis';
import { clientFeatures, serverCapabilities } from './capabilities';
import { registerCodeActions } from './code-actions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { ConfigProblems } from './config-problems';
import { registerDefinition } from './definition';
import { DiagnosticsFeature } from './diagnostics';
import { Environments } from './environment';
import { registerFolding } from './folding';
import { registerHover } from './hover';
import { openText } from './plans';
import { registerSettingsChanges, SettingsStore } from './settings';
import { registerSymbols } from './symbols';
import { registerWatch, Watchers } from './watch';
import { registerMissingFiles } from './missing-files';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsStore(connection);
const configProblems = new ConfigProblems(connection, (uri) => documents.get(uri) !== undefined);
const missingFiles = registerMissingFiles(connection);
const watchers = new Watchers(connection);
const environments = new Environments({
  configError: (e) => configProblems.report(e),
  configOk: (files) => configProblems.ok(files),
  missingFile: missingFiles,
  referenced: (file) => watchers.ensure(file),
});
const analyzer = new Analyzer(documents, environments, settings);

connection.onInitialize((params: InitializeParams) => {
  const client = clientFeatures(params);
  settings.pull = client.configuration;
  analyzer.workspaceFolders = client.workspaceFolders;
  const diagnostics = new DiagnosticsFeature(connection, documents, analyzer, {
    pull: client.pullDiagnostics,
    refresh: client.diagnosticRefresh,
    debounceMs: client.debounceMs,
  });
  diagnostics.register();
  registerCodeActions(connection, analyzer, { createFiles: client.createFiles, openText: (uri) => openText(documents, uri) });
  registerWatch(connection, { analyzer, environments, diagnostics, configProblems });
  registerSettingsChanges(connection, settings, () => {
    analyzer.invalidateAll();
    diagnostics.recheck(analyzer.dependents());
  });
  connection.onInitialized(() => {
    if (client.watchRegistration) watchers.start(client.watchRelativePatterns);
    if (client.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'fsplan' });
  });
  return { capabilities: serverCapabilities(client), serverInfo: { name: 'fsplan' } };
});

registerHover(connection, analyzer);
registerCompletion(connection, analyzer);
registerSymbols(connection, analyzer);
registerFolding(connection, analyzer);
registerDefinition(connection, analyzer);
registerCommands(connection, analyzer);

documents.listen(connection);
connection.listen();
