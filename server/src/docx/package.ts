// A Word package (.docx) as the writer sees it: its entries in archive order,
// each read once; opened from bytes with the pure ZIP reader (input/zip.ts)
// and an inflater the caller gives (node:zlib in the CLI, the browser's
// DecompressionStream in the page, so the bomb limits hold in both), and
// written with fflate's zipSync at fixed settings, so equal input gives equal
// bytes wherever it runs.
import { strToU8, zipSync } from 'fflate';
import { textDecoder } from '../input/text-decoder';
import { DEFAULT_ZIP_LIMITS, EntrySource, InflateAsync, ZipLimits, ZipReader } from '../input/zip';

/** The entries of a package: their names in archive order and their bytes. */
export interface WordPackage extends EntrySource {
  /** Entry names in archive order (the keys; the values are the reader's own). */
  readonly entries: ReadonlyMap<string, unknown>;
  has(name: string): boolean;
}

/** A package whose entries are already extracted (the browser inflates asynchronously first). */
export class LoadedPackage implements WordPackage {
  constructor(readonly entries: ReadonlyMap<string, Uint8Array>) {}

  has(name: string): boolean {
    return this.entries.has(name);
  }

  read(name: string): Uint8Array | undefined {
    return this.entries.get(name);
  }
}

/** Every entry of `bytes` extracted with an asynchronous inflater, within `limits`; throws ZipError. */
export async function loadPackage(bytes: Uint8Array, inflate: InflateAsync, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<LoadedPackage> {
  const zip = new ZipReader(bytes, limits);
  const entries = new Map<string, Uint8Array>();
  for (const name of zip.entries.keys()) entries.set(name, (await zip.readAsync(name, inflate))!);
  return new LoadedPackage(entries);
}

/** Reads each entry of `zip` at most once (the writer reads some parts twice: for the text and for the copy). */
export function once(zip: WordPackage): WordPackage {
  const seen = new Map<string, Uint8Array | undefined>();
  return {
    entries: zip.entries,
    has: (name) => zip.has(name),
    read(name) {
      if (!seen.has(name)) seen.set(name, zip.read(name));
      return seen.get(name);
    },
  };
}

/** A part as text (UTF-8; a byte order mark is kept, so the part is written back as it was). */
export function partText(zip: EntrySource, name: string): string | undefined {
  const b = zip.read(name);
  return b && textDecoder('utf-8', false, true).decode(b);
}

/** Writes a Word package (fflate, deflated, in the given order, fixed timestamps so equal input gives equal bytes). */
export function writePackage(files: ReadonlyArray<{ name: string; data: Uint8Array | string }>): Uint8Array {
  const zippable: Record<string, Uint8Array> = {};
  for (const f of files) zippable[f.name] = typeof f.data === 'string' ? strToU8(f.data) : f.data;
  return zipSync(zippable, { level: 6, mtime: new Date(1980, 0, 1) });
}
