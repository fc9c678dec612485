// Output formats: json shape, SARIF 2.1.0, GitHub workflow commands, JUnit, --output-file, progress.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeData, escapeProperty } from '../../server/src/cli/formats/github';
import { ruleDocUrl } from '../../server/src/rules';
import { cli, MARKER_ONLY, parseJson, PLAN, tempDir } from './support';

describe('fsplan check --format json', () => {
  it('is an array of files with 1-based positions, fix and counts', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, '计划.txt': PLAN });
    const r = await cli(['check', '计划.txt', '--format', 'json'], { cwd: dir });
    const [file] = parseJson(r.stdout);
    assert.equal(file.filePath, path.join(dir, '计划.txt'));
    assert.equal(file.warningCount, 2);
    assert.equal(file.errorCount, 0);
    const m = file.messages[0];
    assert.deepEqual(
      { ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn },
      { ruleId: 'numbering/marker-style', severity: 'warning', line: 7, column: 1, endLine: 7, endColumn: 3 },
    );
    assert.deepEqual((m.fix as { edits: unknown[] }).edits.length > 0, true);
  });
});

describe('fsplan check --format sarif', () => {
  it('is SARIF 2.1.0 with rules (id, description, helpUri) and results with 1-based regions', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a b/计划 草稿.txt': PLAN });
    const r = await cli(['check', 'a b', '--format', 'sarif'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'numbering/marker-style');
    assert.equal(rule.helpUri, ruleDocUrl('numbering/marker-style'));
    assert.match(rule.shortDescription.text, /[\u4e00-\u9fa5]/);
    assert.equal(run.results.length, 2);
    const res = run.results[0];
    assert.equal(res.ruleId, 'numbering/marker-style');
    assert.equal(res.level, 'warning');
    assert.match(res.message.text, /“1、”/);
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    const loc = res.locations[0].physicalLocation;
    assert.equal(decodeURIComponent(loc.artifactLocation.uri), 'a b/计划 草稿.txt');
    assert.doesNotMatch(loc.artifactLocation.uri, /[ \u4e00-\u9fa5]/, 'URI is percent-encoded');
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.deepEqual(loc.region, { startLine: 7, startColumn: 1, endLine: 7, endColumn: 3, snippet: { text: '1、' } });
    assert.match(res.partialFingerprints['fsplanFinding/v1'], /^[0-9a-f]{32}$/);
  });
});

describe('fsplan check --format github', () => {
  it('escapes data and properties as the workflow command syntax requires', () => {
    assert.equal(escapeData('50%\r\n下一行'), '50%25%0D%0A下一行');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  });

  it('prints one annotation per finding with file, line, col, endLine, endColumn and title', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'x,y:z.txt': PLAN });
    const r = await cli(['check', 'x,y:z.txt', '--format', 'github'], { cwd: dir });
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^::warning file=x%2Cy%3Az\.txt,line=7,col=1,endLine=7,endColumn=3,title=fsplan numbering\/marker-style::三级标题序号“1、”/);
  });

  it('maps severities to error / warning / notice', async () => {
    const cfg = (s: string) => MARKER_ONLY.replace('"numbering/marker-style": "warning"', `"numbering/marker-style": "${s}"`);
    for (const [sev, cmd] of [['error', 'error'], ['info', 'notice']]) {
      const dir = tempDir({ '.fsplanrc.json': cfg(sev), 'a.txt': PLAN });
      const r = await cli(['check', 'a.txt', '--format', 'github'], { cwd: dir });
      assert.match(r.stdout, new RegExp(`^::${cmd} file=a\\.txt,`, 'm'));
    }
  });
});

describe('fsplan check --format junit', () => {
  it('writes a test suite per file and a failure per finding, XML-escaped', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a&b.txt': PLAN, 'clean.txt': PLAN.replace(/^([12])、/gm, '$1.') });
    const r = await cli(['check', 'a&b.txt', 'clean.txt', '--format', 'junit'], { cwd: dir });
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="fsplan" tests="3" failures="2">/);
    assert.match(r.stdout, /<testsuite name="a&amp;b\.txt" tests="2" failures="2"/);
    assert.match(r.stdout, /<failure type="numbering\/marker-style" message="三级标题序号“1、”[^"]*">a&amp;b\.txt:7:1  警告/);
    assert.match(r.stdout, /<testsuite name="clean\.txt" tests="1" failures="0"[^>]*>\n    <testcase classname="clean\.txt" name="fsplan" \/>/);
    assert.doesNotMatch(r.stdout.replace(/&(amp|lt|gt|quot|apos);/g, ''), /&/);
  });
});

describe('fsplan check --output-file', () => {
  for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
    it(`writes the ${format} report to the file and nothing to stdout`, async () => {
      const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN });
      const direct = await cli(['check', 'a.txt', '--format', format], { cwd: dir });
      const r = await cli(['check', 'a.txt', '--format', format, '--output-file', 'out/报告.txt'.replace('out/', '')], { cwd: dir });
      assert.equal(r.stdout, '');
      assert.equal(fs.readFileSync(path.join(dir, '报告.txt'), 'utf8'), direct.stdout);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temp file left');
    });
  }

  it('a folder that does not exist is a clear error', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ONLY, 'a.txt': PLAN });
    const r = await cli(['check', 'a.txt', '-o', 'no/such/dir/r.json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /无法写入报告文件 no\/such\/dir\/r\.json（ENOENT）/);
  });
});

describe('progress indicator', () => {
  const many = () => {
    const files: Record<string, string> = { '.fsplanrc.json': MARKER_ONLY };
    for (let i = 0; i < 12; i++) files[`d/计划${i}.txt`] = PLAN;
    return tempDir(files);
  };

  it('shows on a terminal and is cleared afterwards', async () => {
    const r = await cli(['check', 'd'], { cwd: many(), tty: true });
    assert.match(r.stderr, /\r\x1b\[K正在检查 12\/12  d\/计划\d+\.txt/);
    assert.ok(r.stderr.endsWith('\r\x1b[K'));
  });

  for (const [why, args, env, tty] of [
    ['not a terminal', [], {}, false],
    ['in CI', [], { CI: 'true' }, true],
    ['json to stdout', ['--format', 'json'], {}, true],
    ['sarif to stdout', ['--format', 'sarif'], {}, true],
    ['--no-progress', ['--no-progress'], {}, true],
  ] as Array<[string, string[], Record<string, string>, boolean]>) {
    it(`is not shown: ${why}`, async () => {
      const r = await cli(['check', 'd', ...args], { cwd: many(), tty, env });
      assert.doesNotMatch(r.stderr, /正在检查/);
    });
  }
});
