// The one reader for every file fsplan reads (plans, .fsplanrc.json, the
// registry, municipal and reference plans, .fsplanignore, baselines): a
// regular file only, and at most `maxSize` bytes. A FIFO, a device
// (/dev/zero, /dev/urandom), a socket or a huge file is refused before or
// while reading, with an error whose code ioMessage (source.ts) turns into
// Chinese. The file is opened non-blocking, so opening a FIFO with no writer
// does not hang, and its type is checked on the open descriptor, so a file
// swapped after a stat is still checked.
import * as fs from 'node:fs';
import { formatSize } from '../input/size';

/** The default cap: the plan-size limit (maxFileSize) also caps configs and registries. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

export class GuardedReadError extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'EFBIG',
    readonly size: number,
    readonly limit: number,
    message: string,
  ) {
    super(message);
    this.name = 'GuardedReadError';
  }
}

const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

export function tooLargeMessage(size: number, limit: number, verb = '使用'): string {
  return `文件过大（${formatSize(size)}，上限 ${formatSize(limit)}），已跳过。如确需${verb}，请用 --max-file-size 或配置项 maxFileSize 调高上限`;
}

/** Reads a regular file of at most maxSize bytes; throws GuardedReadError or the system error (ENOENT …). */
export function readFileGuarded(file: string, maxSize = DEFAULT_MAX_FILE_SIZE): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK);
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR' });
    if (!st.isFile()) throw new GuardedReadError('ENOTREG', 0, maxSize, '不是普通文件（而是管道、设备或套接字）');
    if (st.size > maxSize) throw new GuardedReadError('EFBIG', st.size, maxSize, tooLargeMessage(st.size, maxSize));
    // the size may change while reading: read at most maxSize + 1 bytes
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, maxSize + 1 - total, 1 << 20) || 1);
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > maxSize) throw new GuardedReadError('EFBIG', total, maxSize, tooLargeMessage(total, maxSize));
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** readFileGuarded as UTF-8 text. */
export function readTextGuarded(file: string, maxSize = DEFAULT_MAX_FILE_SIZE): string {
  return readFileGuarded(file, maxSize).toString('utf8');
}
