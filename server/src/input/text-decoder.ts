// TextDecoder exists in Node and in every browser, but the pure layers are
// compiled without Node's or the DOM's types: this is its one typed entry.
export interface Decoder {
  decode(bytes: Uint8Array): string;
}

type DecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

/**
 * A decoder for `label` (utf-8, utf-16le, utf-16be, gb18030); `fatal` throws
 * on invalid bytes; `keepBom` keeps a leading byte order mark in the text
 * (as Node's Buffer#toString does) instead of dropping it.
 */
export function textDecoder(label: string, fatal = false, keepBom = false): Decoder {
  const TextDecoder = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;
  return new TextDecoder(label, { fatal, ignoreBOM: keepBom });
}
