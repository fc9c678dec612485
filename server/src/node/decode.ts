// Decoding plan files in Node: the pure decoder (input/decode.ts) with
// Node's native UTF-8 check, so no decoder object is made per file.
import { isUtf8 } from 'node:buffer';
import { Decoded, decodePlanBytes as decodeWith, Utf8Decoder } from '../input/decode';

export { DecodeError } from '../input/decode';
export type { Decoded, Encoding } from '../input/decode';

export const nodeUtf8: Utf8Decoder = {
  decode: (buf) => (isUtf8(buf) ? Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8') : undefined),
};

/** Decodes bytes of a text plan, or throws DecodeError with a Chinese message. */
export function decodePlanBytes(buf: Uint8Array): Decoded {
  return decodeWith(buf, nodeUtf8);
}
