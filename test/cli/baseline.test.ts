// --baseline / --update-baseline: old findings ignored, new ones fail, the
// fingerprint survives edits elsewhere in the file.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BaselineSchema } from '../../server/src/cli/baseline';
import { cli, MARKER_ERROR, parseJson, PLAN, tempDir } from './support';

const BASE = '.fsplan-baseline.json';

describe('fsplan check --baseline', () => {
  it('--update-baseline records every finding by rule, clause and quoted text (no line numbers)', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ERROR, 'plans/计划.txt': PLAN });
    const r = await cli(['check', 'plans', '--baseline', BASE, '--update-baseline'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /已把 2 个问题写入基线 \.fsplan-baseline\.json/);
    const baseline = BaselineSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, BASE), 'utf8')));
    assert.deepEqual(baseline, {
      version: 1,
      files: {
        'plans/计划.txt': [
          { ruleId: 'numbering/marker-style', clause: '1.1', text: '1、', count: 1 },
          { ruleId: 'numbering/marker-style', clause: '1.2', text: '2、', count: 1 },
        ],
      },
    });
  });

  it('ignores recorded findings after edits elsewhere moved them, and still fails on a new one', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ERROR, '计划.txt': PLAN });
    await cli(['check', '计划.txt', '--baseline', BASE, '--update-baseline'], { cwd: dir });
    assert.equal((await cli(['check', '计划.txt', '--baseline', BASE], { cwd: dir })).code, 0);
    // lines added above move every finding down; a new defect appears in chapter 二
    const edited = PLAN.replace('一、落实监管责任', '（此件主动公开）\n\n新增的说明段落。\n\n一、落实监管责任').replace('3.加强农产品', '3、加强农产品');
    fs.writeFileSync(path.join(dir, '计划.txt'), edited);
    const r = await cli(['check', '计划.txt', '--baseline', BASE, '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1);
    const [file] = parseJson(r.stdout);
    assert.deepEqual(file.messages.map((m) => [m.line, m.message.includes('“3、”')]), [[17, true]]);
    const stylish = await cli(['check', '计划.txt', '--baseline', BASE], { cwd: dir });
    assert.match(stylish.stdout, /基线中已记录的 2 个问题未列出/);
  });

  it('a second identical finding in the same clause is new (entries are counted)', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ERROR, 'a.txt': PLAN });
    await cli(['check', 'a.txt', '--baseline', BASE, '--update-baseline'], { cwd: dir });
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, BASE), 'utf8'));
    baseline.files['a.txt'][0].count = 1;
    baseline.files['a.txt'].splice(1, 1); // forget "2、"
    fs.writeFileSync(path.join(dir, BASE), JSON.stringify(baseline));
    const r = await cli(['check', 'a.txt', '--baseline', BASE, '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.deepEqual(parseJson(r.stdout)[0].messages.map((m) => m.line), [9]);
  });

  it('a missing or malformed baseline is exit 2 with what to do', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ERROR, 'a.txt': PLAN, 'bad.json': '{"version": 2, "files": {}}', 'broken.json': '{' });
    const missing = await cli(['check', 'a.txt', '--baseline', 'none.json'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /基线文件 .*none\.json 不存在。先运行 .*--update-baseline/);
    const bad = await cli(['check', 'a.txt', '--baseline', 'bad.json'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /基线文件 .*bad\.json 的 version 有误/);
    const broken = await cli(['check', 'a.txt', '--baseline', 'broken.json'], { cwd: dir });
    assert.match(broken.stderr, /不是合法的 JSON/);
    assert.doesNotMatch(broken.stderr + bad.stderr, /\n\s+at /);
  });

  it('--update-baseline keeps entries of files not checked this time and drops fixed ones', async () => {
    const dir = tempDir({ '.fsplanrc.json': MARKER_ERROR, 'a.txt': PLAN, 'b.txt': PLAN });
    await cli(['check', 'a.txt', 'b.txt', '--baseline', BASE, '--update-baseline'], { cwd: dir });
    fs.writeFileSync(path.join(dir, 'a.txt'), PLAN.replace(/^([12])、/gm, '$1.'));
    await cli(['check', 'a.txt', '--baseline', BASE, '--update-baseline'], { cwd: dir });
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, BASE), 'utf8'));
    assert.deepEqual(Object.keys(baseline.files), ['b.txt']);
  });
});
