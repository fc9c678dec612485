// Word .docx input: paragraphs, automatic numbering, tables, located by
// paragraph; decompression-bomb and corrupt-file limits.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { sourceFromBytes, SourceError } from '../../server/src/node/source';
import { readDocx, formatNumber } from '../../server/src/node/docx';
import { DEFAULT_ZIP_LIMITS, ZipError, ZipReader } from '../../server/src/node/zip';
import { writeZip } from '../support/zip';
import { docxFromText, makeDocx } from '../support/docx';
import { cli, MARKER_ONLY, parseJson, PLAN, repoRoot, tempDir } from './support';
import { corpusDir } from '../support/paths';

describe('reading .docx', () => {
  it('turns Word list numbering into marker text, continuing and restarting like Word', () => {
    const doc = makeDocx({
      paragraphs: [
        { text: '总体要求', numId: 1, ilvl: 0 },
        { text: '指导思想', numId: 1, ilvl: 1 },
        { text: '工作目标', numId: 1, ilvl: 1 },
        { text: '重点任务', numId: 1, ilvl: 0 },
        { text: '落实责任', numId: 1, ilvl: 1 },
        { text: '健全机制', numId: 1, ilvl: 2 },
        { text: '强化考核', numId: 1, ilvl: 2 },
        { text: '严格监管', numId: 1, ilvl: 1 },
        { text: '抽检监测', numId: 1, ilvl: 2 },
        { text: '', numId: undefined },
        { text: '另起一个清单', numId: 2, ilvl: 0 },
      ],
      numbering: {
        1: [
          { ilvl: 0, numFmt: 'chineseCounting', lvlText: '%1、' },
          { ilvl: 1, numFmt: 'chineseCounting', lvlText: '（%2）' },
          { ilvl: 2, numFmt: 'decimal', lvlText: '%3.', restart: 0 },
        ],
      },
      nums: { 1: { abstractId: 1 }, 2: { abstractId: 1, startOverride: { 0: 1 } } },
    });
    assert.deepEqual(readDocx(doc).paragraphs, [
      '一、总体要求',
      '（一）指导思想',
      '（二）工作目标',
      '二、重点任务',
      '（一）落实责任',
      '1.健全机制',
      '2.强化考核',
      '（二）严格监管',
      '3.抽检监测', // lvlRestart 0: numbered continuously through the document
      '',
      '一、另起一个清单', // a list instance with a start override restarts
    ]);
  });

  it('takes numbering from paragraph styles and ignores the old numbering of tracked changes', () => {
    const document = `<w:document xmlns:w="w"><w:body>
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pPrChange><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>重点任务</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">保留</w:t></w:r><w:del><w:r><w:delText>删除的文字</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>。</w:t></w:r></w:p>
    </w:body></w:document>`;
    const styles = `<w:styles xmlns:w="w"><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>`;
    const numbering = `<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="9"/></w:num></w:numbering>`;
    const zip = writeZip([
      { name: 'word/document.xml', data: document },
      { name: 'word/styles.xml', data: styles },
      { name: 'word/numbering.xml', data: numbering },
    ]);
    assert.deepEqual(readDocx(zip).paragraphs, ['一、总体要求', '二、重点任务', '保留。']);
  });

  it('reads a .docx written by another program (python-docx): style numbering, runs, a table', async () => {
    const fixture = path.join(repoRoot, 'test', 'fixtures', 'docx');
    const expected = fs.readFileSync(path.join(fixture, 'plan.expected.txt'), 'utf8').replace(/\n$/, '');
    assert.equal(readDocx(fs.readFileSync(path.join(fixture, 'plan.docx'))).text, expected);
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'plan.docx': fs.readFileSync(path.join(fixture, 'plan.docx')) });
    const r = await cli(['check', 'plan.docx', '--format', 'json'], { cwd: dir });
    assert.deepEqual(
      parseJson(r.stdout)[0].messages.map((m) => [m.ruleId, m.paragraph]),
      [['numbering/marker-style', 4]],
    );
  });

  it('reads table cells as paragraphs after the body, and entities and split runs', () => {
    const doc = makeDocx({ paragraphs: [{ text: 'A&B <计划> “引号”' }], tables: [[['指标', '目标值'], ['抽检合格率', '≥98%']]] });
    assert.deepEqual(readDocx(doc).paragraphs, ['A&B <计划> “引号”', '指标', '目标值', '抽检合格率', '≥98%']);
  });

  for (const [fmt, n, out] of [
    ['chineseCounting', 11, '十一'],
    ['chineseCountingThousand', 20, '二十'],
    ['decimalFullWidth', 12, '１２'],
    ['decimalEnclosedCircle', 3, '③'],
    ['ideographTraditional', 2, '乙'],
    ['lowerLetter', 27, 'aa'],
    ['upperRoman', 14, 'XIV'],
    ['decimal', 7, '7'],
  ] as Array<[string, number, string]>) {
    it(`formats ${fmt} ${n} as ${out}`, () => assert.equal(formatNumber(n, fmt), out));
  }

  it('a .docx made from the sample gives the same findings as the text, located by paragraph with the quoted text', async () => {
    const sample = path.join(repoRoot, 'samples', '河北区2025年食品安全监督管理计划.txt');
    const text = fs.readFileSync(sample, 'utf8');
    const dir = tempDir({ '河北区 草稿.txt': text, '河北区 草稿.docx': docxFromText(text) });
    const [txt, docx] = await Promise.all(['河北区 草稿.txt', '河北区 草稿.docx'].map((f) => cli(['check', f, '--format', 'json'], { cwd: dir })));
    const t = parseJson(txt.stdout)[0].messages;
    const d = parseJson(docx.stdout)[0].messages;
    assert.ok(t.length > 0, 'the sample has findings');
    assert.deepEqual(
      d.map((m) => [m.ruleId, m.message, m.paragraph, m.column]),
      t.map((m) => [m.ruleId, m.message, m.line, m.column]),
    );
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    for (const m of d) assert.ok(lines[m.paragraph! - 1].includes(m.quoted!.replace(/…$/, '')), `quoted text is in paragraph ${m.paragraph}`);
    const stylish = await cli(['check', '河北区 草稿.docx'], { cwd: dir });
    assert.match(stylish.stdout, /河北区 草稿\.docx 第 \d+ 段  警告  .*（原文：“.+”）  numbering\/marker-style/);
  });

  const corpus = corpusDir;
  const corpusFiles = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')) : [];
  for (const name of corpusFiles) {
    it(`a Word version of the published plan ${name} gives the same findings`, async () => {
      const text = fs.readFileSync(path.join(corpus, name), 'utf8');
      const docx = docxFromText(text);
      assert.equal(readDocx(docx).text, text.replace(/\r\n?/g, '\n').replace(/\n$/, ''), 'Word numbering restores every 一、 marker');
      const dir = tempDir({ 'plan.txt': text, 'plan.docx': docx });
      const r = await cli(['check', 'plan.txt', 'plan.docx', '--format', 'json'], { cwd: dir });
      const [t, d] = parseJson(r.stdout);
      assert.deepEqual(
        d.messages.map((m) => [m.ruleId, m.message, m.paragraph, m.column]),
        t.messages.map((m) => [m.ruleId, m.message, m.line, m.column]),
      );
    });
  }

  it('numbering written by Word is checked like typed numbering', async () => {
    const doc = makeDocx({
      paragraphs: [{ text: '红桥区2025年食品安全监督管理计划' }, { text: '落实责任', numId: 1, ilvl: 0 }, { text: '健全责任体系。（区食安办负责）', numId: 1, ilvl: 1 }],
      numbering: { 1: [{ ilvl: 0, numFmt: 'chineseCounting', lvlText: '%1、' }, { ilvl: 1, numFmt: 'decimal', lvlText: '%2、' }] },
    });
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'w.docx': doc });
    const r = await cli(['check', 'w.docx', '--format', 'json'], { cwd: dir });
    const [m] = parseJson(r.stdout)[0].messages;
    assert.equal(m.ruleId, 'numbering/marker-style');
    assert.equal(m.paragraph, 3);
    assert.match(m.quoted!, /^1、健全责任体系/);
  });
});

