// Turning the bytes of a plan into text, shared by the CLI and the browser
// page: which kind of file it is, the Chinese message for each failure, and
// the text of a .docx or of an encoded text file. Pure; reading files and
// inflating ZIP entries are the caller's.
import { decodePlanBytes, DecodeError, Decoded, Utf8Decoder } from './decode';
import type { DocxText } from './docx';
import { isZip, ZipError } from './zip';

import type { SourceKind } from '../core/engine/results';

export type { SourceKind };

export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

const UNSUPPORTED: Record<string, string> = {
  '.doc': '不支持旧版 Word 格式（.doc）。请在 Word 中“另存为” .docx 后再检查',
  '.wps': '不支持 WPS 格式（.wps）。请另存为 .docx 或 .txt 后再检查',
  '.pdf': '不支持 PDF。请从 PDF 复制文字另存为 .txt，或提供 Word（.docx）原稿',
};

export const EMPTY_PLAN = '文件是空的，没有可检查的内容。请确认指定的是计划正文文件（.txt、.fsplan 或 .docx）';

/** The lower-case extension of a file name ("" when none), for "/" and "\" paths alike. */
export function extensionOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function isDocx(file: string): boolean {
  return extensionOf(file) === '.docx';
}

/** Whether the bytes are a .docx or a text file; throws SourceError for formats fsplan does not read. */
export function planKind(file: string, bytes: Uint8Array): SourceKind {
  const ext = extensionOf(file);
  if (UNSUPPORTED[ext]) throw new SourceError(UNSUPPORTED[ext]);
  const zip = isZip(bytes);
  if (isDocx(file) && !zip) throw new SourceError('扩展名是 .docx，但内容不是 Word 文档（不是 ZIP 格式）。请用 Word 重新保存');
  return zip ? 'docx' : 'text';
}

/** A failure while reading a .docx as the message people see (other errors pass through). */
export function docxFailure(e: unknown): unknown {
  if (e instanceof ZipError) {
    const todo = e.reason === 'limit' ? '。如确为正常的计划，请在 Word 中另存为 .txt 后再检查' : '';
    return new SourceError(`无法读取 Word 文档：${e.message}${todo}`);
  }
  return e;
}

/** The text of a read .docx; throws SourceError when it has none. */
export function docxPlanText(d: DocxText): string {
  if (!d.text.trim()) throw new SourceError(EMPTY_PLAN);
  return d.text;
}

/** Decodes a text plan; throws SourceError when it is empty, binary or in an unknown encoding. */
export function decodePlanText(bytes: Uint8Array, utf8?: Utf8Decoder): Decoded {
  if (bytes.length === 0) throw new SourceError(EMPTY_PLAN);
  let d: Decoded;
  try {
    d = decodePlanBytes(bytes, utf8);
  } catch (e) {
    if (e instanceof DecodeError) throw new SourceError(e.message);
    throw e;
  }
  if (!d.text.replace(/^\uFEFF/, '').trim()) throw new SourceError(EMPTY_PLAN);
  return d;
}
