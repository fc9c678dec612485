// Reading one plan file into text: size limit, .docx, text encodings. Every
// failure is a SourceError with a Chinese message saying what to do.
import type { Encoding } from '../input/decode';
import { formatSize } from '../input/size';
import { decodePlanText, docxFailure, docxPlanText, EMPTY_PLAN, planKind, SourceError, SourceKind } from '../input/source';
import { nodeUtf8 } from './decode';
import { readDocx } from './docx';
import { DEFAULT_ZIP_LIMITS, ZipLimits, ZipReader } from './zip';
import { DEFAULT_MAX_FILE_SIZE, GuardedReadError, readFileGuarded, tooLargeMessage } from './read';
import type { DocLayout } from '../core/model/page-layout';
import { htmlText } from './html';
import { PdfError, pdfText } from './pdf';

// Loaded on first use (a required module is initialised lazily in the bundles): checking a .txt plan
// does not start the XML and zip libraries the Word layout needs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const docxLayout = (): typeof import('../docx/layout') => require('../docx/layout');

export { isDocx, SourceError } from '../input/source';
export type { SourceKind } from '../input/source';

export { DEFAULT_MAX_FILE_SIZE };

export interface Source {
  /** Absolute path, or the --stdin-filename (resolved) for standard input. */
  path: string;
  kind: SourceKind;
  text: string;
  /** The bytes as read (compared before a fix is written). */
  bytes: Buffer;
  /** Encoding of a text file. */
  encoding?: Encoding;
  stdin?: boolean;
  /** Layout of a .docx (fonts, spacing, page) for the format rules. */
  layout?: DocLayout;
}

export interface ReadOptions {
  maxFileSize?: number;
  zipLimits?: ZipLimits;
}


/** Turns bytes of a plan (from a file or stdin) into a Source. */
export function sourceFromBytes(file: string, bytes: Buffer, opts: ReadOptions = {}): Source {
  const max = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > max) throw new SourceError(tooLargeMessage(bytes.length, max, '检查'));
  const kind = planKind(file, bytes);
  if (kind === 'docx') {
    const limits = opts.zipLimits ?? DEFAULT_ZIP_LIMITS;
    let text: string;
    let paragraphs: string[];
    try {
      const d = readDocx(bytes, limits, max);
      text = docxPlanText(d);
      paragraphs = d.paragraphs;
    } catch (e) {
      throw docxFailure(e);
    }
    return { path: file, kind: 'docx', text, bytes, layout: layoutOf(bytes, paragraphs, limits) };
  }
  if (kind === 'pdf') {
    if (bytes.length === 0) throw new SourceError(EMPTY_PLAN);
    let text: string;
    try {
      text = pdfText(bytes);
    } catch (e) {
      if (e instanceof PdfError) throw new SourceError(`无法读取 PDF：${e.message}`);
      throw e;
    }
    return { path: file, kind: 'pdf', text, bytes };
  }
  if (kind === 'html') {
    const text = htmlText(decodePlanText(bytes, nodeUtf8).text);
    if (!text.trim()) throw new SourceError('网页中没有找到正文文字。请确认保存的是计划全文页面（“网页，全部”或“网页，仅 HTML”），或复制正文另存为 .txt');
    return { path: file, kind: 'html', text, bytes };
  }
  const d = decodePlanText(bytes, nodeUtf8);
  return { path: file, kind: 'text', text: d.text, bytes, encoding: d.encoding };
}

/** The layout of a .docx; a part it cannot read leaves it out (the format rules then stay silent), never the check. */
function layoutOf(bytes: Uint8Array, paragraphs: string[], limits: ZipLimits): DocLayout | undefined {
  try {
    return docxLayout().readDocxLayout(new ZipReader(bytes, limits), paragraphs);
  } catch {
    return undefined;
  }
}

/** Reads a plan file; the size is checked before the file is read. */
export function readSource(file: string, opts: ReadOptions = {}): Source {
  const max = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let bytes: Buffer;
  try {
    bytes = readFileGuarded(file, max);
  } catch (e) {
    if (e instanceof GuardedReadError && e.code === 'ENOTREG') throw new SourceError('不是普通文件（而是管道、设备或套接字），无法检查。请指定计划文件（.txt、.fsplan、.docx）');
    if (e instanceof GuardedReadError) throw new SourceError(tooLargeMessage(e.size, e.limit, '检查'));
    throw new SourceError(ioMessage(e as NodeJS.ErrnoException));
  }
  return sourceFromBytes(file, bytes, opts);
}

export function ioMessage(e: NodeJS.ErrnoException | GuardedReadError): string {
  if (e instanceof GuardedReadError) return e.code === 'ENOTREG' ? '不是普通文件（而是管道、设备或套接字），无法读取。请指定普通文件' : e.message;
  switch (e.code) {
    case 'ENOENT':
      return '文件不存在。请检查路径';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限。请检查文件权限';
    case 'EISDIR':
      return '这是文件夹，不是文件。请指定文件的路径';
    case 'ENOTDIR':
      return '路径中间的一部分是文件而不是文件夹。请检查路径';
    case 'ELOOP':
      return '符号链接形成循环，无法读取。请检查链接';
    default:
      return `无法读取（${e.code ?? e.message}）。请检查文件是否被其他程序占用、磁盘或网络位置是否可用，然后重试`;
  }
}

export { DEFAULT_ZIP_LIMITS, formatSize };
