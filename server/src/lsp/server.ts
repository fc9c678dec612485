// Wires the language server: connection, documents and features. No logic here.
// createConnection picks the transport from argv: --node-ipc (VS Code), --stdio, --socket=N.
import * as path from 'node:path';
import { createConnection, DidChangeConfigurationNotification, InitializeParams, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeHost } from '../node/host';
import { Analyzer } from './analysis';
import { FIX_ALL_KIND, registerCodeActions } from './code-actions';
import { COMMANDS, registerCommands } from './commands';
import { registerCompletion } from './completion';
import { ConfigProblems } from './config-problems';
import { registerDefinition } from './definition';
import { DiagnosticsFeature } from './diagnostics';
import { Environments } from './environment';
import { registerFolding } from './folding';
import { registerHover } from './hover';
import { filePathOf } from './plans';
import { SettingsStore } from './settings';
import { registerSymbols } from './symbols';
import { registerWatch, Watchers } from './watch';
import { registerMissingFiles } from './missing-files';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsStore(connection);
const configProblems = new ConfigProblems(
  connection,
  (f) => {
    try {
      return nodeHost.readText(f);
    } catch {
      return undefined;
    }
  },
  (uri) => documents.get(uri) !== undefined,
);
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
  const caps = params.capabilities;
  const options = (params.initializationOptions ?? {}) as { debounceMs?: unknown };
  settings.pull = caps.workspace?.configuration === true;
  analyzer.workspaceFolders = (params.workspaceFolders ?? []).map((f) => filePathOf(f.uri)).filter((f): f is string => !!f).map((f) => path.resolve(f));
  const pull = caps.textDocument?.diagnostic !== undefined;
  const diagnostics = new DiagnosticsFeature(connection, documents, analyzer, {
    pull,
    refresh: caps.workspace?.diagnostics?.refreshSupport === true,
    debounceMs: typeof options.debounceMs === 'number' && options.debounceMs >= 0 ? options.debounceMs : 250,
  });
  diagnostics.register();
  const create = caps.workspace?.workspaceEdit?.documentChanges === true && (caps.workspace.workspaceEdit.resourceOperations ?? []).includes('create');
  registerCodeActions(connection, analyzer, {
    createFiles: create,
    openText: (uri) => {
      const d = documents.get(uri);
      return d && { text: d.getText(), version: d.version };
    },
  });
  registerWatch(connection, { analyzer, environments, diagnostics, configProblems });
  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    analyzer.invalidateAll();
    diagnostics.recheck(analyzer.dependents());
  });
  connection.onInitialized(() => {
    const watch = caps.workspace?.didChangeWatchedFiles;
    if (watch?.dynamicRegistration) watchers.start(watch.relativePatternSupport === true);
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'fsplan' });
    }
  });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['（', '(', '、', '，'] },
      documentSymbolProvider: { label: 'fsplan' },
      foldingRangeProvider: true,
      definitionProvider: true,
      executeCommandProvider: { commands: [COMMANDS.renumber, COMMANDS.compare] },
      ...(pull ? { diagnosticProvider: { identifier: 'fsplan', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'fsplan' },
  };
});

registerHover(connection, analyzer);
registerCompletion(connection, analyzer);
registerSymbols(connection, analyzer);
registerFolding(connection, analyzer);
registerDefinition(connection, analyzer);
registerCommands(connection, analyzer);

documents.listen(connection);
connection.listen();
