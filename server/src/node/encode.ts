// Encoding text back into the bytes of the file it came from (used by --fix):
// same encoding, same byte-order mark.
import type { Encoding } from './decode';

export function encodePlanText(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) {
        const t = le[i];
        le[i] = le[i + 1];
        le[i + 1] = t;
      }
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
    case 'gb18030':
      return gb18030(text);
  }
}

/**
 * iconv-lite (half a megabyte of code tables) is loaded only when a GB18030
 * file is written back: the CLI starts without compiling it. The bundles load
 * it from a file of its own next to them (scripts/build.mjs).
 */
function gb18030(text: string): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const iconv = require('iconv-lite') as typeof import('iconv-lite');
  return iconv.encode(text, 'gb18030');
}
