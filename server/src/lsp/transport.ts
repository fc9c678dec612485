// The connection to the editor. With --stdio (what the VS Code client, Neovim
// and most editors use) the reader and writer are built here so that the
// writer splices results the engine serialised (raw-json.ts) instead of
// stringifying them again; --node-ipc, --socket and --pipe are left to
// vscode-languageserver, where such results are parsed once when sent.
import { format } from 'node:util';
import { Connection, createConnection, Message, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { Answered } from './first-message';
import { rawJsonEncoder } from './raw-json';

/**
 * The writer on --stdio: results spliced as the engine serialised them, and
 * the library's answer to an initialize request server.ts already answered
 * (first-message.ts) left out, once.
 */
class StdioWriter extends StreamMessageWriter {
  constructor(private answered: Answered | undefined) {
    super(process.stdout, { charset: 'utf-8', contentTypeEncoder: rawJsonEncoder });
  }

  override write(msg: Message): Promise<void> {
    const a = this.answered;
    if (a && Message.isResponse(msg) && msg.id === a.id) {
      this.answered = undefined;
      // both come from capabilities.ts initializeResult: a difference is a bug, shown in the client's log
      if (JSON.stringify(msg.result) !== JSON.stringify(a.result)) process.stderr.write(`fsplan：initialize 的回答与已发送的不同：${JSON.stringify(msg.error ?? msg.result)}\n`);
      return Promise.resolve();
    }
    return super.write(msg);
  }
}

let shuttingDown = false;

/** Called from the shutdown handler: the end of the input is then an orderly exit (code 0). */
export function shutdownRequested(): void {
  shuttingDown = true;
}

/** `answered`: the initialize request already answered on --stdio (server.ts). */
export function connect(argv: readonly string[], answered: Answered | undefined): Connection {
  if (!argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StdioWriter(answered);
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
