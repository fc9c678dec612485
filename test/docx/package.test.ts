// The pure Word writer opened two ways: the CLI's ZipReader (node:zlib,
// synchronous) and loadPackage (every entry extracted first with an
// asynchronous inflater, as the browser page does). Same bytes out, same
// bomb limits, parts written back as read.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/model/document';
import { lintDocument } from '../../server/src/core/engine/linter';
import { resolveRules } from '../../server/src/core/engine/config';
import { loadPackage, partText, writePackage } from '../../server/src/docx/package';
import { reviewBase, reviewPackage, reviewParagraphs } from '../../server/src/docx/review';
import { readDocx } from '../../server/src/node/docx';
import { nodeInflate, ZipError, ZipReader } from '../../server/src/node/zip';
import { RULES } from '../../server/src/rules';
import { PLAN } from '../cli/support';
import { reviewDraft } from '../support/word-package';

const asyncInflate = async (data: Uint8Array, max: number) => nodeInflate(data, max);
const DATE = new Date('2026-01-01T00:00:00Z');

function findings(text: string) {
  const doc = parseDocument(text);
  return { doc, findings: lintDocument(doc, resolveRules(RULES, []), {}) };
}

describe('docx: the package opened synchronously or extracted first', () => {
  it('gives the same review bytes for a Word plan and for a text plan', async () => {
    const draft = reviewDraft();
    const fromWord = findings(readDocx(draft).text);
    assert.ok(fromWord.findings.length > 0);
    const sync = reviewPackage(new ZipReader(draft), fromWord.doc, fromWord.findings, DATE);
    const loaded = reviewPackage(await loadPackage(draft, asyncInflate), fromWord.doc, fromWord.findings, DATE);
    assert.ok(Buffer.from(sync.bytes).equals(Buffer.from(loaded.bytes)));
    assert.ok(sync.comments > 0 && sync.changes > 0);

    const text = '\uFEFF' + PLAN.replace(/\n/g, '\r\n');
    const fromText = findings(text);
    const base = reviewBase({ kind: 'text' }, fromText.doc);
    assert.deepEqual(readDocx(base).paragraphs, reviewParagraphs(fromText.doc));
    assert.equal(reviewParagraphs(fromText.doc)[0], PLAN.split('\n')[0], 'no BOM in the Word text');
    const a = reviewPackage(new ZipReader(base), fromText.doc, fromText.findings, DATE);
    const b = reviewPackage(await loadPackage(base, asyncInflate), fromText.doc, fromText.findings, DATE);
    assert.ok(Buffer.from(a.bytes).equals(Buffer.from(b.bytes)));
  });

  it('loadPackage keeps the bomb limits of the reader', async () => {
    const big = writePackage([{ name: 'word/document.xml', data: 'x'.repeat(300_000) }]);
    await assert.rejects(loadPackage(big, asyncInflate, { maxEntries: 10, maxEntrySize: 100_000, maxTotalSize: 1_000_000, maxRatio: 200 }), (e: unknown) => e instanceof ZipError && e.reason === 'limit');
    const many = writePackage(Array.from({ length: 12 }, (_, i) => ({ name: `p${i}.xml`, data: '<a/>' })));
    await assert.rejects(loadPackage(many, asyncInflate, { maxEntries: 10, maxEntrySize: 100_000, maxTotalSize: 1_000_000, maxRatio: 200 }), (e: unknown) => e instanceof ZipError && e.reason === 'limit');
  });

  it('reads a part with its byte order mark, as it is written back', async () => {
    const pkg = await loadPackage(writePackage([{ name: 'a.xml', data: '\uFEFF<a>文</a>' }]), asyncInflate);
    assert.equal(partText(pkg, 'a.xml'), '\uFEFF<a>文</a>');
    assert.equal(partText(pkg, 'missing.xml'), undefined);
    assert.deepEqual([...pkg.entries.keys()], ['a.xml']);
  });
});
