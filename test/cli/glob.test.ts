// Glob patterns for file arguments and gitignore patterns for .fsplanignore.
import { strict as assert } from 'node:assert';
import { globMatcher, GlobError, hasMagic, IgnoreFile, splitGlob } from '../../server/src/cli/glob';

describe('globs', () => {
  const table: Array<[string, string, boolean]> = [
    ['*.txt', '计划.txt', true],
    ['*.txt', 'a/计划.txt', false],
    ['**/*.txt', '计划.txt', true],
    ['**/*.txt', 'a/b/计划 草稿.txt', true],
    ['a/**', 'a/b/c.txt', true],
    ['a/**/c.txt', 'a/c.txt', true],
    ['a/**/c.txt', 'a/x/y/c.txt', true],
    ['?.txt', '一.txt', true],
    ['?.txt', '十一.txt', false],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['*.{txt,docx}', '草稿.docx', true],
    ['*.{txt,docx}', '草稿.doc', false],
    ['计划(1).txt', '计划(1).txt', true],
    ['a+b.txt', 'a+b.txt', true],
    ['a+b.txt', 'aab.txt', false],
  ];
  for (const [glob, file, expected] of table) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${file}`, () => assert.equal(globMatcher(glob)(file), expected));
  }

  it('matches `*a*a*…*b` against a long name of `a` in linear time (picomatch alone backtracks for minutes)', () => {
    const m = globMatcher('*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b');
    assert.equal(m('a'.repeat(60)), false);
    assert.equal(m('a'.repeat(60) + 'b'), true);
    assert.equal(m('a'.repeat(13) + 'b'), false);
    assert.equal(globMatcher('**/*x*y*z.txt')('d/e/axbycz.txt'), true);
    assert.equal(globMatcher('f*o/*/*')('foo/b/c'), true);
  });

  it('pinning changes no result: agrees with picomatch on short names', () => {
    const globs = ['*a*b', '*ab*ab', 'a*?b*c', '*[ab]*b', '*.{txt,docx}', '**/a*b/*c*d'];
    const names = ['ab', 'aab', 'abab', 'axbxc', 'bab', 'a.txt', 'x/ab/cd', 'x/y/aXb/ccdd', 'acb'];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pm = require('picomatch') as (g: string) => (s: string) => boolean;
    for (const g of globs) for (const n of names) assert.equal(globMatcher(g)(n), pm(g)(n), `${g} ${n}`);
  });

  it('an invalid pattern is a GlobError with a Chinese reason, not an internal error', () => {
    assert.throws(() => globMatcher('[z-a].txt'), (e: GlobError) => e instanceof GlobError && /字符范围“z-a”的起止顺序颠倒/.test(e.message));
  });

  it('splits the folder without magic from the pattern', () => {
    assert.deepEqual(splitGlob('drafts/2025/**/*.txt'), { base: 'drafts/2025', pattern: '**/*.txt' });
    assert.deepEqual(splitGlob('*.txt'), { base: '.', pattern: '*.txt' });
    assert.deepEqual(splitGlob('/srv/plans/*.docx'), { base: '/srv/plans', pattern: '*.docx' });
    assert.equal(hasMagic('计划 草稿.txt'), false);
    assert.equal(hasMagic('计划*.txt'), true);
  });
});

describe('.fsplanignore (gitignore syntax)', () => {
  const ignore = new IgnoreFile('/p', ['# 注释', '存档/', '*-旧版.txt', '!重要-旧版.txt', '/根目录.txt', 'docs/草稿.txt', '**/临时/**', '\\#井号.txt', '末尾空格.txt   ', ''].join('\n'));
  const table: Array<[string, boolean, boolean | undefined]> = [
    ['存档', true, true],
    ['a/存档', true, true],
    ['存档/x.txt', false, true],
    ['存档', false, undefined], // a file named like a dir-only pattern
    ['a-旧版.txt', false, true],
    ['x/a-旧版.txt', false, true],
    ['重要-旧版.txt', false, false],
    ['根目录.txt', false, true],
    ['sub/根目录.txt', false, undefined],
    ['docs/草稿.txt', false, true],
    ['x/docs/草稿.txt', false, undefined],
    ['a/临时/b.txt', false, true],
    ['#井号.txt', false, true],
    ['末尾空格.txt', false, true],
    ['计划.txt', false, undefined],
  ];
  for (const [rel, isDir, expected] of table) {
    it(`${rel}${isDir ? '/' : ''} → ${String(expected)}`, () => assert.equal(ignore.decide(rel, isDir), expected));
  }

  it('an invalid line is reported with its line number and the other lines still apply', () => {
    const f = new IgnoreFile('/p', '# 注释\n[z-a]\n*-旧版.txt\n');
    assert.deepEqual(f.problems.map((p) => [p.line, p.pattern]), [[2, '[z-a]']]);
    assert.match(f.problems[0].message, /起止顺序颠倒/);
    assert.equal(f.decide('a-旧版.txt', false), true);
  });

  it('a `*a*a*…*b` line is linear on a long name', () => {
    const f = new IgnoreFile('/p', '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b');
    assert.equal(f.decide('a'.repeat(60), false), undefined);
    assert.equal(f.decide('x/' + 'a'.repeat(60) + 'b', false), true);
  });
});
