// --fix and --fix-dry-run: safe fixes written atomically in the original
// encoding, BOM and line endings; stale files and .docx are never written.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { applyPatch } from 'diff';
import { unifiedDiff } from '../../server/src/cli/diff';
import { spawnSync } from 'node:child_process';
import { StaleFileError, writeFileAtomic, WriteError } from '../../server/src/node/atomic';
import { docxFromText } from '../support/docx';
import { CLEAN_PLAN, cli, distCli, MARKER_ONLY, PLAN, tempDir } from './support';

describe('fsplan check --fix', () => {
  it('a GB18030 file with CRLF keeps its encoding and line endings', async () => {
    const original = iconv.encode(PLAN.replace(/\n/g, '\r\n'), 'gb18030');
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, '国标 计划.txt': original });
    const r = await cli(['check', '国标 计划.txt', '--fix'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '已检查 1 个文件，未发现问题；已自动修复 2 处。\n', 'remaining findings after the fix: none');
    const bytes = fs.readFileSync(path.join(dir, '国标 计划.txt'));
    assert.ok(bytes.equals(iconv.encode(CLEAN_PLAN.replace(/\n/g, '\r\n'), 'gb18030')));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'still GB18030, not UTF-8');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.fsplanrc.json', '国标 计划.txt']);
  });

  const encodings: Array<[string, (s: string) => Buffer]> = [
    ['UTF-8 with BOM', (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])],
    ['UTF-16 LE with BOM, CR line ends', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s.replace(/\n/g, '\r'), 'utf16le')])],
    ['UTF-8 without BOM', (s) => Buffer.from(s)],
  ];
  for (const [name, encode] of encodings) {
    it(`keeps ${name}`, async () => {
      const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': encode(PLAN) });
      const r = await cli(['check', 'a.txt', '--fix'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.ok(fs.readFileSync(path.join(dir, 'a.txt')).equals(encode(CLEAN_PLAN)));
    });
  }

  it('UTF-16: a lone surrogate on a line no fix touches is written back byte for byte', async () => {
    // a lone high surrogate in the intro line; fixes only at lines 7 and 9
    const withLone = (s: string) => s.replace('结合我区实际', '结合我区\ud800实际');
    const le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': le(withLone(PLAN)) });
    const r = await cli(['check', 'a.txt', '--fix'], { cwd: dir });
    assert.match(r.stdout, /已自动修复 2 处/, r.stderr);
    const bytes = fs.readFileSync(path.join(dir, 'a.txt'));
    assert.ok(bytes.equals(le(withLone(CLEAN_PLAN))), 'only the two markers changed');
    assert.ok(bytes.includes(Buffer.from([0x00, 0xd8])), 'the lone surrogate is still there');
  });

  it('UTF-8: invalid bytes outside the fixes stay as they were', async () => {
    const bad = (s: string) => {
      const [a, b] = s.split('结合我区实际');
      return Buffer.concat([Buffer.from(a + '结合我区'), Buffer.from([0xff]), Buffer.from('实际' + b)]);
    };
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': bad(PLAN) });
    const r = await cli(['check', 'a.txt', '--fix'], { cwd: dir });
    assert.match(r.stdout, /已自动修复 2 处/, r.stderr);
    assert.ok(fs.readFileSync(path.join(dir, 'a.txt')).equals(bad(CLEAN_PLAN)));
  });

  it('keeps the file mode', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN });
    fs.chmodSync(path.join(dir, 'a.txt'), 0o640);
    await cli(['check', 'a.txt', '--fix'], { cwd: dir });
    assert.equal(fs.statSync(path.join(dir, 'a.txt')).mode & 0o777, 0o640);
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  it('keeps owner, group and mode (nobody:nogroup 0640, fixed by root)', async function () {
    if (!isRoot) this.skip();
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN });
    const file = path.join(dir, 'a.txt');
    fs.chownSync(file, 65534, 65534);
    fs.chmodSync(file, 0o640);
    const r = await cli(['check', 'a.txt', '--fix'], { cwd: dir });
    assert.match(r.stdout, /已自动修复 2 处/, r.stderr);
    const st = fs.statSync(file);
    assert.deepEqual([st.uid, st.gid, st.mode & 0o777], [65534, 65534, 0o640]);
    assert.equal(fs.readFileSync(file, 'utf8'), CLEAN_PLAN);
  });

  it('keeps hard links: every name sees the fix (written in place)', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN });
    fs.linkSync(path.join(dir, 'a.txt'), path.join(dir, '副本.txt'));
    const ino = fs.statSync(path.join(dir, 'a.txt')).ino;
    const r = await cli(['check', 'a.txt', '--fix'], { cwd: dir });
    assert.match(r.stdout, /已自动修复 2 处/, r.stderr);
    assert.equal(fs.statSync(path.join(dir, 'a.txt')).ino, ino);
    assert.equal(fs.readFileSync(path.join(dir, '副本.txt'), 'utf8'), CLEAN_PLAN);
  });

  it('in a folder it may not write to, writes the file in place (run as nobody)', function () {
    if (!isRoot || !fs.existsSync(distCli) || spawnSync('runuser', ['--help']).status !== 0) this.skip();
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN });
    fs.chmodSync(dir, 0o755); // root's folder: nobody cannot create a temporary file in it
    fs.chownSync(path.join(dir, 'a.txt'), 65534, 65534);
    const r = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, distCli, 'check', 'a.txt', '--fix'], { cwd: dir, encoding: 'utf8' });
    assert.match(r.stdout, /已自动修复 2 处/, r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), CLEAN_PLAN);
    const st = fs.statSync(path.join(dir, 'a.txt'));
    assert.deepEqual([st.uid, st.gid], [65534, 65534]);
  });

  it('a full disk is reported as such and leaves the file as it was (temporary file, and in place)', () => {
    const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs = require('node:fs') as typeof fs;
    const dir = tempDir({ 'a.txt': PLAN });
    const file = path.join(dir, 'a.txt');
    const real = { writeFileSync: nodeFs.writeFileSync, writeSync: nodeFs.writeSync };
    try {
      nodeFs.writeFileSync = (() => { throw enospc(); }) as typeof fs.writeFileSync;
      assert.throws(() => writeFileAtomic(file, CLEAN_PLAN + '更多'.repeat(100), Buffer.from(PLAN)), (e: WriteError) => e instanceof WriteError && /磁盘空间不足.*原文件未改动/.test(e.message) && !/权限/.test(e.message));
      nodeFs.writeFileSync = real.writeFileSync;
      assert.equal(fs.readFileSync(file, 'utf8'), PLAN);
      assert.deepEqual(fs.readdirSync(dir), ['a.txt'], 'no temporary file left');
      // in place (a hard link): half the bytes written, then the disk is full; the old bytes are put back
      fs.linkSync(file, path.join(dir, 'b.txt'));
      let calls = 0;
      nodeFs.writeSync = ((fd: number, buf: Uint8Array, off: number, len: number, pos: number) => {
        if (calls++ === 0) {
          real.writeSync(fd, buf, off, Math.floor(len / 2), pos);
          throw enospc();
        }
        return real.writeSync(fd, buf, off, len, pos);
      }) as typeof fs.writeSync;
      assert.throws(() => writeFileAtomic(file, CLEAN_PLAN.replace(/一/g, '壹'), Buffer.from(PLAN)), (e: WriteError) => /磁盘空间不足.*原文件未改动/.test(e.message));
    } finally {
      nodeFs.writeFileSync = real.writeFileSync;
      nodeFs.writeSync = real.writeSync;
    }
    assert.equal(fs.readFileSync(file, 'utf8'), PLAN);
  });

  it('writes through a symbolic link instead of replacing it', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'real/a.txt': PLAN });
    fs.symlinkSync(path.join(dir, 'real', 'a.txt'), path.join(dir, 'link.txt'));
    const r = await cli(['check', 'link.txt', '--fix'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.txt')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(dir, 'real', 'a.txt'), 'utf8'), CLEAN_PLAN);
  });

  it('does not replace a read-only file', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN });
    fs.chmodSync(path.join(dir, 'a.txt'), 0o444);
    const r = await cli(['check', 'a.txt', '--fix'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.txt：文件是只读的，未写入修复结果/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'), PLAN);
    assert.match(r.stdout, /a\.txt:7:1/, 'the findings are still reported');
  });

  it('never modifies a .docx, and says so', async () => {
    const docx = docxFromText(PLAN);
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'w.docx': docx });
    const r = await cli(['check', 'w.docx', '--fix'], { cwd: dir });
    assert.match(r.stderr, /w\.docx：Word 文档不会被自动修改/);
    assert.ok(fs.readFileSync(path.join(dir, 'w.docx')).equals(docx));
    assert.match(r.stdout, /w\.docx 第 7 段/);
  });

  it('a file changed on disk since it was read is not overwritten', () => {
    const dir = tempDir({ 'a.txt': 'old' });
    const file = path.join(dir, 'a.txt');
    const read = fs.readFileSync(file);
    fs.writeFileSync(file, 'changed by someone else');
    assert.throws(() => writeFileAtomic(file, 'fixed', read), StaleFileError);
    assert.equal(fs.readFileSync(file, 'utf8'), 'changed by someone else');
    writeFileAtomic(file, 'fixed', fs.readFileSync(file));
    assert.equal(fs.readFileSync(file, 'utf8'), 'fixed');
    assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
  });
});

