// The language server's entry, dist/server.js. On --stdio (what the VS Code
// client uses) it answers `initialize` itself (first-message.ts) before
// loading the LSP library and the rest of the server (server-main.ts, its own
// bundle dist/server-main.js), so the editor gets the answer as soon as node
// has started; the library then reads the input from its start. The engine's
// worker thread is started right after the answer. Other transports load the
// server at once (and start the engine with the first plan).
import * as path from 'node:path';
import type * as Main from './server-main';
import { startEngineThread } from './engine-thread';
import { answerInitialize } from './first-message';

const start = () => require('./server-main') as typeof Main;

if (process.argv.slice(2).includes('--stdio')) {
  answerInitialize(process.stdin, process.stdout, (answered) => {
    // the engine boots on the other core while the connection's side loads (the editor opens a plan next)
    const engine = answered ? startEngineThread(path.join(__dirname, 'engine.js')) : undefined;
    start().startServer({ answered, engineThread: engine, resumeStdin: true });
  }, () => process.exit(1)); // the input ended before a request: as the library ends without a shutdown request
} else start().startServer({});
