// The fixed text as the bytes of a download: the encoding the file was read
// in when a browser can write it (UTF-8, with the BOM if it had one; UTF-16
// with its BOM); GB18030 files are saved as UTF-8 with a BOM, said in `note`.
import type { Encoding } from '../input/decode';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = bigEndian ? 0xfe : 0xff;
  out[1] = bigEndian ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

function withBom(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}

export function encodeForDownload(text: string, encoding: Encoding | undefined): { bytes: Uint8Array; note?: string } {
  const utf8 = new TextEncoder().encode(text);
  switch (encoding) {
    case 'utf16le':
      return { bytes: utf16(text, false) };
    case 'utf16be':
      return { bytes: utf16(text, true) };
    case 'utf8-bom':
      return { bytes: withBom(utf8) };
    case 'gb18030':
      return { bytes: withBom(utf8), note: '原文件是 GB18030/GBK 编码，网页版把修改后的文本保存为 UTF-8（带 BOM），记事本、WPS 和 Word 都能直接打开' };
    default:
      return { bytes: utf8 };
  }
}
