// fsplan check: inputs, encodings, exit codes, stdin, errors.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { docxFromText } from '../support/docx';
import { CLEAN_PLAN, cli, MARKER_ERROR, MARKER_ONLY, parseJson, PLAN, tempDir } from './support';

const json = ['--format', 'json'];

describe('fsplan check: files, folders and globs', () => {
  it('checks a file whose name has Chinese characters and spaces, reporting file:line:column', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, '红桥区 计划 草稿.txt': PLAN });
    const r = await cli(['check', '红桥区 计划 草稿.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^红桥区 计划 草稿\.txt$/m);
    assert.match(r.stdout, /  红桥区 计划 草稿\.txt:7:1  警告  .*“1、”.*  numbering\/marker-style$/m);
    assert.match(r.stdout, /红桥区 计划 草稿\.txt:9:1  警告/);
    assert.match(r.stdout, /已检查 1 个文件，发现 2 个问题（0 个错误，2 个警告，0 个提示），其中 2 个可用 --fix 自动修复。/);
  });

  it('walks folders, skipping node_modules, .git, hidden files and .fsplanignore entries', async () => {
    const dir = tempDir({
      '.fsplanrc.json': MARKER_ONLY,
      'drafts/a.txt': PLAN,
      'drafts/sub/b.fsplan': PLAN,
      'drafts/old/c.txt': PLAN,
      'drafts/skip-me.txt': PLAN,
      'drafts/keep.txt': PLAN,
      'drafts/notes.md': PLAN,
      'drafts/node_modules/x.txt': PLAN,
      'drafts/.git/y.txt': PLAN,
      'drafts/.hidden.txt': PLAN,
      '.fsplanignore': '# old drafts\nold/\nskip-*.txt\n',
      'drafts/sub/.fsplanignore': '!nothing\n',
    });
    const r = await cli(['check', 'drafts', ...json], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const files = parseJson(r.stdout).map((f) => path.relative(dir, f.filePath).split(path.sep).join('/'));
    assert.deepEqual(files, ['drafts/a.txt', 'drafts/keep.txt', 'drafts/sub/b.fsplan']);
  });

  it('a negated .fsplanignore pattern brings a file back', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'd/a.txt': PLAN, 'd/b.txt': PLAN, 'd/.fsplanignore': '*.txt\n!b.txt\n' });
    const r = await cli(['check', 'd', ...json], { cwd: dir });
    assert.deepEqual(parseJson(r.stdout).map((f) => path.basename(f.filePath)), ['b.txt']);
  });

  it('a folder outside the working directory applies its own .fsplanignore to its subfolders', async () => {
    const outside = tempDir({ '.fsplanrc.json': MARKER_ONLY, '.fsplanignore': '存档/\n', 'a/存档/old.txt': PLAN, 'a/new.txt': PLAN });
    const r = await cli(['check', outside, ...json], { cwd: tempDir() });
    assert.deepEqual(parseJson(r.stdout).map((f) => path.relative(outside, f.filePath).split(path.sep).join('/')), ['a/new.txt']);
  });

  it('expands globs (quoted, so the shell did not) with ** and {a,b}', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'x/一.txt': PLAN, 'x/y/二.txt': PLAN, 'x/y/三.fsplan': PLAN, 'x/y/四.md': PLAN });
    const r = await cli(['check', 'x/**/*.{txt,fsplan}', ...json], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(parseJson(r.stdout).map((f) => path.basename(f.filePath)).sort(), ['一.txt', '三.fsplan', '二.txt'].sort());
    const one = await cli(['check', 'x/*.txt', ...json], { cwd: dir });
    assert.deepEqual(parseJson(one.stdout).map((f) => path.basename(f.filePath)), ['一.txt']);
  });

  it('a missing file, a glob without matches and a folder without plans are errors (exit 2), the rest is still checked', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN, 'empty/readme.md': 'x' });
    const r = await cli(['check', 'a.txt', '不存在.txt', 'empty', 'nothing/*.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /不存在\.txt：找不到文件或文件夹/);
    assert.match(r.stderr, /empty：文件夹中没有计划文件/);
    assert.match(r.stderr, /nothing\/\*\.txt：没有与此模式匹配的计划文件/);
    assert.match(r.stdout, /a\.txt:7:1/);
  });

  it('no file argument is a usage error', async () => {
    const r = await cli(['check'], { cwd: tempDir() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /请指定要检查的文件或文件夹/);
  });

  for (const [args, pattern] of [
    [['--format', 'xml'], /不支持的输出格式“xml”/],
    [['--max-warnings', 'many'], /--max-warnings 需要一个非负整数/],
    [['--max-file-size', 'big'], /--max-file-size 需要一个大小/],
    [['--bogus'], /不认识的选项“--bogus”/],
    [['--update-baseline'], /--update-baseline 需要同时用 --baseline/],
    [['--fix', '--fix-dry-run'], /只能选一个/],
  ] as Array<[string[], RegExp]>) {
    it(`usage error: ${args.join(' ')}`, async () => {
      const dir = tempDir({ 'a.txt': PLAN });
      const r = await cli(['check', 'a.txt', ...args], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, pattern);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('--version prints the package version', async () => {
    const r = await cli(['--version'], { cwd: tempDir() });
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.equal(r.stdout, `fsplan ${pkg.version}\n`);
  });

  it('unknown command and --help', async () => {
    const r = await cli(['lint'], { cwd: tempDir() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /未知命令“lint”/);
    const h = await cli(['check', '--help'], { cwd: tempDir() });
    assert.equal(h.code, 0);
    for (const opt of ['--format', '--config', '--municipal', '--max-warnings', '--quiet', '--stdin', '--stdin-filename', '--max-file-size', '--output-file', '--baseline', '--update-baseline', '--fix', '--fix-dry-run', '--debug']) {
      assert.ok(h.stdout.includes(opt), `help mentions ${opt}`);
    }
  });
});

describe('fsplan check: exit codes, --quiet, --max-warnings', () => {
  it('0 when clean, 0 with warnings only, 1 with errors', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'clean.txt': CLEAN_PLAN, 'warn.txt': PLAN, 'err/.fsplanrc.json': MARKER_ERROR, 'err/e.txt': PLAN });
    const clean = await cli(['check', 'clean.txt'], { cwd: dir });
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, '已检查 1 个文件，未发现问题。\n');
    assert.equal((await cli(['check', 'warn.txt'], { cwd: dir })).code, 0);
    const err = await cli(['check', 'err/e.txt'], { cwd: dir });
    assert.equal(err.code, 1);
    assert.match(err.stdout, /e\.txt:7:1  错误/);
  });

  it('--max-warnings: 1 when warnings exceed N, 0 at N', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'warn.txt': PLAN });
    const over = await cli(['check', 'warn.txt', '--max-warnings', '1'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /警告 2 条，超过 --max-warnings 1 的上限/);
    assert.equal((await cli(['check', 'warn.txt', '--max-warnings', '2'], { cwd: dir })).code, 0);
  });

  it('--quiet reports errors only', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'warn.txt': PLAN });
    const r = await cli(['check', 'warn.txt', '--quiet', ...json], { cwd: dir });
    assert.deepEqual(parseJson(r.stdout)[0].messages, []);
  });

  it('an invalid config is exit 2 naming the file and JSON path, without a stack', async () => {
    const dir = tempDir({ '.fsplanrc.json': '{"rules": {"numbering/marker-style": "loud"}}', 'a.txt': PLAN });
    const r = await cli(['check', 'a.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.fsplanrc\.json 的 rules\["numbering\/marker-style"\] 有误/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('--config replaces the search', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'strict.json': MARKER_ERROR, 'a.txt': PLAN });
    assert.equal((await cli(['check', 'a.txt'], { cwd: dir })).code, 0);
    assert.equal((await cli(['check', 'a.txt', '--config', 'strict.json'], { cwd: dir })).code, 1);
    const missing = await cli(['check', 'a.txt', '--config', 'nope.json'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json.*文件不存在/);
  });
});

describe('fsplan check: encodings and bad input', () => {
  const variants: Array<[string, Buffer]> = [
    ['UTF-8', Buffer.from(PLAN, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PLAN, 'utf16le').swap16()])],
    ['GB18030 with CRLF', iconv.encode(PLAN.replace(/\n/g, '\r\n'), 'gb18030')],
  ];
  for (const [name, bytes] of variants) {
    it(`reads ${name} with the same findings`, async () => {
      const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'plan.txt': bytes });
      const r = await cli(['check', 'plan.txt', ...json], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      const msgs = parseJson(r.stdout)[0].messages;
      assert.deepEqual(msgs.map((m) => [m.line, m.column, m.ruleId]), [[7, 1, 'numbering/marker-style'], [9, 1, 'numbering/marker-style']]);
    });
  }

  const bad: Array<[string, string | Buffer, RegExp]> = [
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /二进制文件/],
    ['an empty file', '', /文件是空的/],
    ['a file of blank lines', '\n  \n\n', /文件是空的/],
    ['undecodable bytes', Buffer.from([0xe4, 0xb8, 0x80, 0x81, 0x20, 0xff, 0xff, 0x41, 0x42]), /无法识别文件编码/],
  ];
  for (const [name, bytes, msg] of bad) {
    it(`${name} is a clear error with exit 2`, async () => {
      const dir = tempDir({ 'bad.txt': bytes, 'good.txt': CLEAN_PLAN, '.fsplanrc.json': MARKER_ONLY });
      const r = await cli(['check', 'bad.txt', 'good.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`^fsplan：bad\\.txt：.*${msg.source}`, 'm'));
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.match(r.stdout, /已检查 1 个文件/);
    });
  }

  it('.doc and broken .pdf files get a message saying what to do', async () => {
    const dir = tempDir({ 'a.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'b.pdf': '%PDF-1.7' });
    const r = await cli(['check', 'a.doc', 'b.pdf'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.doc：不支持旧版 Word 格式（\.doc）。请在 Word 中“另存为” \.docx/);
    assert.match(r.stderr, /b\.pdf：无法读取 PDF：/);
  });

  it('files over the size limit are refused; --max-file-size and maxFileSize raise or lower it', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN });
    const size = fs.statSync(path.join(dir, 'a.txt')).size;
    const r = await cli(['check', 'a.txt', '--max-file-size', '300B'], { cwd: dir });
    assert.ok(size > 300 && size < 1024);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`a\\.txt：文件过大（${size} 字节，上限 300 字节），已跳过。如确需检查，请用 --max-file-size 或配置项 maxFileSize 调高上限`));
    assert.equal((await cli(['check', 'a.txt', '--max-file-size', '1MB'], { cwd: dir })).code, 0);
    const cfg = JSON.parse(MARKER_ONLY) as Record<string, unknown>;
    fs.writeFileSync(path.join(dir, '.fsplanrc.json'), JSON.stringify({ ...cfg, maxFileSize: 300 }));
    assert.equal((await cli(['check', 'a.txt'], { cwd: dir })).code, 2);
    assert.equal((await cli(['check', 'a.txt', '--max-file-size', '2MB'], { cwd: dir })).code, 0, 'the option wins over the config');
  });
});

