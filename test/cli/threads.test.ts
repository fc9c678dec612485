// `fsplan check` on worker threads (check-workers.ts) writes exactly what a
// run on one thread writes: every format, the baseline, --fix, --fix-dry-run,
// --quiet, --max-warnings, exit codes, read errors, a config error that ends
// the run, and the progress line, in the same order.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import * as iconv from 'iconv-lite';
import { workerCount } from '../../server/src/cli/check-workers';
import { run } from '../../server/src/cli/run';
import { distCli, MARKER_ERROR, PLAN, repoRoot, spawnCli, tempDir } from './support';

const sample = (name: string) => fs.readFileSync(path.join(repoRoot, 'samples', name));
const DISTRICT = sample('河北区2025年食品安全监督管理计划.txt');
const MUNICIPAL = sample('天津市2025年食品安全监督管理计划.txt');

/** Plans with different findings in two config folders, with read errors among them, and a .docx. */
function files(extra: Record<string, string | Buffer> = {}): Record<string, string | Buffer> {
  const text = DISTRICT.toString('utf8');
  const files: Record<string, string | Buffer> = {
    'ref/市级.txt': MUNICIPAL,
    'a/.fsplanrc.json': JSON.stringify({ root: true, municipalPlan: '../ref/市级.txt' }),
    'b/.fsplanrc.json': MARKER_ERROR,
    'a/空.txt': '',
    'a/图片.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 0, 0, 4, 5, 6, 7]),
    'a/gbk.txt': iconv.encode(text.replace(/加强/g, '强化'), 'gb18030'),
    'a/plan.docx': fs.readFileSync(path.join(repoRoot, 'test/fixtures/docx/plan.docx')),
    ...extra,
  };
  for (let i = 0; i < 14; i++) {
    // each plan a little different: dropped clauses, changed notes, wrong markers
    const lines = text.split('\n');
    files[`a/plan-${String(i).padStart(2, '0')}.txt`] = lines.filter((_, n) => n % 15 !== i % 15).join('\n').replace(/^（(\S)）/gm, i % 2 ? '($1)' : '（$1）');
  }
  for (let i = 0; i < 4; i++) files[`b/p${i}.txt`] = PLAN.replace('1、', `${i + 1}、`);
  return files;
}

/** Writes `content` into `dir` afresh (same paths in every run: messages name them). */
function reset(dir: string, content: Record<string, string | Buffer>): string {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, data] of Object.entries(content)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

/** Runs `check args` on one thread and on two workers over the same files in the same folder; the files left by each. */
function both(args: string[], content = files(), then?: (dir: string, threads: string) => unknown) {
  const dir = path.join(tempDir(), 'plans');
  const runs = ['1', '3'].map((threads) => {
    reset(dir, content);
    const r = spawnCli(['check', ...args, '--threads', threads], { cwd: dir });
    const more = then?.(dir, threads);
    return { r, tree: tree(dir), more };
  });
  return { r1: runs[0].r, r3: runs[1].r, tree1: runs[0].tree, tree3: runs[1].tree, more1: runs[0].more, more3: runs[1].more };
}

