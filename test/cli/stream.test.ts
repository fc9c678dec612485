// `fsplan check` formats each file as soon as it is checked (formats/stream.ts):
// the streamed output must be byte-identical to formatting all results at once.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMAT_NAMES } from '../../server/src/cli/formats';
import { jsonResults } from '../../server/src/cli/formats/json';
import { sarifLog } from '../../server/src/cli/formats/sarif';
import { JsonArrayWriter } from '../../server/src/cli/formats/stream';
import type { FileResult } from '../../server/src/cli/result';
import { lintDocument } from '../../server/src/core/engine/linter';
import { resolveRules } from '../../server/src/core/engine/config';
import { parseDocument } from '../../server/src/core/model/document';
import { RULES } from '../../server/src/rules';
import { cli, CLEAN_PLAN, MARKER_ONLY, PLAN, tempDir } from './support';

describe('streamed output', () => {
  it('JsonArrayWriter writes what JSON.stringify(array, null, 2) writes, at any depth', () => {
    const values = [[], [1], [{ a: [1, { b: '“引号”\n' }], c: null }, 'x', [[]]]];
    for (const depth of [0, 1, 4])
      for (const v of values) {
        const w = new JsonArrayWriter(depth);
        const streamed = (v as unknown[]).map((x) => w.item(x)).join('') + w.end();
        const pad = '  '.repeat(depth);
        const whole = JSON.stringify(v, null, 2).replace(/\n/g, '\n' + pad);
        assert.equal(streamed, whole);
      }
  });

  const files = {
    '.fsplanrc.json': MARKER_ONLY,
    'a/一.txt': PLAN,
    'a/二.txt': CLEAN_PLAN,
    'a/三.txt': PLAN.replace('1、', '一、'),
    'a/四.txt': PLAN,
  };

  it('json and sarif equal the whole-results serialisation', async () => {
    const dir = tempDir(files);
    const rules = resolveRules(RULES, [JSON.parse(MARKER_ONLY)]);
    const results: FileResult[] = ['a/一.txt', 'a/三.txt', 'a/二.txt', 'a/四.txt'].map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const doc = parseDocument(text);
      return { filePath: path.join(dir, f), kind: 'text', text, doc, findings: lintDocument(doc, rules, {}), suppressed: 0, fixed: 0 };
    });
    const order = (await cli(['check', 'a', '--format', 'json'], { cwd: dir })).stdout;
    const byPath = new Map(results.map((r) => [r.filePath, r]));
    const sorted = (JSON.parse(order) as Array<{ filePath: string }>).map((f) => byPath.get(f.filePath)!);
    assert.equal(order, JSON.stringify(jsonResults(sorted), null, 2) + '\n');
    const sarif = (await cli(['check', 'a', '--format', 'sarif'], { cwd: dir })).stdout;
    assert.equal(sarif, JSON.stringify(sarifLog(sorted, { cwd: dir }), null, 2) + '\n');
  });

  it('every format writes the same bytes to stdout and to --output-file, with and without findings', async () => {
    for (const format of FORMAT_NAMES)
      for (const target of ['a', 'a/二.txt']) {
        const dir = tempDir(files);
        const out = await cli(['check', target, '--format', format], { cwd: dir });
        await cli(['check', target, '--format', format, '--output-file', 'r.out'], { cwd: dir });
        assert.equal(fs.readFileSync(path.join(dir, 'r.out'), 'utf8'), out.stdout, `${format} ${target}`);
      }
  });

  it('empty json and sarif results are still valid JSON', async () => {
    const dir = tempDir({ ...files, '.fsplanrc.json': JSON.stringify({ root: true, rules: Object.fromEntries(RULES.map((r) => [r.id, 'off'])) }) });
    assert.deepEqual(JSON.parse((await cli(['check', 'a', '--format', 'sarif'], { cwd: dir })).stdout).runs[0].results, []);
    assert.equal(JSON.parse((await cli(['check', 'a', '--format', 'json'], { cwd: dir })).stdout).length, 4);
  });
});
