// Reading a file the user dropped or picked: the CLI's rules (input/source.ts)
// for kinds, encodings, .docx (text and layout) and every failure message; ZIP
// entries are inflated with the browser's DecompressionStream, stopping at the
// limits.
import type { DocLayout } from '../core/model/page-layout';
import { readDocxLayout } from '../docx/layout';
import { DOCX_PARTS, docxText } from '../input/docx';
import { formatSize } from '../input/size';
import { decodePlanText, docxFailure, docxPlanText, planKind, SourceError } from '../input/source';
import type { Encoding } from '../input/decode';
import { DEFAULT_ZIP_LIMITS, InflateLimitError, ZipReader } from '../input/zip';
import type { SourceKind } from '../core/engine/results';

/** Largest file the page reads (the CLI's default limit). */
export const MAX_FILE_SIZE = 20 * 1024 * 1024;

export interface ReadPlan {
  name: string;
  kind: SourceKind;
  text: string;
  encoding?: Encoding;
  /** The bytes of a .docx (annotated by the review download). */
  bytes?: Uint8Array;
  /** The layout of a .docx for the format rules, as the CLI reads it. */
  layout?: DocLayout;
}


/** Raw inflate with DecompressionStream; stops reading past `maxOutput` bytes. */
export async function inflateRaw(data: Uint8Array, maxOutput: number): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxOutput) {
      await reader.cancel().catch(() => undefined);
      throw new InflateLimitError();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The text and layout of a .docx: the parts the readers need are inflated
 * first, then read like the CLI reads them (the text capped at the file-size
 * limit; a layout that cannot be read is left out, never the check).
 */
export async function readDocxBytes(bytes: Uint8Array): Promise<{ text: string; layout?: DocLayout }> {
  const parts = new Map<string, Uint8Array>();
  const read = { read: (n: string) => parts.get(n) };
  let text: string;
  let paragraphs: string[];
  try {
    const zip = new ZipReader(bytes, DEFAULT_ZIP_LIMITS);
    for (const name of DOCX_PARTS) {
      const b = await zip.readAsync(name, inflateRaw);
      if (b) parts.set(name, b);
    }
    const d = docxText(read, MAX_FILE_SIZE);
    text = docxPlanText(d);
    paragraphs = d.paragraphs;
  } catch (e) {
    throw docxFailure(e);
  }
  let layout: DocLayout | undefined;
  try {
    // the layout's own reader, as in the CLI: the theme counts against its limits only
    const theme = await new ZipReader(bytes, DEFAULT_ZIP_LIMITS).readAsync('word/theme/theme1.xml', inflateRaw);
    if (theme) parts.set('word/theme/theme1.xml', theme);
    layout = readDocxLayout(read, paragraphs);
  } catch {
    layout = undefined;
  }
  return { text, layout };
}

/** A plan from the bytes of a file; throws SourceError with the CLI's Chinese message. */
export async function planFromBytes(name: string, bytes: Uint8Array): Promise<ReadPlan> {
  if (bytes.length > MAX_FILE_SIZE) throw new SourceError(`文件过大（${formatSize(bytes.length)}，上限 ${formatSize(MAX_FILE_SIZE)}）。请在 Word 中另存为较小的 .txt 后再检查`);
  if (planKind(name, bytes) === 'docx') return { name, kind: 'docx', bytes, ...(await readDocxBytes(bytes)) };
  const d = decodePlanText(bytes);
  return { name, kind: 'text', text: d.text, encoding: d.encoding };
}

export async function readPlanFile(file: File): Promise<ReadPlan> {
  if (file.size > MAX_FILE_SIZE) throw new SourceError(`文件过大（${formatSize(file.size)}，上限 ${formatSize(MAX_FILE_SIZE)}）。请在 Word 中另存为较小的 .txt 后再检查`);
  return planFromBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}

/** A small JSON file (config, registry) as text: UTF-8 with or without BOM, like the CLI reads them. */
export async function readJsonFile(file: File): Promise<string> {
  if (file.size > 5 * 1024 * 1024) throw new SourceError(`${file.name} 过大（${formatSize(file.size)}），不像配置文件或部门名录`);
  return new TextDecoder('utf-8').decode(await file.arrayBuffer());
}
