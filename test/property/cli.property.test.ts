// The same properties through the CLI: mutated plans written to temporary
// files in UTF-8 (with or without BOM), GB18030 and UTF-16, with LF or CRLF,
// checked with `--format json` and fixed with `--fix`.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { fixAll } from '../../server/src/core/engine/fix';
import { lintText } from '../../server/src/core/engine/linter';
import { decodePlanBytes, Encoding } from '../../server/src/node/decode';
import { encodePlanText } from '../../server/src/node/encode';
import { cli, parseJson, tempDir } from '../cli/support';
import { rulesFor } from '../support/check';
import { mutatedPlan, planFiles, runs } from './arbitraries';

const plans = planFiles().map((p) => p.text);
const ENCODINGS: Encoding[] = ['utf8', 'utf8-bom', 'gb18030', 'utf16le', 'utf16be'];

/** A mutated plan with a line ending and an encoding that can hold it. */
const planFile = fc
  .record({ text: mutatedPlan(plans), crlf: fc.boolean(), encoding: fc.constantFrom(...ENCODINGS) })
  .map(({ text, crlf, encoding }) => {
    let t = text.replace(/\r\n/g, '\n');
    if (crlf) t = t.replace(/\n/g, '\r\n');
    // a lone surrogate cannot be written in any encoding: keep the case, drop the unit
    t = t.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
    return { text: t, encoding };
  })
  .filter(({ text }) => text.trim().length > 0);

const rules = rulesFor();

/** Lines of a text as the CLI counts them (LF, CRLF and CR end a line). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

describe('property: CLI on files', function () {
  this.timeout(120_000);
  const dir = tempDir({ '.fsplanrc.json': JSON.stringify({ root: true }) });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  let n = 0;

  it('check --format json: exit code 0 or 1, JSON parses, every finding inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(planFile, async ({ text, encoding }) => {
        const file = path.join(fs.mkdtempSync(path.join(dir, 'c')), `计划${n++}.txt`); // alone: no municipal plan found next to it
        fs.writeFileSync(file, encodePlanText(text, encoding));
        const r = await cli(['check', file, '--format', 'json'], { cwd: dir });
        assert.ok(r.code === 0 || r.code === 1, `exit code ${r.code}: ${r.stderr}`);
        const [res] = parseJson(r.stdout);
        const decoded = decodePlanBytes(fs.readFileSync(file)).text;
        const lines = lineLengths(decoded);
        for (const m of res.messages) {
          assert.ok(m.line >= 1 && m.line <= lines.length, `line ${m.line} of ${lines.length}`);
          assert.ok(m.column >= 1 && m.column <= lines[m.line - 1] + 1, `column ${m.column} on line ${m.line}`);
          assert.ok(m.endLine >= m.line && m.endLine <= lines.length);
          assert.ok(!/内部出错/.test(m.message), m.message);
        }
        assert.equal(res.messages.length, lintText(decoded, rules, {}).findings.length, 'same findings as the core');
      }),
      runs(60),
    );
  });

  it('--fix: the text the core computes, bytes outside the edits unchanged, a second --fix changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(planFile, async (input) => {
        let { text, encoding } = input;
        // a text starting with U+FEFF written as UTF-8 is a file with a byte order mark: take it as the CLI reads it
        if (encoding === 'utf8' && text.startsWith('\ufeff')) {
          text = text.slice(1);
          encoding = 'utf8-bom';
        }
        const file = path.join(fs.mkdtempSync(path.join(dir, 'f')), `修复${n++}.txt`);
        const before = encodePlanText(text, encoding);
        fs.writeFileSync(file, before);
        const r = await cli(['check', file, '--fix', '--format', 'json'], { cwd: dir });
        assert.ok(r.code === 0 || r.code === 1, `exit code ${r.code}: ${r.stderr}`);
        JSON.parse(r.stdout);
        const after = fs.readFileSync(file);
        const out = decodePlanBytes(after);
        assert.equal(out.encoding, decodePlanBytes(before).encoding, 'encoding kept');
        // the CLI writes exactly what core fixAll computes (line breaks in edits follow the file)
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const lint = (t: string) =>
          lintText(t, rules, {}).findings.map((f) =>
            f.fix && eol !== '\n' ? { ...f, fix: { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, newText: e.newText.replace(/\n/g, eol) })) } } : f,
          );
        const expected = fixAll(text, lint).text;
        assert.equal(out.text, expected);
        // around the edits: the unchanged prefix and suffix are byte-identical
        let lo = 0;
        while (lo < text.length && lo < expected.length && text[lo] === expected[lo]) lo++;
        let hi = 0;
        while (hi < text.length - lo && hi < expected.length - lo && text[text.length - 1 - hi] === expected[expected.length - 1 - hi]) hi++;
        if (expected !== text) {
          // step back to whole characters so both sides encode the same way
          while (lo > 0 && /[\uDC00-\uDFFF]/.test(text[lo])) lo--;
          while (hi > 0 && /[\uDC00-\uDFFF]/.test(text[text.length - hi])) hi--;
          const prefix = encodePlanText(text.slice(0, lo), encoding);
          const suffix = encodePlanText(text.slice(text.length - hi), encoding === 'utf8-bom' ? 'utf8' : encoding);
          const bare = encoding.startsWith('utf16') ? suffix.subarray(2) : suffix; // without the BOM
          assert.ok(after.subarray(0, prefix.length).equals(prefix), 'bytes before the first edit unchanged');
          assert.ok(after.subarray(after.length - bare.length).equals(bare), 'bytes after the last edit unchanged');
        } else assert.ok(after.equals(before), 'nothing to fix: file untouched');
        // idempotent on disk
        const r2 = await cli(['check', file, '--fix', '--format', 'json'], { cwd: dir });
        assert.ok(r2.code === 0 || r2.code === 1);
        assert.ok(fs.readFileSync(file).equals(after), 'a second --fix changes nothing');
      }),
      runs(40),
    );
  });
});