/** Every file under `dir` with its bytes (the baseline and fixed files). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('check on worker threads', function () {
  before(function () {
    if (!fs.existsSync(distCli)) this.skip(); // workers run the built bundle; npm test builds it first
  });

  for (const args of [['stylish'], ['json'], ['sarif'], ['github', '--max-warnings', '0'], ['junit', '--quiet'], ['stylish', '--quiet', '--municipal', 'ref/市级.txt']]) {
    it(`--format ${args.join(' ')}: the same bytes and exit code as on one thread`, () => {
      const { r1, r3 } = both(['a', 'b', '--format', ...args]);
      assert.ok(r1.stdout.length > 1000);
      assert.match(r1.stderr, /空\.txt：文件是空的/);
      assert.deepEqual(r3, r1);
    });
  }

  it('--update-baseline and --baseline: the same baseline file and output', () => {
    const again = (dir: string, threads: string) => {
      fs.writeFileSync(path.join(dir, 'a/plan-03.txt'), DISTRICT.toString('utf8').replace(/加强/, '强化'));
      return spawnCli(['check', 'a', 'b', '--baseline', 'base.json', '--format', 'sarif', '--threads', threads], { cwd: dir });
    };
    const { r1, r3, tree1, tree3, more1, more3 } = both(['a', 'b', '--baseline', 'base.json', '--update-baseline'], files(), again);
    assert.match(r1.stderr, /已把 \d+ 个问题写入基线/);
    assert.deepEqual(r3, r1);
    assert.deepEqual(tree3, tree1);
    assert.match((more1 as { stdout: string }).stdout, /"results"/);
    assert.deepEqual(more3, more1);
  });

  it('--fix-dry-run and --fix: the same diffs, output and fixed files', () => {
    const dry = both(['a', 'b', '--fix-dry-run']);
    assert.match(dry.r1.stdout, /^--- a\//m);
    assert.deepEqual(dry.r3, dry.r1);
    const fix = both(['a', 'b', '--fix', '--format', 'json']);
    assert.deepEqual(fix.r3, fix.r1);
    assert.deepEqual(fix.tree3, fix.tree1);
    assert.notDeepEqual(fix.tree1, dry.tree1, 'files were fixed');
  });

  it('a config error ends the run at the same file: same output, and no file after it is fixed', () => {
    const content = files({ 'c/.fsplanrc.json': '{"rules": {"没有/这条": "off"}}', 'c/x.txt': PLAN, 'd/.fsplanrc.json': MARKER_ERROR, 'd/y.txt': PLAN });
    const { r1, r3, tree1, tree3 } = both(['a', 'b', 'c', 'd', '--fix'], content);
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /没有名为“没有\/这条”的规则/);
    assert.deepEqual(r3, r1);
    assert.deepEqual(tree3, tree1);
    assert.equal(Buffer.from(tree3['d/y.txt'], 'base64').toString('utf8'), PLAN);
  });

  it('the progress line on a terminal is the same', async () => {
    const dir = reset(path.join(tempDir(), 'plans'), files());
    const runWith = async (threads: string) => {
      let stdout = '';
      let stderr = '';
      let used = -1;
      const code = await run(['check', 'a', 'b', '--threads', threads], {
        cwd: dir,
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s), isTTY: true, columns: 80 },
        stdin: Readable.from([]),
        env: {},
        workerScript: distCli,
        onThreads: (n) => (used = n),
      });
      return { code, stdout, stderr, used };
    };
    const r1 = await runWith('1');
    const r3 = await runWith('3');
    assert.equal(r1.used, 0);
    assert.equal(r3.used, 2);
    assert.match(r1.stderr, /正在检查 22\/22/);
    assert.deepEqual({ ...r3, used: 0 }, r1);
  });
});

describe('check when a worker cannot start', () => {
  it('checks the files on the main thread instead: the same output', async () => {
    const dir = reset(path.join(tempDir(), 'plans'), files());
    const runWith = async (threads: string, workerScript?: string) => {
      let stdout = '';
      let stderr = '';
      const code = await run(['check', 'a', 'b', '--format', 'json', '--threads', threads], {
        cwd: dir,
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        stdin: Readable.from([]),
        env: {},
        workerScript,
      });
      return { code, stdout, stderr };
    };
    const one = await runWith('1');
    assert.ok(one.stdout.length > 1000);
    assert.deepEqual(await runWith('3', path.join(dir, '没有这个文件.js')), one);
  });
});

describe('how many worker threads check', () => {
  it('none unless asked for; --threads N asks for N threads', () => {
    assert.equal(workerCount(5, undefined), 0);
    assert.equal(workerCount(5000, undefined), 0);
    assert.equal(workerCount(5000, 1), 0);
    assert.equal(workerCount(5000, 3), 2);
    assert.equal(workerCount(1, 4), 1);
  });
});
