// What the client supports, read once from initialize, and what the server offers.
// Loaded before the LSP library (server.ts answers initialize first): types
// only from it, its constants written as values checked against them.
import type { ClientCapabilities, InitializeParams, InitializeResult, ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { COMMAND_IDS } from '../protocol/commands';
import { FIX_ALL_KIND } from '../service/kinds';
import { filePathOf } from './plans';
import { DEFAULT_DEBOUNCE_MS } from './settings';
import * as path from 'node:path';

export interface ClientFeatures {
  /** workspace/configuration */
  configuration: boolean;
  /** textDocument/diagnostic */
  pullDiagnostics: boolean;
  /** workspace/diagnostic/refresh */
  diagnosticRefresh: boolean;
  /** documentChanges with the "create" resource operation */
  createFiles: boolean;
  watchRegistration: boolean;
  watchRelativePatterns: boolean;
  configurationRegistration: boolean;
  workspaceFolders: string[];
  debounceMs: number;
}

export function clientFeatures(params: InitializeParams): ClientFeatures {
  const caps: ClientCapabilities = params.capabilities;
  const options = (params.initializationOptions ?? {}) as { debounceMs?: unknown };
  const ws = caps.workspace;
  return {
    configuration: ws?.configuration === true,
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: ws?.diagnostics?.refreshSupport === true,
    createFiles: ws?.workspaceEdit?.documentChanges === true && (ws.workspaceEdit.resourceOperations ?? []).includes('create'),
    watchRegistration: ws?.didChangeWatchedFiles?.dynamicRegistration === true,
    watchRelativePatterns: ws?.didChangeWatchedFiles?.relativePatternSupport === true,
    configurationRegistration: ws?.didChangeConfiguration?.dynamicRegistration === true,
    workspaceFolders: (params.workspaceFolders ?? [])
      .map((f) => filePathOf(f.uri))
      .filter((f): f is string => !!f)
      .map((f) => path.resolve(f)),
    debounceMs: typeof options.debounceMs === 'number' && options.debounceMs >= 0 ? options.debounceMs : DEFAULT_DEBOUNCE_MS,
  };
}

const INCREMENTAL = 2 satisfies typeof TextDocumentSyncKind.Incremental;

/** The answer to initialize: what the server offers this client. */
export function initializeResult(params: InitializeParams): InitializeResult {
  return { capabilities: serverCapabilities(clientFeatures(params)), serverInfo: { name: 'fsplan' } };
}

export function serverCapabilities(client: ClientFeatures): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: INCREMENTAL, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['（', '(', '、', '，'] },
    documentSymbolProvider: { label: 'fsplan' },
    foldingRangeProvider: true,
    definitionProvider: true,
    executeCommandProvider: { commands: [...COMMAND_IDS] },
    ...(client.pullDiagnostics ? { diagnosticProvider: { identifier: 'fsplan', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
  };
}
