// Temporary workspaces with the LSP fixtures, and position helpers.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Position } from 'vscode-languageserver-protocol';
import { LineIndex } from '../../../server/src/core/model/positions';

export const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'lsp');

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(fixtures, name), 'utf8');
}

/** A fresh folder with the given files; removed by `dispose`. */
export function tempWorkspace(files: Record<string, string> = {}): { dir: string; file(name: string): string; write(name: string, text: string): string; dispose(): void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-lsp-')));
  const write = (name: string, text: string) => {
    const f = path.join(dir, name);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text);
    return f;
  };
  for (const [name, text] of Object.entries(files)) write(name, text);
  return { dir, file: (name) => path.join(dir, name), write, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Position of the `nth` occurrence of `needle` in `text`, plus `delta` UTF-16 units. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  return new LineIndex(text).position(at + delta);
}
