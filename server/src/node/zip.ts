// A small ZIP reader (for .docx) with limits against decompression bombs.
// Only "stored" and "deflate" entries are supported, which is what Word
// writes. Tests build archives with test/support/zip.ts.
import * as zlib from 'node:zlib';
import { formatSize } from './size';

export interface ZipLimits {
  /** Most entries the central directory may list. */
  maxEntries: number;
  /** Most bytes one extracted entry may have. */
  maxEntrySize: number;
  /** Most bytes all extracted entries together may have. */
  maxTotalSize: number;
  /** Highest uncompressed/compressed ratio for entries larger than 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntrySize: 64 * 1024 * 1024,
  maxTotalSize: 128 * 1024 * 1024,
  maxRatio: 200,
};

export class ZipError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'unsupported' | 'limit',
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  private extracted = 0;

  constructor(
    private readonly buf: Buffer,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    const eocd = findEocd(buf);
    if (eocd < 0) throw new ZipError('corrupt', '不是有效的 ZIP/Word 文件（找不到目录结构），文件可能已损坏');
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('unsupported', '不支持 ZIP64 格式的文件');
    if (count > limits.maxEntries) throw new ZipError('limit', `压缩包中的条目过多（${count} 个，上限 ${limits.maxEntries} 个），疑似压缩炸弹，已拒绝`);
    if (cdOffset + cdSize > buf.length) throw new ZipError('corrupt', '不是有效的 ZIP/Word 文件（目录越界），文件可能已损坏');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ZipError('corrupt', '不是有效的 ZIP/Word 文件（目录项损坏）');
      const method = buf.readUInt16LE(p + 10);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const localOffset = buf.readUInt32LE(p + 42);
      const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
      this.entries.set(name, { name, method, compressedSize, size, localOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Extracts one entry, enforcing the limits; undefined when absent. */
  read(name: string): Buffer | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const { buf, limits } = this;
    const lh = e.localOffset;
    if (lh + 30 > buf.length || buf.readUInt32LE(lh) !== 0x04034b50) throw new ZipError('corrupt', `ZIP 条目 ${name} 损坏`);
    const dataStart = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
    const dataEnd = dataStart + e.compressedSize;
    if (dataEnd > buf.length) throw new ZipError('corrupt', `ZIP 条目 ${name} 越界，文件可能不完整`);
    const declared = e.size;
    const bomb = (why: string) => new ZipError('limit', `${name} 解压后${why}，疑似压缩炸弹，已拒绝读取`);
    if (declared > limits.maxEntrySize) throw bomb(`达 ${formatSize(declared)}（上限 ${formatSize(limits.maxEntrySize)}）`);
    const room = Math.min(limits.maxEntrySize, limits.maxTotalSize - this.extracted);
    let out: Buffer;
    if (e.method === 0) out = buf.subarray(dataStart, dataEnd);
    else if (e.method === 8) {
      try {
        out = zlib.inflateRawSync(buf.subarray(dataStart, dataEnd), { maxOutputLength: Math.max(1, room + 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw bomb(`超过 ${formatSize(room)}`);
        throw new ZipError('corrupt', `ZIP 条目 ${name} 无法解压，文件可能已损坏`);
      }
    } else throw new ZipError('unsupported', `ZIP 条目 ${name} 使用了不支持的压缩方式（${e.method}）`);
    if (out.length > room) throw bomb(`超过 ${formatSize(room)}`);
    if (out.length > 1024 * 1024 && out.length / Math.max(1, e.compressedSize) > limits.maxRatio) {
      throw bomb(`与压缩前之比超过 ${limits.maxRatio} 倍`);
    }
    this.extracted += out.length;
    return out;
  }
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}