describe('fsplan check --fix-dry-run', () => {
  it('prints a unified diff and the remaining findings, and writes nothing', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, '计划.txt': PLAN });
    const r = await cli(['check', '计划.txt', '--fix-dry-run'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, '计划.txt'), 'utf8'), PLAN);
    assert.ok(
      r.stdout.startsWith(
        [
          '--- a/计划.txt',
          '+++ b/计划.txt',
          '@@ -4,9 +4,9 @@',
          ' ',
          ' 一、落实监管责任',
          ' ',
          '-1、健全责任体系。完善区、街两级食品安全工作机制。（区食安办牵头，各街道按职责分工负责）',
          '+1.健全责任体系。完善区、街两级食品安全工作机制。（区食安办牵头，各街道按职责分工负责）',
          ' ',
          '-2、强化企业主体责任。督促企业配齐食品安全员，企业自查率达到100%。（区市场监管局负责）',
          '+2.强化企业主体责任。督促企业配齐食品安全员，企业自查率达到100%。（区市场监管局负责）',
          ' ',
          ' 二、严把源头关口',
          ' ',
          '',
        ].join('\n'),
      ),
      r.stdout,
    );
    assert.match(r.stdout, /可自动修复 2 处（未写入文件）/);
  });

  it('other formats need --output-file', async () => {
    const dir = tempDir({ 'a.txt': PLAN });
    const r = await cli(['check', 'a.txt', '--fix-dry-run', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--output-file/);
  });
});

