// The built dist/cli.js as users run it: real argv, pipes and exit codes;
// internal errors show a stack only with --debug.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as iconv from 'iconv-lite';
import { run } from '../../server/src/cli/run';
import { CLEAN_PLAN, distCli, MARKER_ERROR, MARKER_ONLY, PLAN, repoRoot, spawnCli, tempDir } from './support';

describe('dist/cli.js', function () {
  before(function () {
    if (!fs.existsSync(distCli)) this.skip(); // npm test builds it first
  });

  it('exit 0 / 1 / 2 as a process', () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'warn.txt': PLAN, 'e/.fsplanrc.json': MARKER_ERROR, 'e/err.txt': PLAN });
    assert.equal(spawnCli(['check', 'warn.txt'], { cwd: dir }).code, 0);
    assert.equal(spawnCli(['check', 'e/err.txt'], { cwd: dir }).code, 1);
    const missing = spawnCli(['check', '缺失 文件.txt'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'fsplan：缺失 文件.txt：找不到文件或文件夹。请检查路径\n');
  });

  it('reads .fsplanrc.json as JSONC (the bundled jsonc-parser): comments and trailing commas; errors with line and column', () => {
    const dir = tempDir({ '.fsplanrc.json': '{\n  // 只检查编号格式\n  "rules": { "numbering/marker-style": "error", },\n}\n', 'p.txt': PLAN });
    const ok = spawnCli(['check', 'p.txt'], { cwd: dir });
    assert.equal(ok.code, 1, ok.stderr);
    fs.writeFileSync(path.join(dir, '.fsplanrc.json'), '{\n  /* 注释 */ "root": "yes"\n}\n');
    const bad = spawnCli(['check', 'p.txt'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /\.fsplanrc\.json 的 root 有误（第 2 行第 20 列）：类型不对，应为 true 或 false，收到 "yes"\n$/);
  });

  it('reads a pipe with "-" and --stdin-filename', () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY });
    const r = spawnCli(['check', '-', '--stdin-filename', '草稿.txt', '--format', 'github'], { cwd: dir, stdin: PLAN });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^::warning file=草稿\.txt,line=7,col=1,/m);
  });

  it('--fix writes a GB18030 file back (the encoder is a bundle of its own, loaded on first use)', () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'gb.txt': iconv.encode(PLAN, 'gb18030') });
    const r = spawnCli(['check', 'gb.txt', '--fix'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.readFileSync(path.join(dir, 'gb.txt')).equals(iconv.encode(CLEAN_PLAN, 'gb18030')));
  });

  it('GitHub Actions: no progress on stderr when CI is set', () => {
    const files: Record<string, string> = { '.fsplanrc.json': MARKER_ONLY };
    for (let i = 0; i < 12; i++) files[`d/${i}.txt`] = PLAN;
    const r = spawnCli(['check', 'd', '--format', 'github'], { cwd: tempDir(files), env: { CI: 'true' } });
    assert.equal(r.stderr, '');
  });
});

