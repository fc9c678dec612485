// The only way fsplan writes files: a temporary file next to the target, then
// a rename, so a reader never sees half a file. The target's mode is kept.
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

/**
 * Writes `data` to `file` atomically. With `expected`, the file must still
 * hold exactly those bytes (it was not changed since it was read).
 */
export function writeFileAtomic(target: string, data: Uint8Array | string, expected?: Uint8Array): void {
  let file = target;
  try {
    file = fs.realpathSync(target); // write through a symbolic link, not over it
  } catch {
    file = target;
  }
  let mode: number | undefined;
  try {
    mode = fs.statSync(file).mode & 0o777;
  } catch {
    mode = undefined;
  }
  // a rename would replace a read-only file (only the folder's permission counts): refuse like an editor
  if (mode !== undefined && (mode & 0o222) === 0) throw new ReadOnlyFileError(file);
  if (expected && !Buffer.from(fs.readFileSync(file)).equals(Buffer.from(expected))) throw new StaleFileError(file);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', mode ?? 0o644);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (expected && !Buffer.from(fs.readFileSync(file)).equals(Buffer.from(expected))) throw new StaleFileError(file);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** node:crypto is loaded on first use: most runs of the CLI never need it, and loading it costs a few ms at start. */
function nodeCrypto(): typeof import('node:crypto') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:crypto') as typeof import('node:crypto');
}
