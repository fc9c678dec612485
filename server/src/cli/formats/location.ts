// Where findings are, as the CLI formats print them: located findings come
// from report/locate.ts; the path shown and "file:line:column" are here.
import * as path from 'node:path';
import type { LocatedFinding } from '../../report/locate';

export { locate, quote } from '../../report/locate';
export type { LocatedFinding } from '../../report/locate';

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