describe('dist/cli.js start-up', function () {
  before(function () {
    if (!fs.existsSync(distCli)) this.skip();
  });

  it('runs the bundle through a V8 code cache: written by the first run, read by the next, ignored when corrupt or unwritable', () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'p.txt': PLAN });
    const cache = tempDir();
    const runWith = (env: Record<string, string>) => spawnCli(['check', 'p.txt', '--format', 'json'], { cwd: dir, env });
    const expected = runWith({ FSPLAN_CODE_CACHE: '0' });
    assert.equal(expected.code, 0, expected.stderr);
    assert.deepEqual(fs.readdirSync(cache), []);
    assert.deepEqual(runWith({ FSPLAN_CACHE_DIR: cache }), expected);
    const files = fs.readdirSync(cache);
    assert.equal(files.length, 1);
    assert.match(files[0], /^cli-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.bin$/);
    const file = path.join(cache, files[0]);
    const accepted = () => {
      const before = fs.readFileSync(file);
      assert.deepEqual(runWith({ FSPLAN_CACHE_DIR: cache }), expected);
      return fs.readFileSync(file).equals(before); // a cache that is used is not written again
    };
    assert.ok(accepted(), 'a valid cache is read, not rewritten');
    // a changed byte in the data, a truncated file, garbage: ignored (same output) and written again
    const written = fs.readFileSync(file);
    for (const bad of [Buffer.from(written).fill(0x55, written.length - 64), written.subarray(0, written.length >> 1), Buffer.from('garbage')]) {
      fs.writeFileSync(file, bad);
      assert.ok(!accepted(), 'a corrupt cache is replaced');
      assert.ok(accepted(), 'by a valid one');
    }
    // the cache folder cannot be created (a file is in the way): no cache, same output, no message
    const blocked = path.join(dir, 'p.txt', 'cache');
    assert.deepEqual(runWith({ FSPLAN_CACHE_DIR: blocked }), expected);
    assert.deepEqual(fs.readdirSync(cache).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left');
  });

  it('libraries that only some inputs and commands need are bundles of their own, loaded on first use', () => {
    const bundle = fs.readFileSync(path.join(path.dirname(distCli), 'fsplan-cli.js'), 'utf8');
    for (const lib of ['@xmldom/xmldom', 'node-html-parser', 'fflate', 'diff', 'iconv-lite']) {
      assert.ok(!bundle.includes(`// node_modules/${lib}/`), `${lib} is not inside the CLI bundle`);
    }
    const page = `<html><body><nav>首页</nav><div class="article"><p>${PLAN.split('\n').join('</p><p>')}</p></div></body></html>`;
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'p.html': page, 'p.txt': PLAN, 'p.docx': fs.readFileSync(path.join(repoRoot, 'test/fixtures/docx/plan.docx')) });
    const html = spawnCli(['check', 'p.html', '--format', 'json'], { cwd: dir });
    assert.equal(html.code, 0, html.stderr);
    assert.equal(JSON.parse(html.stdout)[0].messages.length, 2);
    const docx = spawnCli(['check', 'p.docx'], { cwd: dir });
    assert.ok(docx.code === 0 || docx.code === 1, docx.stderr);
    const dry = spawnCli(['check', 'p.txt', '--fix-dry-run'], { cwd: dir });
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^--- a\/p\.txt\n\+\+\+ b\/p\.txt\n@@ /);
    const out = path.join(dir, 'review.docx');
    const review = spawnCli(['review', 'p.txt', '--out', out], { cwd: dir });
    assert.equal(review.code, 0, review.stderr);
    assert.equal(fs.readFileSync(out).subarray(0, 2).toString(), 'PK');
  });
});

describe('internal errors', () => {
  const failingIo = () => {
    let stderr = '';
    return {
      io: {
        cwd: tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN }),
        stdout: {
          write: (): never => {
            throw new TypeError('simulated failure');
          },
        },
        stderr: { write: (s: string) => (stderr += s) },
        stdin: Readable.from([]),
      },
      stderr: () => stderr,
    };
  };

  it('print one line without a stack, suggesting --debug', async () => {
    const f = failingIo();
    assert.equal(await run(['check', 'a.txt'], f.io), 2);
    assert.equal(f.stderr(), 'fsplan：内部错误：simulated failure。加 --debug 重新运行可看到详细信息，请把它和文件一起报告给 fsplan 维护者\n');
  });

  it('print the stack with --debug', async () => {
    const f = failingIo();
    assert.equal(await run(['check', 'a.txt', '--debug'], f.io), 2);
    assert.match(f.stderr(), /^fsplan：内部错误：TypeError: simulated failure\n\s+at /);
  });
});

describe('bundle size', () => {
  // `import { z } from 'zod'` takes zod's namespace object as a value, which
  // esbuild cannot tree-shake: all of zod and its locales (about 450 KB
  // minified) land in every bundle and are compiled at every CLI start.
  // `import * as z from 'zod'` lets esbuild keep only what is used (~85 KB).
  it('zod is imported as a namespace in every source file', () => {
    const root = path.resolve(__dirname, '../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /import\s+(type\s+)?\{[^}]*\bz\b[^}]*\}\s+from\s+'zod(\/[\w/]+)?'/.test(fs.readFileSync(p, 'utf8'))) offenders.push(path.relative(root, p));
      }
    };
    for (const d of ['server/src', 'client/src']) walk(path.join(root, d));
    assert.deepEqual(offenders, [], "use `import * as z from 'zod'`");
  });
});
