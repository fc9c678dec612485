// Requests for tests only, registered when the server is started with
// FSPLAN_TEST_HOOKS=1 (never by the editor clients): what the server holds,
// so a test can show that closing documents drops every reference to them.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from './engine';

export const TEST_HOOKS_ENV = 'FSPLAN_TEST_HOOKS';

export interface ServerState {
  /** process.memoryUsage() after a full collection when node runs with --expose-gc. */
  memory: NodeJS.MemoryUsage;
  collected: boolean;
  openDocuments: number;
  /** Documents whose edits or texts the engines hold. */
  engineDocuments: number;
  bigEngineRunning: boolean;
}

export function registerTestHooks(connection: Connection, documents: TextDocuments<TextDocument>, engine: Engine): void {
  if (process.env[TEST_HOOKS_ENV] !== '1') return;
  connection.onRequest('fsplan/_state', (): ServerState => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    return {
      memory: process.memoryUsage(),
      collected: gc !== undefined,
      openDocuments: documents.keys().length,
      engineDocuments: engine.documentCount,
      bigEngineRunning: engine.bigEngineRunning,
    };
  });
}
