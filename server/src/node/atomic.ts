// The only way fsplan writes files. A replaced file keeps its content safe,
// its mode, owner and group, and its hard links:
// - atomically (a temporary file next to the target, then a rename, so a
//   reader never sees half a file) when that keeps all of them: the file has
//   one link and the temporary file can be given its owner and group;
// - otherwise in place, as ESLint writes its fixes (same inode: links, owner
//   and group stay); if that write fails half-way (a full disk), the bytes
//   read before are written back.
// A folder that cannot be written to only rules out the temporary file. Every
// failure is a WriteError with a Chinese message; a full disk is not called a
// permission problem.
import * as fs from 'node:fs';
import * as path from 'node:path';

export class StaleFileError extends Error {
  constructor(readonly file: string) {
    super(`${file} 在读取后已被修改，未写入修复结果。请重新运行`);
    this.name = 'StaleFileError';
  }
}

export class ReadOnlyFileError extends Error {
  constructor(readonly file: string) {
    super(`${file} 是只读文件，未写入`);
    this.name = 'ReadOnlyFileError';
  }
}

/** A write that failed, with the system code and what it means for the user, in Chinese. */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** What a failed write means, in Chinese; `kept` says whether the old content is intact. */
export function writeMessage(code: string | undefined, kept: boolean): string {
  const state = kept ? '原文件未改动' : '原文件可能不完整，请从备份恢复';
  switch (code) {
    case 'ENOSPC':
      return `磁盘空间不足，无法写入（${state}）。请清理磁盘空间后重试`;
    case 'EDQUOT':
      return `超出磁盘配额，无法写入（${state}）。请清理空间或请管理员调高配额后重试`;
    case 'EROFS':
      return `文件所在的磁盘或分区是只读的，无法写入（${state}）`;
    case 'EACCES':
    case 'EPERM':
      return `没有写入权限（${state}）。请检查文件和所在文件夹的权限`;
    case 'EFBIG':
      return `文件超出了文件系统允许的大小（${state}）`;
    case 'EIO':
      return `磁盘读写出错（${state}）。请检查磁盘或网络位置后重试`;
    default:
      return `无法写入（${code ?? '未知错误'}，${state}）。请检查磁盘或网络位置后重试`;
  }
}

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code;

/**
 * Writes `data` to `file`. With `expected`, the file must still hold exactly
 * those bytes (it was not changed since it was read).
 */
export function writeFileAtomic(target: string, data: Uint8Array | string, expected?: Uint8Array): void {
  let file = target;
  try {
    file = fs.realpathSync(target); // write through a symbolic link, not over it
  } catch {
    file = target;
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch {
    st = undefined;
  }
  const mode = st ? st.mode & 0o7777 : undefined;
  // a rename would replace a read-only file (only the folder's permission counts): refuse like an editor
  if (mode !== undefined && (mode & 0o222) === 0) throw new ReadOnlyFileError(file);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const same = () => !expected || Buffer.from(fs.readFileSync(file)).equals(Buffer.from(expected));
  if (!same()) throw new StaleFileError(file);
  if (st && st.nlink > 1) return writeInPlace(file, bytes, expected);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'wx', mode ?? 0o644);
  } catch (e) {
    // a folder we cannot write to (or a read-only mount) still lets us write the file itself
    if (st && ['EACCES', 'EPERM', 'EROFS'].includes(codeOf(e) ?? '')) return writeInPlace(file, bytes, expected);
    throw new WriteError(file, codeOf(e) ?? '', writeMessage(codeOf(e), true));
  }
  try {
    try {
      if (st) {
        // the new file gets the old one's owner and group; when we may not give them (not root), write in place
        if (st.uid !== fs.fstatSync(fd).uid || st.gid !== fs.fstatSync(fd).gid) fs.fchownSync(fd, st.uid, st.gid);
        if (mode !== undefined) fs.fchmodSync(fd, mode); // the umask and chown may have dropped bits
      }
    } catch (e) {
      if (codeOf(e) !== 'EPERM' && codeOf(e) !== 'EACCES') throw e;
      fs.closeSync(fd);
      fd = -1;
      fs.rmSync(tmp, { force: true });
      return writeInPlace(file, bytes, expected);
    }
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (!same()) throw new StaleFileError(file);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    if (e instanceof StaleFileError || e instanceof WriteError) throw e;
    throw new WriteError(file, codeOf(e) ?? '', writeMessage(codeOf(e), true));
  }
}

/** Rewrites the file's own bytes (same inode); on failure the bytes read before are written back. */
function writeInPlace(file: string, data: Uint8Array, previous?: Uint8Array): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r+');
  } catch (e) {
    throw new WriteError(file, codeOf(e) ?? '', writeMessage(codeOf(e), true));
  }
  const old = previous ?? fs.readFileSync(fd);
  try {
    writeAll(fd, data);
    fs.ftruncateSync(fd, data.length);
    fs.fsyncSync(fd);
  } catch (e) {
    let restored = false;
    try {
      writeAll(fd, old);
      fs.ftruncateSync(fd, old.length);
      fs.fsyncSync(fd);
      restored = true;
    } catch {
      restored = false;
    }
    throw new WriteError(file, codeOf(e) ?? '', writeMessage(codeOf(e), restored));
  } finally {
    fs.closeSync(fd);
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let off = 0; off < data.length; ) off += fs.writeSync(fd, data, off, data.length - off, off);
}

/** node:crypto is loaded on first use: most runs of the CLI never need it, and loading it costs a few ms at start. */
function nodeCrypto(): typeof import('node:crypto') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:crypto') as typeof import('node:crypto');
}
