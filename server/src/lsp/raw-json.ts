// Results the engine already serialised: the engine thread or process turns a
// feature result into UTF-8 JSON bytes, and the connection thread passes them
// on without parsing them or building the objects again. On a stream
// transport (--stdio) the message writer splices the bytes into the JSON-RPC
// message (rawJsonEncoder); anywhere else (IPC, tracing) `toJSON` parses
// them, which is correct, only slower.
//
// Why: the diagnostics of a 19 MB plan are about 100,000 objects. Copied
// between threads as objects, rebuilt on the connection thread and
// stringified there again, they held the connection thread for seconds, and
// every request on every other document waited behind them.
import { randomBytes } from 'node:crypto';
import type { Message, MessageWriterOptions } from 'vscode-languageserver/node';

type Encoder = NonNullable<MessageWriterOptions['contentTypeEncoder']>;

const decoder = new TextDecoder();

/** Set while rawJsonEncoder serialises a message: `toJSON` then leaves a marker instead of parsing. */
let collecting: RawJson[] | undefined;
/** Marker text no real value contains (a per-process nonce). */
const NONCE = randomBytes(12).toString('hex');
const MARKER = new RegExp(`"\\\\u0000fsplan-raw-${NONCE}-(\\d+)\\\\u0000"`, 'g');

export class RawJson {
  constructor(readonly bytes: Uint8Array) {}

  /** The value (parsed on every call: for the few places that read a result). */
  value<T>(): T {
    return JSON.parse(decoder.decode(this.bytes)) as T;
  }

  toJSON(): unknown {
    if (!collecting) return this.value();
    collecting.push(this);
    return `\u0000fsplan-raw-${NONCE}-${collecting.length - 1}\u0000`;
  }

  /** The value as the connection's handlers are typed to return it (it is serialised as that value). */
  as<T>(): T {
    return this as unknown as T;
  }
}

/**
 * The JSON-RPC content encoder for stream transports: JSON.stringify of the
 * message with every RawJson left as a marker, then the marker replaced by
 * the bytes themselves.
 */
export const rawJsonEncoder: Encoder = {
  name: 'application/json',
  encode(msg: Message, options: { charset: string }): Promise<Uint8Array> {
    const raws: RawJson[] = [];
    let text: string;
    collecting = raws;
    try {
      text = JSON.stringify(msg, undefined, 0);
    } finally {
      collecting = undefined;
    }
    if (options.charset !== 'utf-8') return Promise.reject(new Error(`unsupported charset ${options.charset}`));
    if (!raws.length) return Promise.resolve(Buffer.from(text, 'utf8'));
    const parts: Uint8Array[] = [];
    let last = 0;
    for (const m of text.matchAll(MARKER)) {
      parts.push(Buffer.from(text.slice(last, m.index), 'utf8'), raws[Number(m[1])].bytes);
      last = m.index + m[0].length;
    }
    parts.push(Buffer.from(text.slice(last), 'utf8'));
    return Promise.resolve(Buffer.concat(parts));
  },
};

/** A value serialised on the engine's side (UTF-8 JSON). */
export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value ?? null));
}
