// Writing fixes back byte for byte: only the ranges the fixes replaced are
// encoded again; every other byte of the file is copied as it was read. A
// lone UTF-16 surrogate or an invalid UTF-8 byte that decoding turned into
// U+FFFD therefore survives a --fix on any line no fix touches.
import type { TextEdit } from '../core/engine/types';
import { decodePlanBytes, Encoding } from './decode';
import { encodePlanText } from './encode';

type Piece = { from: number; to: number } | { text: string };

const pieceLength = (p: Piece) => ('text' in p ? p.text.length : p.to - p.from);

/** The pieces of the text after `edits` (sorted, non-overlapping, offsets into the text the pieces make). */
function applyToPieces(pieces: Piece[], edits: readonly TextEdit[]): Piece[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Piece[] = [];
  // cut [from, to) of the current text out of the pieces
  const copy = (from: number, to: number) => {
    let at = 0;
    for (const p of pieces) {
      const len = pieceLength(p);
      const s = Math.max(from, at);
      const e = Math.min(to, at + len);
      if (s < e) out.push('text' in p ? { text: p.text.slice(s - at, e - at) } : { from: p.from + s - at, to: p.from + e - at });
      at += len;
      if (at >= to) break;
    }
  };
  let pos = 0;
  for (const e of sorted) {
    copy(pos, e.start);
    if (e.newText) out.push({ text: e.newText });
    pos = e.end;
  }
  copy(pos, Infinity);
  return out;
}

/** Byte offset of each UTF-16 offset of the decoded text (length text.length + 1), or undefined when it cannot be known. */
function byteOffsets(bytes: Uint8Array, encoding: Encoding, textLength: number): ((i: number) => number) | undefined {
  if (encoding === 'utf16le' || encoding === 'utf16be') return (i) => 2 + 2 * i;
  if (encoding !== 'utf8' && encoding !== 'utf8-bom') return undefined;
  const start = encoding === 'utf8-bom' ? 3 : 0;
  const at = new Uint32Array(textLength + 1);
  let u = 0;
  let i = start;
  const n = bytes.length;
  const inRange = (k: number, lo: number, hi: number) => k < n && bytes[k] >= lo && bytes[k] <= hi;
  while (i < n) {
    if (u > textLength) return undefined;
    const b = bytes[i];
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      at[u++] = i++; // an invalid lead byte: one U+FFFD
      continue;
    }
    // WHATWG decoding: the maximal valid prefix of a sequence becomes one U+FFFD
    let k = 1;
    for (; k <= need; k++) {
      if (!(k === 1 ? inRange(i + 1, lo, hi) : inRange(i + k, 0x80, 0xbf))) break;
    }
    if (k <= need) {
      at[u++] = i;
      i += k;
      continue;
    }
    at[u++] = i;
    if (need === 3) at[u++] = i; // a surrogate pair: two units from four bytes
    i += need + 1;
  }
  if (u !== textLength) return undefined;
  at[u] = n;
  return (x) => at[x];
}

/**
 * The bytes of the fixed file: the original bytes outside the edited ranges,
 * the file's encoding inside them. Falls back to encoding the whole text when
 * the byte positions cannot be worked out, and checks that the result decodes
 * to the fixed text.
 */
export function spliceFixes(original: Uint8Array, originalText: string, encoding: Encoding, passes: readonly TextEdit[][], fixedText: string): Buffer {
  const whole = () => encodePlanText(fixedText, encoding);
  const offset = byteOffsets(original, encoding, originalText.length);
  if (!offset) return whole();
  let pieces: Piece[] = [{ from: 0, to: originalText.length }];
  for (const edits of passes) pieces = applyToPieces(pieces, edits);
  const head = encoding === 'utf8-bom' ? 3 : encoding === 'utf16le' || encoding === 'utf16be' ? 2 : 0;
  const parts: Buffer[] = [Buffer.from(original.subarray(0, head))];
  for (const p of pieces) {
    if ('text' in p) parts.push(encodePlanText(p.text, encoding).subarray(head));
    else parts.push(Buffer.from(original.subarray(offset(p.from), offset(p.to))));
  }
  const out = Buffer.concat(parts);
  try {
    if (decodePlanBytes(out).text === fixedText) return out;
  } catch {
    // fall through
  }
  return whole();
}
