// Output formats write as files are checked, in two steps: `render` turns
// one checked file into a `FilePiece` (its output, independent of the files
// before it, and its counts), wherever the file was checked (a worker thread
// for many files); `open` returns a stream whose `add` takes the pieces in
// file order and whose `end` gives the rest (summary, closing brackets).
// A format keeps only what its end needs (counts, strings), never the file's
// text or parsed document, so a run over many files holds one file at a time.
import type { FileResult, FormatContext } from '../result';

/** What a file contributes to the summary lines and headers. */
export interface FileCounts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  suppressed: number;
  fixed: number;
}

/** One checked file's output, made without knowing the files before it. */
export interface FilePiece {
  /** The file's output (for JSON formats: its array items, each stringified at the array's depth). */
  text: string;
  items?: string[];
  counts: FileCounts;
}

export interface FormatStream {
  /** Adds one file's piece (in file order): the output to be written now ('' when it all comes at the end). */
  add(piece: FilePiece): string;
  /** `add(render(r))`. */
  file(r: FileResult): string;
  /** What follows the last file. */
  end(): string;
}

export type OpenFormat = (ctx: FormatContext) => FormatStream;
export type RenderFile = (r: FileResult, ctx: FormatContext) => FilePiece;

export function countsOf(r: FileResult): FileCounts {
  const c: FileCounts = { errors: 0, warnings: 0, infos: 0, fixable: 0, suppressed: r.suppressed, fixed: r.fixed };
  for (const f of r.findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
    if (f.fix) c.fixable++;
  }
  return c;
}

/** A stream from its `add`, `end` and the format's `render`. */
export function stream(render: RenderFile, ctx: FormatContext, s: Omit<FormatStream, 'file'>): FormatStream {
  return { ...s, file: (r) => s.add(render(r, ctx)) };
}

/** The whole output for results already in memory (tests, callers with one file). */
export function formatAll(open: OpenFormat, results: readonly FileResult[], ctx: FormatContext): string {
  const s = open(ctx);
  let out = '';
  for (const r of results) out += s.file(r);
  return out + s.end();
}

/** Running totals over the files written so far (summary lines). */
export class Totals {
  files = 0;
  errors = 0;
  warnings = 0;
  infos = 0;
  fixable = 0;
  suppressed = 0;
  fixed = 0;

  add(c: FileCounts): void {
    this.files++;
    this.suppressed += c.suppressed;
    this.fixed += c.fixed;
    this.errors += c.errors;
    this.warnings += c.warnings;
    this.infos += c.infos;
    this.fixable += c.fixable;
  }
}

/**
 * Writes a JSON array item by item, byte-identical to
 * `JSON.stringify(array, null, 2)` for an array nested `depth` levels deep
 * (its closing bracket indented by `depth` steps).
 */
export class JsonArrayWriter {
  private count = 0;
  constructor(private readonly depth = 0) {}

  item(value: unknown): string {
    return this.add(JsonArrayWriter.body(value, this.depth));
  }

  /** An item's text at `depth` (`item(value)` is `add(body(value, depth))`): made where the value is. */
  static body(value: unknown, depth: number): string {
    return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth + 1));
  }

  add(body: string): string {
    return `${this.count++ ? ',' : '['}\n${'  '.repeat(this.depth + 1)}${body}`;
  }

  end(): string {
    return this.count ? `\n${'  '.repeat(this.depth)}]` : '[]';
  }
}