describe('.docx limits and damage', () => {
  const bomb = (size: number) => writeZip([{ name: 'word/document.xml', data: Buffer.alloc(size, 0x20) }]);

  it('refuses an entry whose inflated size passes the limit', () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntrySize: 1024 * 1024 };
    assert.throws(() => readDocx(bomb(4 * 1024 * 1024), limits), (e: ZipError) => e.reason === 'limit' && /疑似压缩炸弹/.test(e.message));
  });

  it('refuses an entry with an extreme compression ratio', () => {
    assert.throws(() => readDocx(bomb(8 * 1024 * 1024)), (e: ZipError) => e.reason === 'limit' && /倍/.test(e.message));
  });

  it('refuses an entry whose declared size lies (the inflater stops at the limit)', () => {
    const zip = bomb(3 * 1024 * 1024);
    // patch the sizes in the central directory to claim 100 bytes
    const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(100, cd + 24);
    assert.throws(() => readDocx(zip, { ...DEFAULT_ZIP_LIMITS, maxEntrySize: 1024 * 1024 }), (e: ZipError) => e.reason === 'limit');
  });

  it('refuses too many entries', () => {
    const zip = writeZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.xml`, data: 'x' })));
    assert.throws(() => new ZipReader(zip, { ...DEFAULT_ZIP_LIMITS, maxEntries: 10 }), (e: ZipError) => e.reason === 'limit' && /条目过多/.test(e.message));
  });

  it('the CLI reports bombs, damaged and fake .docx files with exit 2 and no stack', async () => {
    const dir = tempDir({
      'bomb.docx': bomb(20 * 1024 * 1024),
      'cut.docx': docxFromText(PLAN).subarray(0, 200),
      'fake.docx': '这其实是文本',
      'nodoc.docx': writeZip([{ name: 'hello.txt', data: 'hi' }]),
    });
    const r = await cli(['check', 'bomb.docx', 'cut.docx', 'fake.docx', 'nodoc.docx'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bomb\.docx：无法读取 Word 文档：word\/document\.xml 解压后.*疑似压缩炸弹/);
    assert.match(r.stderr, /cut\.docx：无法读取 Word 文档：不是有效的 ZIP\/Word 文件/);
    assert.match(r.stderr, /fake\.docx：扩展名是 \.docx，但内容不是 Word 文档/);
    assert.match(r.stderr, /nodoc\.docx：.*缺少 word\/document\.xml/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('damaged bytes (cut or flipped anywhere) give a SourceError, never another exception', () => {
    const good = docxFromText(PLAN);
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), (cut, flips) => {
        const b = Buffer.from(good);
        for (const [at, v] of flips) b[at] = v;
        const bytes = flips.length ? b : b.subarray(0, cut);
        try {
          sourceFromBytes('x.docx', bytes);
        } catch (e) {
          if (!(e instanceof SourceError)) throw e;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('caps Word list counters at 32767 and the marker length (a tiny file cannot expand without limit)', () => {
    const fmts = ['upperRoman', 'lowerLetter', 'decimal', 'chineseCounting'];
    for (const numFmt of fmts) {
      const doc = makeDocx({
        paragraphs: Array.from({ length: 50 }, () => ({ text: '任务', numId: 1, ilvl: 0 })),
        numbering: { 1: [{ ilvl: 0, numFmt, lvlText: '%1'.repeat(200), start: 1_000_000_000_000 }] },
      });
      const { paragraphs } = readDocx(doc);
      assert.equal(paragraphs.length, 50);
      for (const p of paragraphs) assert.ok(p.length <= 64 + 2, `${numFmt}: ${p.length}`);
    }
    assert.equal(formatNumber(1e12, 'decimal'), '32767');
    assert.equal(formatNumber(Infinity, 'decimal'), '1');
    assert.equal(formatNumber(40000, 'upperRoman').length, 'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMDCCLXVII'.length);
  });

  it('caps the extracted text by the file-size limit', () => {
    const doc = makeDocx({ paragraphs: Array.from({ length: 200 }, () => ({ text: '加强食品安全监管'.repeat(10) })) });
    assert.equal(readDocx(doc, DEFAULT_ZIP_LIMITS, 100_000).paragraphs.length, 200);
    assert.throws(() => readDocx(doc, DEFAULT_ZIP_LIMITS, 5_000), (e: ZipError) => e.reason === 'limit' && /文字超过大小上限/.test(e.message));
    assert.throws(() => sourceFromBytes('p.docx', doc, { maxFileSize: 5_000 }), (e: SourceError) => /文字超过大小上限/.test(e.message));
  });

  it('zip entries round-trip (the writer tests use is the format the reader reads)', () => {
    const data = Buffer.from('食品安全'.repeat(1000));
    const zr = new ZipReader(writeZip([{ name: '中文/名.xml', data }]));
    assert.ok(Buffer.from(zr.read('中文/名.xml')!).equals(data));
    assert.ok(zlib.deflateRawSync(data).length < data.length);
  });
});
