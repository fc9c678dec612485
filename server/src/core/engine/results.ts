// The result of checking one file, and its findings placed for people:
// 1-based line/column and a quote. Shared by every CLI output format and the
// HTML report. A .docx has no lines: its text has one paragraph per line, so
// the line is the paragraph number, and the quoted text tells the reader
// where it is.
import type { PlanDocument } from '../model/document';
import { LineIndex } from '../model/positions';
import type { Finding } from './types';

/** What a plan was read from: plain text (any encoding) or a Word document. */
export type SourceKind = 'text' | 'docx';

/** What checking one file produces; every output format reads this. */
export interface FileResult {
  /** Absolute path (for standard input: the --stdin-filename, or "<stdin>"). */
  filePath: string;
  kind: SourceKind;
  /** The text the findings' offsets refer to (after --fix: the fixed text). */
  text: string;
  doc: PlanDocument;
  findings: Finding[];
  /** Findings hidden by the baseline. */
  suppressed: number;
  /** Fixes applied by --fix. */
  fixed: number;
}

export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text the finding covers (shortened), or the start of its line when empty. */
  quoted: string;
  /** For a .docx: the 1-based paragraph number. */
  paragraph?: number;
}

const QUOTE_MAX = 40;

/**
 * The text a finding covers. With `context`, continues to the end of the line
 * (at least QUOTE_MAX/2 characters): a .docx reader searches for it in Word.
 */
export function quote(text: string, start: number, end: number, context = false): string {
  let q = text.slice(start, end);
  if (context && q.length < QUOTE_MAX / 2) {
    const lineEnd = text.slice(start).search(/[\r\n]/);
    q = text.slice(start, Math.min(lineEnd < 0 ? text.length : start + lineEnd, start + QUOTE_MAX / 2));
  }
  if (!q.trim()) {
    const lineEnd = text.slice(start).search(/[\r\n]/);
    q = text.slice(start, lineEnd < 0 ? text.length : start + lineEnd);
  }
  q = q.replace(/\s+/g, ' ').trim();
  return q.length > QUOTE_MAX ? q.slice(0, QUOTE_MAX - 1) + '…' : q;
}

export function locate(r: Pick<FileResult, 'text' | 'findings' | 'kind'>): LocatedFinding[] {
  const index = new LineIndex(r.text);
  return r.findings.map((f) => {
    const s = index.position(f.start);
    const e = index.position(f.end);
    const located: LocatedFinding = {
      ...f,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      quoted: quote(r.text, f.start, f.end, r.kind === 'docx'),
    };
    if (r.kind === 'docx') located.paragraph = s.line + 1;
    return located;
  });
}
