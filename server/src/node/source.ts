// Reading one plan file into text: size limit, .docx, text encodings. Every
// failure is a SourceError with a Chinese message saying what to do.
import * as path from 'node:path';
import type { SourceKind } from '../core/engine/results';
import { decodePlanBytes, DecodeError, Encoding } from './decode';
import { readDocx } from './docx';
import { DEFAULT_MAX_FILE_SIZE, GuardedReadError, readFileGuarded, tooLargeMessage } from './read';
import { formatSize } from './size';
import { DEFAULT_ZIP_LIMITS, ZipError, ZipLimits } from './zip';

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
}

export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

export interface ReadOptions {
  maxFileSize?: number;
  zipLimits?: ZipLimits;
}


const UNSUPPORTED: Record<string, string> = {
  '.doc': '不支持旧版 Word 格式（.doc）。请在 Word 中“另存为” .docx 后再检查',
  '.wps': '不支持 WPS 格式（.wps）。请另存为 .docx 或 .txt 后再检查',
  '.pdf': '不支持 PDF。请从 PDF 复制文字另存为 .txt，或提供 Word（.docx）原稿',
};

const EMPTY = '文件是空的，没有可检查的内容。请确认指定的是计划正文文件（.txt、.fsplan 或 .docx）';

export function isDocx(file: string): boolean {
  return path.extname(file).toLowerCase() === '.docx';
}

/** Turns bytes of a plan (from a file or stdin) into a Source. */
export function sourceFromBytes(file: string, bytes: Buffer, opts: ReadOptions = {}): Source {
  const max = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > max) throw new SourceError(tooLargeMessage(bytes.length, max, '检查'));
  const ext = path.extname(file).toLowerCase();
  if (UNSUPPORTED[ext]) throw new SourceError(UNSUPPORTED[ext]);
  const zipMagic = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (isDocx(file) || zipMagic) {
    if (!zipMagic) throw new SourceError('扩展名是 .docx，但内容不是 Word 文档（不是 ZIP 格式）。请用 Word 重新保存');
    try {
      const d = readDocx(bytes, opts.zipLimits ?? DEFAULT_ZIP_LIMITS, max);
      if (!d.text.trim()) throw new SourceError(EMPTY);
      return { path: file, kind: 'docx', text: d.text, bytes };
    } catch (e) {
      if (e instanceof ZipError) {
        const todo = e.reason === 'limit' ? '。如确为正常的计划，请在 Word 中另存为 .txt 后再检查' : '';
        throw new SourceError(`无法读取 Word 文档：${e.message}${todo}`);
      }
      throw e;
    }
  }
  if (bytes.length === 0) throw new SourceError(EMPTY);
  try {
    const d = decodePlanBytes(bytes);
    if (!d.text.replace(/^\uFEFF/, '').trim()) throw new SourceError(EMPTY);
    return { path: file, kind: 'text', text: d.text, bytes, encoding: d.encoding };
  } catch (e) {
    if (e instanceof DecodeError) throw new SourceError(e.message);
    throw e;
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
