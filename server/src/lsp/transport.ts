// The connection to the editor. With --stdio (what the VS Code client, Neovim
// and most editors use) the reader and writer are built here so that the
// writer splices results the engine serialised (raw-json.ts) instead of
// stringifying them again; --node-ipc, --socket and --pipe are left to
// vscode-languageserver, where such results are parsed once when sent.
import { format } from 'node:util';
import { Connection, createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { rawJsonEncoder } from './raw-json';

let shuttingDown = false;

/** Called from the shutdown handler: the end of the input is then an orderly exit (code 0). */
export function shutdownRequested(): void {
  shuttingDown = true;
}

export function connect(argv: readonly string[] = process.argv): Connection {
  if (!argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: rawJsonEncoder });
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  // as vscode-languageserver does for --stdio: the process ends with its input
  // (exit code 0 only after a shutdown request), and console output, which would
  // corrupt the protocol stream, goes to the client's log instead
  const end = () => process.exit(shuttingDown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = log;
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}
