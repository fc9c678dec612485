// The answer to `initialize`, written before the LSP library and the rest of
// the server are loaded (server.ts): an editor starting the server waits only
// for node and this small module. The library then reads the input from its
// start as if nothing had been read, the `initialize` request included, so
// its own state (client capabilities, the parent process watchdog, trace) and
// the handlers of server-main.ts are set up as usual; its answer to that
// request, the same as this one, is not sent again (transport.ts).
import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { initializeResult } from './capabilities';

/** The initialize request answered here, and the answer. */
export interface Answered {
  id: number | string;
  result: InitializeResult;
}

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** A first message larger than this is left to the library (no client sends such an initialize). */
const MAX_FIRST_MESSAGE = 16 << 20;

/** The first message's JSON text when `bytes` hold all of it; null when they cannot start a valid one. */
function firstMessage(bytes: Buffer): string | undefined | null {
  const end = bytes.indexOf(HEADER_END);
  if (end < 0) return bytes.length > 8192 ? null : undefined;
  let length: number | undefined;
  for (const line of bytes.subarray(0, end).toString('ascii').split('\r\n')) {
    const m = /^content-length:\s*(\d+)\s*$/i.exec(line);
    if (m) length = Number(m[1]);
  }
  if (length === undefined || length > MAX_FIRST_MESSAGE) return null;
  const start = end + HEADER_END.length;
  if (bytes.length < start + length) return undefined;
  return bytes.subarray(start, start + length).toString('utf8');
}

/** The answer to `text` when it is an initialize request the server can answer. */
function answer(text: string): Answered | undefined {
  try {
    const m = JSON.parse(text) as { method?: unknown; id?: unknown; params?: unknown };
    if (m.method !== 'initialize' || (typeof m.id !== 'number' && typeof m.id !== 'string')) return undefined;
    if (!m.params || typeof m.params !== 'object') return undefined;
    return { id: m.id, result: initializeResult(m.params as InitializeParams) };
  } catch {
    // not JSON, or params the capabilities cannot be read from: the library answers
    return undefined;
  }
}

/**
 * Reads `input` up to the end of the first message and, when it is
 * `initialize`, writes the answer to `output`. Then pauses `input`, puts every
 * byte read back, and calls `done` with what was answered (undefined when
 * nothing was). The caller resumes `input` once its reader listens. When the
 * input ends before a whole first message, `ended` is called instead.
 */
export function answerInitialize(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  done: (answered: Answered | undefined) => void,
  ended: () => void,
): void {
  const chunks: Buffer[] = [];
  let finished = false;
  const stop = () => {
    finished = true;
    input.removeListener('data', onData);
    input.removeListener('end', onEnd);
  };
  const finish = (answered: Answered | undefined) => {
    if (finished) return;
    stop();
    input.pause();
    if (chunks.length) input.unshift(Buffer.concat(chunks));
    done(answered);
  };
  const onData = (chunk: Buffer | string) => {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    const text = firstMessage(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
    if (text === undefined) return;
    const answered = text === null ? undefined : answer(text);
    if (answered) {
      const body = JSON.stringify({ jsonrpc: '2.0', id: answered.id, result: answered.result });
      output.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
    }
    finish(answered);
  };
  // the input ended before a whole first message: there is no session to serve
  const onEnd = () => {
    if (finished) return;
    stop();
    ended();
  };
  input.on('data', onData);
  input.on('end', onEnd);
}
