// End to end: the packaged CLI (dist/cli.js) writes a review copy of a Word
// draft, and LibreOffice, a real Word-format consumer, opens it: the flat ODF
// it saves has every fsplan comment and the tracked changes, and it prints
// it to PDF.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { docxFromText } from '../support/docx';
import { convert, SOFFICE_MISSING, sofficePath } from '../support/soffice';

const root = path.join(__dirname, '..', '..');

describe('fsplan review output opened in LibreOffice', function () {
  this.timeout(400_000);

  it('keeps every comment and tracked change', () => {
    assert.ok(sofficePath(), SOFFICE_MISSING);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-e2e-review-'));
    const plan = fs.readFileSync(path.join(root, 'samples', '河北区2025年食品安全监督管理计划.txt'), 'utf8');
    fs.writeFileSync(path.join(dir, '草稿.docx'), docxFromText(plan));
    for (const f of fs.readdirSync(path.join(root, 'samples'))) fs.copyFileSync(path.join(root, 'samples', f), path.join(dir, f));
    const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'review', '草稿.docx', '--out', '审核稿.docx'], { cwd: dir, encoding: 'utf8' });
    assert.notEqual(r.status, 2, r.stderr);
    const m = /（(\d+) 条批注，(\d+) 处修订/.exec(r.stderr);
    assert.ok(m, r.stderr);
    const [comments, changes] = [Number(m[1]), Number(m[2])];
    assert.ok(comments > 0 && changes > 0, r.stderr);
    const fodt = fs.readFileSync(convert(path.join(dir, '审核稿.docx'), 'fodt', dir), 'utf8');
    assert.equal((fodt.match(/<office:annotation[ >]/g) ?? []).length, comments);
    assert.ok((fodt.match(/<text:changed-region /g) ?? []).length >= changes);
    const pdf = fs.readFileSync(convert(path.join(dir, '审核稿.docx'), 'pdf', dir));
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
