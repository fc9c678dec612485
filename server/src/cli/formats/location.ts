// Where a finding is, as the CLI prints it: the path shown to people and
// "file:line:column" (or "file 第 N 段" for a .docx). Line/column and the
// quote come from core/engine/results.ts `locate`.
import * as path from 'node:path';
import type { LocatedFinding } from '../../core/engine/results';

/** The path shown to people: relative to cwd (as typed, "../x" included), "/"-separated. */
export function displayPath(file: string, cwd: string): string {
  if (file === '<stdin>') return file;
  const rel = path.relative(cwd, file);
  const shown = rel && !path.isAbsolute(rel) ? rel : file;
  return shown.split(path.sep).join('/');
}

/** "file:line:column" for text, "file 第 N 段" for a .docx. */
export function where(file: string, f: LocatedFinding): string {
  return f.paragraph !== undefined ? `${file} 第 ${f.paragraph} 段` : `${file}:${f.line}:${f.column}`;
}
