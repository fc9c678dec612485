// The language server's entry, dist/server.js. On --stdio (what the VS Code
// client uses) it answers `initialize` itself (first-message.ts) before
// loading the LSP library and the rest of the server (server-main.ts, its own
// bundle dist/server-main.js), so the editor gets the answer as soon as node
// has started; the library then reads the input from its start. Other
// transports load the server at once.
import type * as Main from './server-main';
import { answerInitialize } from './first-message';

const start = () => require('./server-main') as typeof Main;

if (process.argv.slice(2).includes('--stdio')) answerInitialize(process.stdin, process.stdout, (answered) => start().startServer(answered));
else start().startServer(undefined);
