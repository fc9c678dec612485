// fsplan draft and fsplan rollover on the command line: output to stdout or
// --out (never over an existing file without --force), the summary on
// stderr, and the draft passing fsplan check and fsplan compare.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docxFromText } from '../support/docx';
import { cli, repoRoot, tempDir } from './support';

const MUNICIPAL = path.join(repoRoot, 'samples', '天津市2025年食品安全监督管理计划.txt');
const DONGLI = path.join(repoRoot, 'test', 'fixtures', 'rollover', '东丽区2024年食品安全监督管理计划.txt');

describe('cli: fsplan draft', () => {
  it('prints the draft to stdout and the summary to stderr', async () => {
    const r = await cli(['draft', '--from', MUNICIPAL, '--district', '红桥'], { cwd: tempDir() });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^【待填写：发文字号】\n/);
    assert.match(r.stdout, /\n红桥区2025年食品安全监督管理计划\n/);
    assert.match(r.stdout, /（红桥海关、公安红桥分局、区商务局按职责分工负责）/);
    assert.match(r.stderr, /11 条任务，11 处责任分工/);
    assert.match(r.stderr, /已标为【待定：…】的 1 个：各区人民政府/);
    assert.match(r.stderr, /待填写 3 处：发文字号、成文日期、我区工作基础和总体要求/);
  });
  it('--out writes the file; fsplan check finds only placeholders (exit 0) and compare finds every target met', async () => {
    const dir = tempDir({ '天津市2025年食品安全监督管理计划.txt': fs.readFileSync(MUNICIPAL) });
    const r = await cli(['draft', '--from', '天津市2025年食品安全监督管理计划.txt', '--district', '滨海新区', '--out', 'draft.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /已生成 draft\.txt/);
    const check = await cli(['check', 'draft.txt', '--format', 'json'], { cwd: dir });
    assert.equal(check.code, 0, check.stdout);
    const [file] = JSON.parse(check.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>;
    assert.ok(file.messages.length > 0);
    assert.deepEqual([...new Set(file.messages.map((m) => m.ruleId))], ['document/placeholder']);
    const compare = await cli(['compare', 'draft.txt'], { cwd: dir });
    assert.match(compare.stdout, /市级指标 12 项：已落实 12 项，低于市级 0 项，未落实 0 项/);
  });
  it('refuses to overwrite an existing --out file unless --force', async () => {
    const dir = tempDir({ 'draft.txt': '我的草稿' });
    const r = await cli(['draft', '--from', MUNICIPAL, '--district', '红桥', '--out', 'draft.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /draft\.txt 已存在，未写入。如需覆盖请加 --force/);
    assert.equal(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), '我的草稿');
    const forced = await cli(['draft', '--from', MUNICIPAL, '--district', '红桥', '--out', 'draft.txt', '--force'], { cwd: dir });
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), /红桥区2025年食品安全监督管理计划/);
    assert.deepEqual(fs.readdirSync(dir), ['draft.txt'], 'no temporary file left');
  });
  it('reads a municipal plan in Word (.docx): the same draft as from the text', async () => {
    const dir = tempDir({ '市级计划.docx': docxFromText(fs.readFileSync(MUNICIPAL, 'utf8')) });
    const fromDocx = await cli(['draft', '--from', '市级计划.docx', '--district', '红桥'], { cwd: dir });
    const fromText = await cli(['draft', '--from', MUNICIPAL, '--district', '红桥'], { cwd: dir });
    assert.equal(fromDocx.code, 0, fromDocx.stderr);
    assert.equal(fromDocx.stdout, fromText.stdout);
  });
  it('--numbering restart and --year', async () => {
    const r = await cli(['draft', '--from', MUNICIPAL, '--district', '西青区', '--numbering', 'restart', '--year', '2026'], { cwd: tempDir() });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\n西青区2026年食品安全监督管理计划\n/);
    assert.match(r.stdout, /二、严把源头关口\n\n1\.加强农产品质量安全监管/);
  });
  it('uses the registry named in the configuration (a district whose registry lacks counterparts)', async () => {
    const fixtures = path.join(repoRoot, 'test', 'fixtures');
    const dir = tempDir({ '.fsplanrc.json': JSON.stringify({ root: true, registry: path.join(fixtures, 'departments', 'jiangcheng.registry.json') }) });
    const r = await cli(['draft', '--from', path.join(fixtures, 'drafting', 'jiangcheng', '江城市2025年食品安全工作计划.txt'), '--district', '西岭', '--out', 'd.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /已标为【待定：…】的 3 个：各区人民政府、市食安委成员单位、市发改局/);
    assert.match(fs.readFileSync(path.join(dir, 'd.txt'), 'utf8'), /（区市场监管局、西岭公安分局、区卫健局按职责分工负责）/);
  });
  const ERRORS: Array<[string, string[], RegExp]> = [
    ['no --from', ['--district', '红桥'], /请用 --from 指定市级计划/],
    ['an unknown district', ['--from', MUNICIPAL, '--district', '朝阳'], /部门名录中没有“朝阳”。可用的区：和平区/],
    ['a missing file', ['--from', 'nope.txt', '--district', '红桥'], /找不到市级计划文件：nope\.txt/],
    ['a district plan as --from', ['--from', path.join(repoRoot, 'samples', '河北区2025年食品安全监督管理计划.txt'), '--district', '红桥'], /是区级计划。--from 应为市级计划；从去年的区级计划开始请用 fsplan rollover/],
    ['a bad --numbering', ['--from', MUNICIPAL, '--district', '红桥', '--numbering', 'mixed'], /--numbering 只能是 continuous/],
    ['a bad --year', ['--from', MUNICIPAL, '--district', '红桥', '--year', '25'], /--year 应为四位年份/],
    ['an unknown option', ['--from', MUNICIPAL, '--district', '红桥', '--bogus'], /运行 fsplan draft --help 查看用法/],
  ];
  for (const [name, args, message] of ERRORS) {
    it(`${name}: one Chinese line, exit 2`, async () => {
      const r = await cli(['draft', ...args], { cwd: tempDir() });
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/);
    });
  }
});

describe('cli: fsplan rollover', () => {
  it('prints the rolled plan; stderr lists every change with line:column and what needs review', async () => {
    const r = await cli(['rollover', DONGLI, '--year', '2025'], { cwd: repoRoot });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\n东丽区2025年食品安全监督管理计划\n/);
    assert.match(r.stdout, /“昆仑2025”/);
    assert.match(r.stderr, /从 2024 年滚动到 2025 年，修改 17 处/);
    assert.match(r.stderr, /\n {2}41:17 {2}2024 → 2025 {2}专项行动名称：深入开展“昆仑2024”专项行动/);
    assert.match(r.stderr, /需要人工核对（未修改）：\n {2}1:1 {2}东丽政办函〔2024〕12号：发文字号需按新文件重新编号/);
    assert.match(r.stderr, /37:29 .*像是背景或施行日期/);
  });
  it('without --year moves one year; --out writes atomically and refuses to overwrite', async () => {
    const dir = tempDir({ 'old.txt': fs.readFileSync(DONGLI) });
    const r = await cli(['rollover', 'old.txt', '--out', 'new.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /已写入 new\.txt/);
    assert.match(fs.readFileSync(path.join(dir, 'new.txt'), 'utf8'), /东丽区2025年食品安全监督管理计划/);
    assert.equal(fs.readFileSync(path.join(dir, 'old.txt'), 'utf8'), fs.readFileSync(DONGLI, 'utf8'), 'the old plan is untouched');
    const again = await cli(['rollover', 'old.txt', '--out', 'new.txt'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /new\.txt 已存在/);
  });
  it('--municipal lists targets below or missing and the new items without a counterpart', async () => {
    const r = await cli(['rollover', DONGLI, '--municipal', MUNICIPAL], { cwd: repoRoot });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /低于市级的指标 2 项：\n {4}入网餐饮服务提供者覆盖率：本区 70%（第 33 行），市级 75%（市级第 5 条，第 \d+ 行）/);
    assert.match(r.stderr, /未落实的市级指标 6 项：/);
    assert.match(r.stderr, /引用的市级计划《天津市2024年食品安全监督管理计划》应改为《天津市2025年食品安全监督管理计划》（第 17 行）/);
    assert.match(r.stderr, /原文没有对应条目的市级条目 4 条：\n {4}第 2 条 强化企业主体责任/);
  });
  it('a plan without a title year is a usage error', async () => {
    const dir = tempDir({ 'p.txt': '一、总体要求\n\n1.加强监管。（区市场监管局负责）\n' });
    const r = await cli(['rollover', 'p.txt'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /p\.txt：无法确定计划年度/);
  });
});
