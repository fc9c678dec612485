// Reading one plan file into text: size limit, .docx, text encodings. Every
// failure is a SourceError with a Chinese message saying what to do.
import * as fs from 'node:fs';
import type { Encoding } from '../input/decode';
import { formatSize } from '../input/size';
import { decodePlanText, docxFailure, docxPlanText, planKind, SourceError, SourceKind } from '../input/source';
import { nodeUtf8 } from './decode';
import { readDocx } from './docx';
import { DEFAULT_ZIP_LIMITS, ZipLimits } from './zip';

export { isDocx, SourceError } from '../input/source';
export type { SourceKind } from '../input/source';

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

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

export interface ReadOptions {
  maxFileSize?: number;
  zipLimits?: ZipLimits;
}


/** Turns bytes of a plan (from a file or stdin) into a Source. */
export function sourceFromBytes(file: string, bytes: Buffer, opts: ReadOptions = {}): Source {
  const max = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > max) {
    throw new SourceError(`文件过大（${formatSize(bytes.length)}，上限 ${formatSize(max)}），已跳过。如确需检查，请用 --max-file-size 或配置项 maxFileSize 调高上限`);
  }
  if (planKind(file, bytes) === 'docx') {
    let text: string;
    try {
      text = docxPlanText(readDocx(bytes, opts.zipLimits ?? DEFAULT_ZIP_LIMITS));
    } catch (e) {
      throw docxFailure(e);
    }
    return { path: file, kind: 'docx', text, bytes };
  }
  const d = decodePlanText(bytes, nodeUtf8);
  return { path: file, kind: 'text', text: d.text, bytes, encoding: d.encoding };
}

/** Reads a plan file; the size is checked before the file is read. */
export function readSource(file: string, opts: ReadOptions = {}): Source {
  const max = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw new SourceError(ioMessage(e as NodeJS.ErrnoException));
  }
  if (st.isDirectory()) throw new SourceError('这是文件夹，不是文件。请指定文件的路径');
  if (!st.isFile()) throw new SourceError('不是普通文件（而是管道、设备或套接字），无法检查。请指定计划文件（.txt、.fsplan、.docx）');
  if (st.size > max) {
    throw new SourceError(`文件过大（${formatSize(st.size)}，上限 ${formatSize(max)}），已跳过。如确需检查，请用 --max-file-size 或配置项 maxFileSize 调高上限`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new SourceError(ioMessage(e as NodeJS.ErrnoException));
  }
  return sourceFromBytes(file, bytes, opts);
}

export function ioMessage(e: NodeJS.ErrnoException): string {
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
