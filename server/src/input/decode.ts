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
  // the byte order mark is taken off here, once: a second U+FEFF after it is text (kept, so a fix elsewhere leaves it)
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: textDecoder('utf-8', false, true).decode(buf.subarray(3)), encoding: 'utf8-bom' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: textDecoder('utf-16le', false, true).decode(buf.subarray(2)), encoding: 'utf16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: textDecoder('utf-16be', false, true).decode(buf.subarray(2)), encoding: 'utf16be' };
  }
  const magic = binaryKind(buf);
  if (magic) throw new DecodeError('binary', `这是二进制文件（${magic}），不是文本计划。请提供 .txt 文本或 .docx 文件`);
  const sample = buf.subarray(0, Math.min(buf.length, 65536));
  let controls = 0;
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) nuls++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  // a few stray NULs (PDF extraction leaves them) are text, reported by document/invalid-bytes; many are binary or UTF-16
  if (nuls * 100 > sample.length) {
    throw new DecodeError('binary', '这是二进制文件，不是文本计划（含大量 NUL 字节）。请提供 .txt 文本或 .docx 文件；如果是不带 BOM 的 UTF-16 文本，请另存为 UTF-8');
  }
  if (controls > sample.length / 20) throw new DecodeError('binary', '这是二进制文件，不是文本计划（控制字符过多）。请提供 .txt 文本或 .docx 文件');
  // valid UTF-8 (the usual case)
  const text = utf8.decode(buf);
  if (text !== undefined) return { text, encoding: 'utf8' };
  // UTF-8 apart from a few invalid bytes: decoded with U+FFFD in their place (document/invalid-bytes reports each)
  const lossy = textDecoder('utf-8').decode(buf);
  if (mostlyUtf8(lossy)) return { text: lossy, encoding: 'utf8' };
  // not UTF-8: try GB18030 (a superset of GBK and GB2312)
  try {
    const text = textDecoder('gb18030', true).decode(buf);
    return { text, encoding: 'gb18030' };
  } catch {
    throw new DecodeError('undecodable', '无法识别文件编码（既不是 UTF-8、UTF-16，也不是 GB18030/GBK）。请用 UTF-8 另存后再检查');
  }
}

/** At most this many invalid UTF-8 sequences are taken as damage in a UTF-8 text rather than another encoding. */
const MAX_STRAY_BYTES = 16;

/** UTF-8 text with a few replacement characters among many valid non-ASCII ones. */
function mostlyUtf8(text: string): boolean {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) {
      if (++bad > MAX_STRAY_BYTES) return false;
    } else if (c >= 0x80) good++;
  }
  return bad * 20 <= good;
}

/** File signatures of formats that are never plan text. */
const MAGIC: Array<[string, number[]]> = [
  ['PDF 文件', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['旧版 Word/WPS/Excel 文件（OLE 格式）', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['PNG 图片', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG 图片', [0xff, 0xd8, 0xff]],
  ['GIF 图片', [0x47, 0x49, 0x46, 0x38]],
  ['gzip 压缩文件', [0x1f, 0x8b]],
  ['7z 压缩文件', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR 压缩文件', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['ZIP 压缩文件', [0x50, 0x4b, 0x03, 0x04]],
  ['可执行文件', [0x7f, 0x45, 0x4c, 0x46]], // ELF
  ['RTF 文件', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
];

/** What kind of binary file the bytes start like, or undefined. */
export function binaryKind(buf: Uint8Array): string | undefined {
  for (const [name, sig] of MAGIC) if (buf.length >= sig.length && sig.every((b, i) => buf[i] === b)) return name;
  return undefined;
}
