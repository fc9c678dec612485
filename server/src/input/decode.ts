// Decoding plan files: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
// Pure (TextDecoder exists in Node and in browsers); Node passes a faster
// UTF-8 check (node/decode.ts).
import { textDecoder } from './text-decoder';
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export class DecodeError extends Error {
  constructor(readonly reason: 'binary' | 'undecodable', message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** A native UTF-8 path: `decode` returns undefined when the bytes are not valid UTF-8. */
export interface Utf8Decoder {
  decode(buf: Uint8Array): string | undefined;
}

/** The portable UTF-8 path: a fatal TextDecoder. */
export const textDecoderUtf8: Utf8Decoder = {
  decode(buf) {
    try {
      return textDecoder('utf-8', true).decode(buf);
    } catch {
      return undefined;
    }
  },
};

/** Decodes bytes of a text plan, or throws DecodeError with a Chinese message. */
export function decodePlanBytes(buf: Uint8Array, utf8: Utf8Decoder = textDecoderUtf8): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: textDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf8-bom' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: textDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: textDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf16be' };
  }
  const sample = buf.subarray(0, Math.min(buf.length, 65536));
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) throw new DecodeError('binary', '这是二进制文件，不是文本计划（含 NUL 字节）。请提供 .txt 文本或 .docx 文件；如果是不带 BOM 的 UTF-16 文本，请另存为 UTF-8');
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (controls > sample.length / 20) throw new DecodeError('binary', '这是二进制文件，不是文本计划（控制字符过多）。请提供 .txt 文本或 .docx 文件');
  // valid UTF-8 (the usual case)
  const text = utf8.decode(buf);
  if (text !== undefined) return { text, encoding: 'utf8' };
  // not UTF-8: try GB18030 (a superset of GBK and GB2312)
  try {
    const text = textDecoder('gb18030', true).decode(buf);
    return { text, encoding: 'gb18030' };
  } catch {
    throw new DecodeError('undecodable', '无法识别文件编码（既不是 UTF-8、UTF-16，也不是 GB18030/GBK）。请用 UTF-8 另存后再检查');
  }
}
