// Output formats write as files are checked: `open` returns a stream whose
// `file` is called once per checked file, as soon as it is checked, and whose
// `end` gives the rest (summary, closing brackets). A format keeps only what
// its end needs (counts; SARIF's result objects), never the file's text or
// parsed document, so a run over many files holds one file at a time.
import type { FileResult, FormatContext } from '../result';

export interface FormatStream {
  /** The output for one checked file, to be written now ('' when it all comes at the end). */
  file(r: FileResult): string;
  /** What follows the last file. */
  end(): string;
}

export type OpenFormat = (ctx: FormatContext) => FormatStream;

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

  add(r: FileResult): void {
    this.files++;
    this.suppressed += r.suppressed;
    this.fixed += r.fixed;
    for (const f of r.findings) {
      if (f.severity === 'error') this.errors++;
      else if (f.severity === 'warning') this.warnings++;
      else this.infos++;
      if (f.fix) this.fixable++;
    }
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
    const pad = '  '.repeat(this.depth + 1);
    const body = JSON.stringify(value, null, 2).replace(/\n/g, '\n' + pad);
    return `${this.count++ ? ',' : '['}\n${pad}${body}`;
  }

  end(): string {
    return this.count ? `\n${'  '.repeat(this.depth)}]` : '[]';
  }
}