describe('unifiedDiff', () => {
  it('separates distant changes into hunks and marks a missing final newline', () => {
    const a = Array.from({ length: 20 }, (_, i) => `第${i + 1}行`).join('\n');
    const b = a.replace('第2行', '第二行').replace('第19行', '第十九行');
    assert.equal(
      unifiedDiff(a, b, 'a', 'b'),
      [
        '--- a', '+++ b',
        '@@ -1,5 +1,5 @@', ' 第1行', '-第2行', '+第二行', ' 第3行', ' 第4行', ' 第5行',
        '@@ -16,5 +16,5 @@', ' 第16行', ' 第17行', ' 第18行', '-第19行', '+第十九行', ' 第20行', '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
    assert.equal(unifiedDiff(a, a, 'a', 'b'), '');
  });

  it('keeps a 3,000-line plan with fixes at lines 100 and 2900 to two small hunks', () => {
    // the hand-written differ gave up on long middles and printed every line (5,600+)
    const a = Array.from({ length: 3000 }, (_, i) => `${i + 1}. 第${i + 1}项任务。`).join('\n') + '\n';
    const b = a.replace('100. 第100项任务。', '100. 第100项任务（已修改）。').replace('2900. 第2900项任务。', '2900. 第2900项任务（已修改）。');
    const out = unifiedDiff(a, b, 'a/p.txt', 'b/p.txt');
    const lines = out.trimEnd().split('\n');
    assert.deepEqual(lines.filter((l) => l.startsWith('@@')), ['@@ -97,7 +97,7 @@', '@@ -2897,7 +2897,7 @@']);
    assert.equal(lines.length, 2 + 2 * 9);
  });

  it('diffs CRLF and CR texts by line, without the line endings', () => {
    const a = ['一、总体要求', '1.第一项', '2.第二项', ''].join('\r\n');
    const b = a.replace('2.第二项', '2.第二项任务');
    assert.equal(unifiedDiff(a, b, 'a', 'b'), ['--- a', '+++ b', '@@ -1,3 +1,3 @@', ' 一、总体要求', ' 1.第一项', '-2.第二项', '+2.第二项任务', ''].join('\n'));
    const cr = a.replace(/\r\n/g, '\r');
    assert.equal(unifiedDiff(cr, cr.replace('1.第一项', '1.第1项'), 'a', 'b').split('\n')[2], '@@ -1,3 +1,3 @@');
  });

  it('shows the changed region as replaced beyond 1,000 changed lines, still a valid patch', () => {
    const a = Array.from({ length: 1500 }, (_, i) => `${i + 1}、第${i + 1}项任务。`).join('\n') + '\n';
    const b = a.replace(/^(\d+)、/gm, '$1.');
    const out = unifiedDiff(a, b, 'a', 'b');
    assert.deepEqual(out.split('\n').filter((l) => l.startsWith('@@')), ['@@ -1,1500 +1,1500 @@']);
    assert.equal(applyPatch(a, out), b);
    const c = 'x\n'.repeat(10) + b.replace(/\n$/, '') + '\n' + 'y\n'.repeat(10);
    const d = unifiedDiff('x\n'.repeat(10) + a + 'y\n'.repeat(10), c, 'a', 'b');
    assert.deepEqual(d.split('\n').filter((l) => l.startsWith('@@')), ['@@ -8,1506 +8,1506 @@']);
    assert.equal(applyPatch('x\n'.repeat(10) + a + 'y\n'.repeat(10), d), c);
  });

  it('gives patches that reproduce the fixed text', () => {
    const base = Array.from({ length: 60 }, (_, i) => `${i + 1}、第${i + 1}项任务。`);
    const variants = [
      base.map((l, i) => (i % 7 === 0 ? l.replace('、', '.') : l)),
      [...base.slice(0, 10), '新增一行', ...base.slice(10, 50), ...base.slice(52)],
      base.slice(1),
      [...base, '末尾'],
    ];
    for (const v of variants) {
      for (const end of ['\n', '']) {
        const a = base.join('\n') + end;
        const b = v.join('\n') + end;
        assert.equal(applyPatch(a, unifiedDiff(a, b, 'a', 'b')), b);
      }
    }
  });

  it('shows an insertion into an empty text and a removed final newline', () => {
    assert.equal(unifiedDiff('', '一、\n', 'a', 'b'), '--- a\n+++ b\n@@ -0,0 +1,1 @@\n+一、\n');
    assert.equal(unifiedDiff('一、\n', '一、', 'a', 'b'), '--- a\n+++ b\n@@ -1,1 +1,1 @@\n-一、\n+一、\n\\ No newline at end of file\n');
  });
});
