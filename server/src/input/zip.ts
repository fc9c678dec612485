// A small ZIP reader (for .docx) with limits against decompression bombs.
// Pure: the bytes come in as a Uint8Array and inflating is a function the
// caller supplies (node:zlib in the CLI and the language server,
// DecompressionStream in the browser). Only "stored" and "deflate" entries
// are supported, which is what Word writes.
import { textDecoder } from './text-decoder';
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

/** Thrown by an inflater whose output would exceed `maxOutput`. */
export class InflateLimitError extends Error {
  constructor() {
    super('inflated data exceeds the limit');
    this.name = 'InflateLimitError';
  }
}

/**
 * Inflates raw deflate data. Must stop (throwing InflateLimitError) once the
 * output would exceed `maxOutput` bytes; any other error means corrupt data.
 */
export type Inflate = (data: Uint8Array, maxOutput: number) => Uint8Array;
export type InflateAsync = (data: Uint8Array, maxOutput: number) => Promise<Uint8Array>;

/** What a .docx reader needs of an archive: one entry's bytes, or undefined when absent. */
export interface EntrySource {
  read(name: string): Uint8Array | undefined;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;

/** True when the bytes start like a ZIP archive (local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === 0x04034b50;
}

export class ZipReader implements EntrySource {
  readonly entries = new Map<string, ZipEntry>();
  private extracted = 0;

  constructor(
    private readonly buf: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
    private readonly inflate?: Inflate,
  ) {
    const eocd = findEocd(buf);
    if (eocd < 0) throw new ZipError('corrupt', '不是有效的 ZIP/Word 文件（找不到目录结构），文件可能已损坏');
    const count = u16(buf, eocd + 10);
    const cdSize = u32(buf, eocd + 12);
    const cdOffset = u32(buf, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('unsupported', '不支持 ZIP64 格式的文件');
    if (count > limits.maxEntries) throw new ZipError('limit', `压缩包中的条目过多（${count} 个，上限 ${limits.maxEntries} 个），疑似压缩炸弹，已拒绝`);
    if (cdOffset + cdSize > buf.length) throw new ZipError('corrupt', '不是有效的 ZIP/Word 文件（目录越界），文件可能已损坏');
    const utf8 = textDecoder('utf-8');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || u32(buf, p) !== 0x02014b50) throw new ZipError('corrupt', '不是有效的 ZIP/Word 文件（目录项损坏）');
      const method = u16(buf, p + 10);
      const compressedSize = u32(buf, p + 20);
      const size = u32(buf, p + 24);
      const nameLen = u16(buf, p + 28);
      const extraLen = u16(buf, p + 30);
      const commentLen = u16(buf, p + 32);
      const localOffset = u32(buf, p + 42);
      const name = utf8.decode(buf.subarray(p + 46, p + 46 + nameLen));
      this.entries.set(name, { name, method, compressedSize, size, localOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Extracts one entry with the reader's inflater, enforcing the limits; undefined when absent. */
  read(name: string): Uint8Array | undefined {
    const job = this.start(name);
    if (!job) return undefined;
    if (job.stored) return this.finish(job, job.data);
    if (!this.inflate) throw new Error('ZipReader: no inflater');
    let out: Uint8Array;
    try {
      out = this.inflate(job.data, job.room);
    } catch (err) {
      throw this.inflateError(job, err);
    }
    return this.finish(job, out);
  }

  /** Same as read, with an asynchronous inflater (the browser's DecompressionStream). */
  async readAsync(name: string, inflate: InflateAsync): Promise<Uint8Array | undefined> {
    const job = this.start(name);
    if (!job) return undefined;
    if (job.stored) return this.finish(job, job.data);
    let out: Uint8Array;
    try {
      out = await inflate(job.data, job.room);
    } catch (err) {
      throw this.inflateError(job, err);
    }
    return this.finish(job, out);
  }

  private start(name: string) {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const { buf, limits } = this;
    const lh = e.localOffset;
    if (lh + 30 > buf.length || u32(buf, lh) !== 0x04034b50) throw new ZipError('corrupt', `ZIP 条目 ${name} 损坏`);
    const dataStart = lh + 30 + u16(buf, lh + 26) + u16(buf, lh + 28);
    const dataEnd = dataStart + e.compressedSize;
    if (dataEnd > buf.length) throw new ZipError('corrupt', `ZIP 条目 ${name} 越界，文件可能不完整`);
    if (e.size > limits.maxEntrySize) throw bomb(name, `达 ${formatSize(e.size)}（上限 ${formatSize(limits.maxEntrySize)}）`);
    if (e.method !== 0 && e.method !== 8) throw new ZipError('unsupported', `ZIP 条目 ${name} 使用了不支持的压缩方式（${e.method}）`);
    const room = Math.max(0, Math.min(limits.maxEntrySize, limits.maxTotalSize - this.extracted));
    return { entry: e, data: buf.subarray(dataStart, dataEnd), stored: e.method === 0, room };
  }

  private inflateError(job: { entry: ZipEntry; room: number }, err: unknown): ZipError {
    if (err instanceof InflateLimitError || err instanceof RangeError) return bomb(job.entry.name, `超过 ${formatSize(job.room)}`);
    return new ZipError('corrupt', `ZIP 条目 ${job.entry.name} 无法解压，文件可能已损坏`);
  }

  private finish(job: { entry: ZipEntry; room: number }, out: Uint8Array): Uint8Array {
    const { entry, room } = job;
    if (out.length > room) throw bomb(entry.name, `超过 ${formatSize(room)}`);
    if (out.length > 1024 * 1024 && out.length / Math.max(1, entry.compressedSize) > this.limits.maxRatio) {
      throw bomb(entry.name, `与压缩前之比超过 ${this.limits.maxRatio} 倍`);
    }
    this.extracted += out.length;
    return out;
  }
}

function bomb(name: string, why: string): ZipError {
  return new ZipError('limit', `${name} 解压后${why}，疑似压缩炸弹，已拒绝读取`);
}

function findEocd(buf: Uint8Array): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (u32(buf, i) === 0x06054b50) return i;
  return -1;
}
