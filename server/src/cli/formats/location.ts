// Findings with 1-based line/column, the form every CLI format prints.
import { LineIndex } from '../../core/positions';
import type { Finding } from '../../core/types';

export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const index = new LineIndex(text);
  return findings.map((f) => {
    const s = index.position(f.start);
    const e = index.position(f.end);
    return { ...f, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  });
}
