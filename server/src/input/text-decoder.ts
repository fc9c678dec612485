// TextDecoder exists in Node and in every browser, but the pure layers are
// compiled without Node's or the DOM's types: this is its one typed entry.
export interface Decoder {
  decode(bytes: Uint8Array): string;
}

type DecoderClass = new (label: string, options?: { fatal?: boolean }) => Decoder;

/** A decoder for `label` (utf-8, utf-16le, utf-16be, gb18030); `fatal` throws on invalid bytes. */
export function textDecoder(label: string, fatal = false): Decoder {
  const TextDecoder = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;
  return new TextDecoder(label, { fatal });
}
