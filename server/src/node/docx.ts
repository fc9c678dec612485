// Reading a .docx from bytes in Node: the pure reader (input/docx.ts) over
// the ZIP reader that inflates with node:zlib.
import { docxText, DocxText } from '../input/docx';
import { DEFAULT_ZIP_LIMITS, ZipLimits, ZipReader } from './zip';

export { formatNumber } from '../input/docx';
export type { DocxText };

/** `maxText` caps the extracted text (the caller's file-size limit): numbering cannot blow a small file up. */
export function readDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, maxText = Infinity): DocxText {
  return docxText(new ZipReader(bytes, limits), maxText);
}
