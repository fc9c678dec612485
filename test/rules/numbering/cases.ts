// Table-test support for the numbering rules: fixtures, exact-substring
// injections, and a runner that checks findings (rule, line, column) and the
// re-linted fixed text.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runSetTable, type SetCase } from '../table';

export const NUMBERING_RULES = [
  'numbering/marker-style',
  'numbering/consistent-style',
  'numbering/sequence',
  'numbering/level',
  'numbering/missing-marker',
];

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'numbering');
export const fixture = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');

/** Replaces each `from` (which must occur exactly once) by `to`. */
export function inject(text: string, ...pairs: Array<[string, string]>): string {
  let out = text;
  for (const [from, to] of pairs) {
    const at = out.indexOf(from);
    assert.ok(at >= 0, `injection target not found: ${from}`);
    assert.equal(out.indexOf(from, at + 1), -1, `injection target not unique: ${from}`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `not found: ${needle}`);
  return text.slice(0, at).split(/\r\n|\r|\n/).length;
}

export type { SetCase as Case } from '../table';

/** The numbering rules' table: every numbering finding (rule, line, column) and the re-linted fixed text. */
export function runCases(title: string, cases: SetCase[]): void {
  runSetTable(NUMBERING_RULES, title, cases);
}
