// Bad input, clear answers: every row of docs/bad-input.md is run here. The
// table gives the case id, the message shape the user sees (<…> and … stand
// for any text) and the exit code; this file builds the input for each id.
// A row without a case, or a case without a row, fails.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CASES, runCase } from './bad-input-cases';
import { repoRoot } from './support';

interface Row {
  id: string;
  shape: string;
  code: number;
}

/** The rows of the table in docs/bad-input.md. */
export function readRows(): Row[] {
  const md = fs.readFileSync(path.join(repoRoot, 'docs', 'bad-input.md'), 'utf8');
  const rows: Row[] = [];
  for (const line of md.split('\n')) {
    const m = /^\| `([a-z0-9-]+)` \| .*? \| `(.+)` \| (\d) \|$/.exec(line);
    if (m) rows.push({ id: m[1], shape: m[2], code: Number(m[3]) });
  }
  return rows;
}

/** The shape as a pattern: <placeholder> and … match any text; runs of spaces match any spacing. */
export function shapePattern(shape: string): RegExp {
  const parts = shape.split(/(<[^<>]+>|…)/);
  const body = parts
    .map((p, i) => (i % 2 ? '[\\s\\S]*?' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')))
    .join('');
  return new RegExp(body);
}

describe('bad input: docs/bad-input.md', function () {
  this.timeout(60_000);
  const rows = readRows();

  it('every row has a case and every case a row', () => {
    assert.ok(rows.length >= 30, `only ${rows.length} rows read from docs/bad-input.md`);
    assert.deepEqual(rows.map((r) => r.id).filter((id) => !CASES[id]), [], 'rows without a case');
    assert.deepEqual(Object.keys(CASES).filter((id) => !rows.some((r) => r.id === id)), [], 'cases without a row');
  });

  for (const row of rows) {
    it(`${row.id}: exit ${row.code}, ${row.shape.slice(0, 60)}…`, async function () {
      if (!CASES[row.id]) this.skip();
      const r = await runCase(row.id);
      if ('skipped' in r) {
        // eslint-disable-next-line no-console
        console.log(`      (skipped: ${r.skipped})`);
        this.skip();
      }
      const out = r.stderr + r.stdout;
      assert.equal(r.problem, undefined, `the files after the command: ${r.problem}`);
      assert.equal(r.code, row.code, out);
      assert.match(out, shapePattern(row.shape));
      assert.doesNotMatch(out, /\n\s+at .+:\d+:\d+/, 'no stack trace');
      assert.doesNotMatch(out, /内部错误|内部出错/, 'not an internal error');
    });
  }

  it('the shape pattern treats <…> and … as any text', () => {
    assert.match('fsplan：p.txt：文件过大（21 MB，上限 20 MB）', shapePattern('fsplan：<文件>：文件过大（<大小>，上限 20 MB）'));
    assert.doesNotMatch('fsplan：p.txt：文件是空的', shapePattern('fsplan：<文件>：文件过大（<大小>）'));
  });
});
