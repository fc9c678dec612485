// `fsplan review`: an annotated Word copy with comments on the flagged text
// and tracked changes for safe fixes; checked by our reader, by the OOXML
// rules Word is strict about, and by LibreOffice (skipped when absent).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Element, Node } from '@xmldom/xmldom';
import { applyEdits, selectFixes } from '../../server/src/core/engine/fix';
import { reviewFindings } from '../../server/src/cli/review';
import { loadConfigFor } from '../../server/src/node/config-loader';
import { nodeHost } from '../../server/src/node/host';
import { sourceFromBytes } from '../../server/src/node/source';
import { readDocx } from '../../server/src/node/docx';
import { annotatePackage, ChangeMark, CommentMark, AnnotateOptions } from '../../server/src/docx/annotate';
import { ZipReader } from '../../server/src/node/zip';
import { docxFromText } from '../support/docx';
import { ooxmlProblems } from '../support/ooxml';
import { convert, SOFFICE_MISSING, sofficePath } from '../support/soffice';
import { reviewDraft, wordPackage, para } from '../support/word-package';
import { cli, MARKER_ONLY, PLAN, tempDir } from './support';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' }; // 2026-01-01T00:00:00Z

/** What `fsplan review` lints in `dir/name`. */
function lint(dir: string, name: string) {
  const file = path.join(dir, name);
  const source = sourceFromBytes(file, fs.readFileSync(file));
  return { text: source.text, findings: reviewFindings(source, loadConfigFor(nodeHost, file), undefined, dir).findings };
}

/** Annotates the bytes of a .docx, opened like `fsplan review` opens it. */
const annotateDocx = (bytes: Uint8Array, comments: CommentMark[], changes: ChangeMark[], opts: AnnotateOptions) => annotatePackage(new ZipReader(bytes), comments, changes, opts);

const part = (bytes: Uint8Array, name: string) => new ZipReader(bytes).read(name)?.toString('utf8') ?? '';

/** Text between the range markers of comment `id`, in document order: w:t and w:delText, not what fsplan inserted. */
function anchoredText(documentXml: string, id: string): string {
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');
  let inside = false;
  let out = '';
  const visit = (n: Node, skip: boolean) => {
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (e.localName === 'commentRangeStart' && e.getAttributeNS(W, 'id') === id) inside = true;
    if (e.localName === 'commentRangeEnd' && e.getAttributeNS(W, 'id') === id) inside = false;
    const ours = e.localName === 'ins' && e.getAttributeNS(W, 'author') === 'fsplan';
    if (inside && !skip && (e.localName === 't' || e.localName === 'delText')) out += e.textContent;
    if (inside && !skip && e.localName === 'tab') out += '\t';
    for (let c = e.firstChild; c; c = c.nextSibling) visit(c, skip || ours);
  };
  visit(doc.documentElement!, false);
  return out;
}

function commentsOf(bytes: Uint8Array): Array<{ id: string; author: string; text: string }> {
  const doc = new DOMParser().parseFromString(part(bytes, 'word/comments.xml'), 'text/xml');
  return Array.from(doc.getElementsByTagNameNS(W, 'comment')).map((c) => ({ id: c.getAttributeNS(W, 'id') ?? '', author: c.getAttributeNS(W, 'author') ?? '', text: c.textContent ?? '' }));
}

