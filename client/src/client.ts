// The language client: starts dist/server.js over stdio for fsplan documents
// (on stdio the server passes the engine's serialised results on without
// parsing them again: server/src/lsp/raw-json.ts).
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { commandMiddleware } from './commands';
import type { CompareView } from './compare-view';
import { SERVER_EXEC_ARGV } from './server-args';

export function createClient(context: ExtensionContext, output: LogOutputChannel, compareView: CompareView, self: () => LanguageClient | undefined): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'fsplan', scheme: 'file' },
      { language: 'fsplan', scheme: 'untitled' },
      { language: 'fsplan', scheme: 'vscode-vfs' },
    ],
    // The server pulls `fsplan.*` with workspace/configuration; this makes the
    // client notify it when any of them changes.
    synchronize: { configurationSection: 'fsplan' },
    outputChannel: output,
    traceOutputChannel: output,
    middleware: commandMiddleware(compareView, output, self),
  };
  // The id `fsplan` makes vscode-languageclient honour the `fsplan.trace.server` setting.
  return new LanguageClient('fsplan', 'fsplan 年度计划检查', serverOptions, clientOptions);
}
