// The small I/O interface the core never sees directly. The CLI and the
// language server use the Node implementation; tests may use an in-memory one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFileGuarded, readTextGuarded } from './read';

export interface Host {
  /** Reads a UTF-8 text file (configs, registry files); throws on failure. */
  readText(file: string): string;
  /** Reads raw bytes (plan files, decoded by decode.ts); optional for in-memory hosts. */
  readBytes?(file: string): Uint8Array;
  isFile(file: string): boolean;
  isDirectory(file: string): boolean;
  listDir(dir: string): string[];
}

export const nodeHost: Host = {
  // regular files only, size-capped (read.ts): a workspace config naming /dev/zero cannot take a process down
  readText: (f) => readTextGuarded(f),
  readBytes: (f) => readFileGuarded(f),
  isFile: (f) => {
    try {
      return fs.statSync(f).isFile();
    } catch {
      return false;
    }
  },
  isDirectory: (f) => {
    try {
      return fs.statSync(f).isDirectory();
    } catch {
      return false;
    }
  },
  listDir: (d) => {
    try {
      return fs.readdirSync(d);
    } catch {
      return [];
    }
  },
};

export function memoryHost(files: Record<string, string>): Host {
  const norm = (f: string) => path.resolve(f);
  const map = new Map(Object.entries(files).map(([k, v]) => [norm(k), v]));
  const dirs = new Set<string>();
  for (const k of map.keys()) {
    let d = path.dirname(k);
    while (!dirs.has(d)) {
      dirs.add(d);
      const up = path.dirname(d);
      if (up === d) break;
      d = up;
    }
  }
  return {
    readText: (f) => {
      const v = map.get(norm(f));
      if (v === undefined) throw Object.assign(new Error(`ENOENT: ${f}`), { code: 'ENOENT' });
      return v;
    },
    isFile: (f) => map.has(norm(f)),
    isDirectory: (f) => dirs.has(norm(f)),
    listDir: (d) => [...map.keys()].filter((k) => path.dirname(k) === norm(d)).map((k) => path.basename(k)),
  };
}