describe('fsplan review', function () {
  this.timeout(60_000);

  it('writes a comment on the flagged text for every finding and a tracked change for every safe fix', async () => {
    const draft = reviewDraft();
    const dir = tempDir({ '草稿.docx': draft });
    const r = await cli(['review', '草稿.docx', '--out', '草稿-审核.docx'], { cwd: dir, env: EPOCH });
    const { text, findings } = lint(dir, '草稿.docx');
    assert.equal(r.code, findings.some((f) => f.severity === 'error') ? 1 : 0, r.stderr);
    assert.match(r.stderr, /已写出审核稿 草稿-审核\.docx（\d+ 条批注，\d+ 处修订）/);
    assert.deepEqual(fs.readFileSync(path.join(dir, '草稿.docx')), draft, 'the input is never modified');
    const out = fs.readFileSync(path.join(dir, '草稿-审核.docx'));
    assert.deepEqual(ooxmlProblems(out), []);

    assert.ok(findings.some((f) => f.ruleId === 'numbering/marker-style'), 'the draft has fixable findings');
    const comments = commentsOf(out);
    // the reviewer's own comment survives, then one comment per finding by fsplan
    assert.equal(comments[0].author, '张科长');
    const ours = comments.filter((c) => c.author === 'fsplan');
    assert.equal(ours.length, findings.length);
    const docXml = part(out, 'word/document.xml');
    findings.forEach((f, i) => {
      assert.ok(ours[i].text.includes(f.message) && ours[i].text.includes(`（${f.ruleId}）`), ours[i].text);
      if (f.end > f.start && !text.slice(f.start, f.end).includes('\n')) assert.equal(anchoredText(docXml, ours[i].id), text.slice(f.start, f.end), `${f.ruleId} anchored on its text`);
    });
    assert.equal(anchoredText(docXml, '0'), '2、强化企业主体责任。', 'the existing comment keeps its range');

    // accepting every change gives the fixed text (our reader shows insertions, not deletions)
    const fixed = applyEdits(text, selectFixes(findings));
    assert.notEqual(fixed, text);
    assert.equal(readDocx(out).text, fixed);
    assert.ok(/<w:del w:id="\d+" w:author="fsplan" w:date="2026-01-01T00:00:00Z">/.test(docXml));
    assert.ok(docXml.includes('w:author="张科长"'), 'the existing tracked insertion survives');
    assert.ok(docXml.includes('<w:hyperlink r:id="rId13">') && docXml.includes('<w:tbl>') && docXml.includes('w:name="_Toc1"'));
    // every other part is copied byte for byte
    for (const name of ['word/styles.xml', 'word/header1.xml', 'word/footer1.xml', 'word/theme/theme1.xml', '_rels/.rels']) assert.equal(part(out, name), part(draft, name), name);
  });

  it('creates comments.xml with its content type and relationship when the document has none', () => {
    const draft = wordPackage({ comments: false, body: para({ runs: [['1、加强监管。'], ['（区市场监管局负责）']] }) });
    const res = annotateDocx(draft, [{ from: { para: 0, col: 0 }, to: { para: 0, col: 2 }, text: ['说明'] }], [{ para: 0, start: 0, end: 2, newText: '1.' }], { author: 'fsplan', initials: 'fs', date: new Date(0) });
    assert.equal(res.comments, 1);
    assert.equal(res.changes, 1);
    assert.deepEqual(ooxmlProblems(res.bytes), []);
    assert.match(part(res.bytes, '[Content_Types].xml'), /PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"/);
    assert.match(part(res.bytes, 'word/_rels/document.xml.rels'), /Id="rId\d+" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/);
    assert.equal(readDocx(res.bytes).text, '1.加强监管。（区市场监管局负责）');
  });

  it('completes a package written without package relationships (as some tools do)', () => {
    const bare = docxFromText('红桥区2025年食品安全监督管理计划\n1、加强监管。（区市场监管局负责）');
    assert.ok(ooxmlProblems(bare).length > 0);
    const res = annotateDocx(bare, [{ from: { para: 1, col: 0 }, to: { para: 1, col: 2 }, text: ['说明'] }], [{ para: 1, start: 0, end: 2, newText: '1.' }], { author: 'fsplan', initials: 'fs', date: new Date(0) });
    assert.deepEqual(ooxmlProblems(res.bytes), []);
    assert.equal(readDocx(res.bytes).paragraphs[1], '1.加强监管。（区市场监管局负责）');
  });

  it('keeps tracked changes out of generated list numbers and fields, and still comments on them', () => {
    const body = `<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const draft = wordPackage({ body, comments: false });
    const res = annotateDocx(draft, [{ from: { para: 0, col: 1 }, to: { para: 0, col: 2 }, text: ['页码'] }], [{ para: 0, start: 0, end: 2, newText: '乙8' }], { author: 'fsplan', initials: 'fs', date: new Date(0) });
    assert.equal(res.changes, 0);
    assert.equal(res.skippedChanges, 1);
    assert.deepEqual(ooxmlProblems(res.bytes), []);
    assert.equal(readDocx(res.bytes).text, '甲7');
  });

  it('turns a .txt plan into a new .docx with the same comments and changes', async () => {
    const dir = tempDir({ '计划.txt': '\uFEFF' + PLAN.replace(/\n/g, '\r\n'), '.fsplanrc.json': MARKER_ONLY });
    const r = await cli(['review', '计划.txt', '-o', '计划-审核.docx'], { cwd: dir, env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /2 条批注，2 处修订/);
    const out = fs.readFileSync(path.join(dir, '计划-审核.docx'));
    assert.deepEqual(ooxmlProblems(out), []);
    assert.equal(readDocx(out).text, PLAN.replace(/^([12])、/gm, '$1.'));
    assert.equal(commentsOf(out).length, 2);
    assert.match(part(out, 'word/styles.xml'), /仿宋_GB2312/);
  });

  it('applies --quiet and --baseline like check', async () => {
    const dir = tempDir({ '计划.txt': PLAN, '.fsplanrc.json': MARKER_ONLY });
    const q = await cli(['review', '计划.txt', '-o', 'q.docx', '--quiet'], { cwd: dir });
    assert.equal(q.code, 0, q.stderr);
    assert.match(q.stderr, /0 条批注，0 处修订/);
    await cli(['check', '计划.txt', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    const b = await cli(['review', '计划.txt', '-o', 'b.docx', '--baseline', 'b.json'], { cwd: dir });
    assert.match(b.stderr, /0 条批注.*基线中已有的 2 个问题未标注/);
  });

  it('never writes over the input or an existing file, and says what to do', async () => {
    const dir = tempDir({ '计划.txt': PLAN, 'old.docx': 'x' });
    const same = await cli(['review', '计划.txt', '--out', '计划.txt'], { cwd: dir });
    assert.equal(same.code, 2);
    assert.match(same.stderr, /审核稿必须是 \.docx 文件/);
    const d = tempDir({ '草稿.docx': reviewDraft() });
    const self = await cli(['review', '草稿.docx', '--out', './草稿.docx', '--force'], { cwd: d });
    assert.equal(self.code, 2);
    assert.match(self.stderr, /--out 不能是原文件/);
    const exists = await cli(['review', '计划.txt', '--out', 'old.docx'], { cwd: dir });
    assert.equal(exists.code, 2);
    assert.match(exists.stderr, /old\.docx 已存在，未写入。如需覆盖请加 --force/);
    assert.equal(fs.readFileSync(path.join(dir, 'old.docx'), 'utf8'), 'x');
    const forced = await cli(['review', '计划.txt', '--out', 'old.docx', '--force'], { cwd: dir });
    assert.notEqual(forced.code, 2, forced.stderr);
    const none = await cli(['review', '计划.txt'], { cwd: dir });
    assert.match(none.stderr, /请用 --out 指定审核稿/);
  });

  // test/fixtures/review/*.expected.docx were written by `fsplan review` before
  // the writer moved into the pure room docx/ (shared with the web page); the
  // CLI must keep writing them byte for byte. When a deliberate change to the
  // writer or to numbering/marker-style's message alters them, regenerate with
  // FSPLAN_UPDATE_GOLDEN=1 and say why in the commit.
  for (const [input, golden] of [['草稿.docx', '草稿.expected.docx'], ['计划.txt', '计划.expected.docx']]) {
    it(`writes ${golden} byte for byte from ${input}`, async () => {
      const fixtures = path.join(__dirname, '..', 'fixtures', 'review');
      const dir = tempDir({ [input]: fs.readFileSync(path.join(fixtures, input)), '.fsplanrc.json': MARKER_ONLY });
      const r = await cli(['review', input, '--out', 'out.docx'], { cwd: dir, env: EPOCH });
      assert.equal(r.code, 0, r.stderr);
      const out = fs.readFileSync(path.join(dir, 'out.docx'));
      if (process.env.FSPLAN_UPDATE_GOLDEN) fs.writeFileSync(path.join(fixtures, golden), out);
      const want = fs.readFileSync(path.join(fixtures, golden));
      if (!out.equals(want)) {
        // name the part that differs before failing on the bytes
        const a = new ZipReader(out);
        const b = new ZipReader(want);
        assert.deepEqual([...a.entries.keys()], [...b.entries.keys()], 'the same parts in the same order');
        for (const name of a.entries.keys()) assert.equal(a.read(name)?.toString('utf8'), b.read(name)?.toString('utf8'), name);
      }
      assert.ok(out.equals(want), `${golden}: the same bytes`);
    });
  }

  describe('opened by LibreOffice', function () {
    this.timeout(400_000);
    let dir = '';
    let out = '';
    let findings = 0;
    before(async function () {
      if (!sofficePath()) {
        console.log(`      ${SOFFICE_MISSING}`);
        this.skip();
      }
      dir = tempDir({ '草稿.docx': reviewDraft() });
      const r = await cli(['review', '草稿.docx', '--out', '审核稿.docx'], { cwd: dir, env: EPOCH });
      assert.notEqual(r.code, 2, r.stderr);
      out = path.join(dir, '审核稿.docx');
      findings = lint(dir, '草稿.docx').findings.length;
    });

    it('shows the comments and tracked changes (flat ODF export)', () => {
      const fodt = fs.readFileSync(convert(out, 'fodt', dir), 'utf8');
      const annotations = fodt.match(/<office:annotation[ >]/g) ?? [];
      assert.equal(annotations.length, findings + 1, 'every fsplan comment and the existing one');
      assert.equal((fodt.match(/<dc:creator>fsplan<\/dc:creator>/g) ?? []).length >= findings, true);
      assert.match(fodt, /numbering\/marker-style/);
      const regions = fodt.match(/<text:changed-region /g) ?? [];
      assert.ok(regions.length >= 2, `tracked changes present (${regions.length})`);
      assert.match(fodt, /<text:deletion>[\s\S]*?<dc:creator>fsplan<\/dc:creator>/);
      assert.match(fodt, /<text:insertion>[\s\S]*?<dc:creator>fsplan<\/dc:creator>/);
    });

    it('converts it to PDF', () => {
      const pdf = fs.readFileSync(convert(out, 'pdf', dir));
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    });

    it('keeps comments and changes through a round trip docx → docx', () => {
      const again = path.join(dir, 'again');
      fs.mkdirSync(again);
      const round = fs.readFileSync(convert(out, 'docx:MS Word 2007 XML', again));
      const comments = commentsOf(round);
      assert.equal(comments.filter((c) => c.author === 'fsplan').length, findings);
      assert.ok(comments.some((c) => c.text.includes('numbering/marker-style')));
      const docXml = part(round, 'word/document.xml');
      assert.match(docXml, /<w:del [^>]*w:author="fsplan"/);
      assert.match(docXml, /<w:ins [^>]*w:author="fsplan"/);
      assert.deepEqual(ooxmlProblems(round), []);
    });
  });
});
