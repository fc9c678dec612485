// Hostile inputs the tool reads besides plan text: Word documents with random
// numbering definitions and broken XML, and folders with random
// .fsplanrc.json, registry and .fsplanignore files (wrong types, devices,
// pipes, huge files, bad globs). Every run ends with exit 0, 1 or 2, a
// Chinese message and no internal error; a .docx gives a Source or a
// SourceError, never another exception, and its text stays under the limit.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lintText } from '../../server/src/core/engine/linter';
import { escapeXml } from '../../server/src/input/xml';
import { writeZip } from '../support/zip';
import { sourceFromBytes, SourceError } from '../../server/src/node/source';
import { cli, CLEAN_PLAN, tempDir } from '../cli/support';
import { rulesFor } from '../support/check';
import { mutatedPlan, planFiles, runs } from './arbitraries';

const plans = planFiles().map((p) => p.text);
const rules = rulesFor();

// ---- .docx ------------------------------------------------------------------

const FORMATS = ['decimal', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'chineseCounting', 'ideographTraditional', 'decimalEnclosedCircle', 'decimalZero', 'decimalFullWidth', 'none', 'bullet', '未知'];
const counterValue = fc.oneof(
  fc.integer({ min: -5, max: 40 }).map(String),
  fc.constantFrom('1000000000000', '32767', '32768', '-1', 'NaN', '1e309', '', 'abc', '0x10'),
);
const lvlText = fc.array(fc.oneof(fc.constantFrom('%1', '%2', '%3', '%9', '、', '.', '（', '）', '第', '章'), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((a) => a.join(''));
const level = fc.record({ ilvl: fc.constantFrom('0', '1', '2', '8', '9', '-1', 'x'), start: counterValue, fmt: fc.constantFrom(...FORMATS), text: lvlText, restart: fc.option(counterValue) });
const numberingXml = fc.array(level, { maxLength: 6 }).map(
  (lvls) =>
    `<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="1">${lvls
      .map((l) => `<w:lvl w:ilvl="${escapeXml(l.ilvl)}"><w:start w:val="${escapeXml(l.start)}"/><w:numFmt w:val="${l.fmt}"/>${l.restart !== null ? `<w:lvlRestart w:val="${escapeXml(l.restart)}"/>` : ''}<w:lvlText w:val="${escapeXml(l.text)}"/></w:lvl>`)
      .join('')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1000000000000"/></w:lvlOverride></w:num></w:numbering>`,
);
const UNCLOSED = ['<!--', '<?', '<!DOCTYPE', '<![CDATA[', '<w:t w:a="', '<', '</', '&', '&#x110000;', '&#99999999999;', ']]>', '-->'];
const documentXml = fc
  .record({
    text: mutatedPlan(plans),
    numbered: fc.array(fc.tuple(fc.constantFrom('1', '2', '0', '9'), fc.constantFrom('0', '1', '2', '8', '-3')), { maxLength: 30 }),
    breaks: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...UNCLOSED), fc.integer({ min: 1, max: 3000 })), { maxLength: 3 }),
  })
  .map(({ text, numbered, breaks }) => {
    const lines = text.split(/\r\n|\r|\n/).slice(0, 400);
    let xml = `<w:document xmlns:w="w"><w:body>${lines
      .map((l, i) => {
        const n = numbered[i % Math.max(1, numbered.length)];
        const pPr = n && i < numbered.length * 3 ? `<w:pPr><w:numPr><w:ilvl w:val="${n[1]}"/><w:numId w:val="${n[0]}"/></w:numPr></w:pPr>` : '';
        return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${escapeXml(l)}</w:t></w:r></w:p>`;
      })
      .join('')}</w:body></w:document>`;
    for (const [at, unit, times] of breaks) {
      const p = at % (xml.length + 1);
      xml = xml.slice(0, p) + unit.repeat(times) + xml.slice(p);
    }
    return xml;
  });

describe('property: hostile .docx files', function () {
  this.timeout(120_000);
  it('random numbering and broken XML: a Source under the size limit or a SourceError, and the text checks without an internal error', () => {
    fc.assert(
      fc.property(documentXml, numberingXml, fc.constantFrom(4096, 65536, 20 * 1024 * 1024), (doc, numbering, max) => {
        const bytes = writeZip([
          { name: 'word/document.xml', data: doc },
          { name: 'word/numbering.xml', data: numbering },
        ]);
        let text: string;
        try {
          const s = sourceFromBytes('p.docx', bytes, { maxFileSize: Math.max(max, bytes.length) });
          text = s.text;
        } catch (e) {
          if (e instanceof SourceError) return;
          throw e;
        }
        assert.ok(text.length <= Math.max(max, bytes.length) + 1, `text of ${text.length} units`);
        for (const f of lintText(text, rules, {}).findings) assert.ok(!/内部出错|内部错误/.test(f.message), f.message);
      }),
      runs(40),
    );
  });
});

// ---- configuration files ----------------------------------------------------------

const SPECIAL = ['/dev/zero', '/dev/urandom', '/dev/null', 'fifo', 'folder', 'big.txt', 'missing.json', 'reg.json', 'p.txt', '', '.', '..'];
const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.array(fc.constantFrom(...SPECIAL), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('numbering/sequence', 'document/invalid-bytes', 'x/y', 'off'), fc.constantFrom('off', 'error', 'warn', 1, ['warning', { a: 1 }])),
);
const KEYS = ['root', 'rules', 'jurisdiction', 'municipalPlan', 'referenceFolders', 'maxFileSize', 'registry', 'departments', '$schema', 'unknown'];
const configText = fc.oneof(
  fc.dictionary(fc.constantFrom(...KEYS), jsonValue, { maxKeys: 5 }).map((o) => JSON.stringify(o)),
  fc.tuple(fc.dictionary(fc.constantFrom(...KEYS), jsonValue, { maxKeys: 5 }), fc.nat()).map(([o, cut]) => {
    const s = JSON.stringify(o);
    return s.slice(0, cut % (s.length + 1));
  }),
);
const registryText = fc.oneof(
  fc.constant('{ "version": 1, "jurisdiction": { "name": "某某县", "level": "county" }, "departments": [] }'),
  fc.dictionary(fc.constantFrom('version', 'jurisdiction', 'departments', 'municipal'), jsonValue, { maxKeys: 4 }).map((o) => JSON.stringify(o)),
  fc.string({ maxLength: 30 }),
);
const ignoreLine = fc.oneof(
  fc.constantFrom('[z-a]', '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', '!*.txt', '\\!x', '/p.txt', 'folder/', '**/x/**', '{a,b', '[!', '[', '\\', '#c', 'p.txt', '*'),
  fc.string({ maxLength: 10 }),
);

describe('property: hostile configuration folders', function () {
  this.timeout(300_000);
  const canFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;
  it('random .fsplanrc.json, registry and .fsplanignore (devices, pipes, huge files, bad globs): exit 0/1/2 with a message, no internal error, no hang', async () => {
    await fc.assert(
      fc.asyncProperty(configText, registryText, fc.array(ignoreLine, { maxLength: 6 }), fc.boolean(), async (config, registry, ignore, explicit) => {
        const dir = tempDir({
          'p.txt': CLEAN_PLAN,
          [`${'a'.repeat(60)}.txt`]: CLEAN_PLAN,
          'reg.json': registry,
          'folder/x.txt': CLEAN_PLAN,
          '.fsplanrc.json': config,
          '.fsplanignore': ignore.join('\n'),
        });
        try {
          const big = fs.openSync(path.join(dir, 'big.txt'), 'w');
          fs.ftruncateSync(big, 30 * 1024 * 1024);
          fs.closeSync(big);
          if (canFifo) spawnSync('mkfifo', [path.join(dir, 'fifo')]);
          const args = explicit ? ['check', '.', '-c', '.fsplanrc.json'] : ['check', '.'];
          const r = await cli(args, { cwd: dir });
          assert.ok([0, 1, 2].includes(r.code), `exit ${r.code}`);
          const out = r.stderr + r.stdout;
          assert.doesNotMatch(out, /内部错误|内部出错/, out);
          assert.doesNotMatch(out, /\n\s+at .+:\d+:\d+/, 'no stack trace');
          if (r.code === 2) assert.match(r.stderr, /fsplan：/);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      runs(25),
    );
  });
});