describe('fsplan check: standard input', () => {
  it('--stdin with --stdin-filename finds the config next to that name and shows it', async () => {
    const dir = tempDir({ 'sub/.fsplanrc.json': MARKER_ERROR, '.fsplanrc.json': MARKER_ONLY });
    const r = await cli(['check', '--stdin', '--stdin-filename', 'sub/草稿 一.txt'], { cwd: dir, stdin: PLAN });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /sub\/草稿 一\.txt:7:1  错误/);
  });

  it('"-" reads standard input; GB18030 bytes are decoded', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY });
    const r = await cli(['check', '-', ...json], { cwd: dir, stdin: iconv.encode(PLAN, 'gb18030') });
    assert.equal(r.code, 0, r.stderr);
    const [file] = parseJson(r.stdout);
    assert.equal(file.filePath, '<stdin>');
    assert.equal(file.messages.length, 2);
  });

  it('a Word document on standard input is read as .docx (by --stdin-filename or by its content)', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY });
    for (const args of [['--stdin-filename', '草稿.docx'], []]) {
      const r = await cli(['check', '--stdin', ...args, ...json], { cwd: dir, stdin: docxFromText(PLAN) });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(parseJson(r.stdout)[0].messages.map((m) => m.paragraph), [7, 9]);
    }
  });

  it('empty standard input is an error; files and stdin cannot be mixed', async () => {
    const dir = tempDir({ 'a.txt': PLAN });
    const r = await cli(['check', '--stdin'], { cwd: dir, stdin: '' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /标准输入：文件是空的/);
    const mixed = await cli(['check', '-', 'a.txt'], { cwd: dir, stdin: PLAN });
    assert.equal(mixed.code, 2);
    assert.match(mixed.stderr, /不能同时指定文件/);
  });
});

describe('fsplan check --municipal', () => {
  it('parses the municipal plan (any supported encoding) and fails clearly when it is missing or binary', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': CLEAN_PLAN, '市级.txt': iconv.encode(CLEAN_PLAN.replace('红桥区', '天津市'), 'gb18030'), 'bin.txt': Buffer.from([0, 1, 2, 3]) });
    assert.equal((await cli(['check', 'a.txt', '--municipal', '市级.txt'], { cwd: dir })).code, 0);
    const missing = await cli(['check', 'a.txt', '--municipal', '没有.txt'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--municipal 指定的市级计划 .*没有\.txt 不存在或不是文件。请检查路径/);
    const bin = await cli(['check', 'a.txt', '--municipal', 'bin.txt'], { cwd: dir });
    assert.equal(bin.code, 2);
    assert.match(bin.stderr, /--municipal 指定的市级计划 .*bin\.txt：这是二进制文件/);
  });
});
