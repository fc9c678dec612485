import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../server/src/cli/run';
import { repoRoot } from '../support/targets';

async function fsplan(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await run(argv, { stdout, stderr, stdin: new PassThrough(), cwd: repoRoot });
  return { code, out, err };
}

describe('cli: fsplan compare', () => {
  it('prints the coverage table for samples/ (the cited municipal plan is found in the folder)', async () => {
    const { code, out } = await fsplan('compare', 'samples/');
    assert.equal(code, 0);
    assert.match(out, /区级计划：samples\/河北区2025年食品安全监督管理计划\.txt/);
    assert.match(out, /市级计划：samples\/天津市2025年食品安全监督管理计划\.txt/);
    assert.match(out, /入网餐饮服务提供者覆盖率\s+75%（第 5 条，第 \d+ 行）\s+70%（第 5 条，第 \d+ 行）\s+低于市级/);
    assert.match(out, /医疗机构食堂.*覆盖率\s+80%（第 5 条，第 \d+ 行）\s+未落实\s+未落实/);
    assert.match(out, /市级指标 12 项：已落实 8 项，低于市级 1 项，未落实 3 项/);
  });
  it('takes the two files explicitly and writes JSON', async () => {
    const { code, out } = await fsplan('compare', 'samples/河北区2025年食品安全监督管理计划.txt', 'samples/天津市2025年食品安全监督管理计划.txt', '--format', 'json');
    assert.equal(code, 0);
    const [report] = JSON.parse(out) as Array<{ municipal: string; rows: Array<{ status: string; municipal: { value: string; line: number; clause: { number: number } } | null; district: { value: string } | null }> }>;
    assert.equal(report.municipal, path.join(repoRoot, 'samples', '天津市2025年食品安全监督管理计划.txt'));
    const below = report.rows.filter((r) => r.status === 'below');
    assert.deepEqual(below.map((r) => [r.municipal?.value, r.municipal?.clause.number, r.district?.value]), [['75%', 5, '70%']]);
    assert.equal(report.rows.filter((r) => r.status === 'missing').length, 3);
    assert.ok(report.rows.every((r) => r.status === 'extra' || (r.municipal && r.municipal.line > 0)));
  });
  it('speaks of the plan at its own level: 县 for a county, 旗 for a banner', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-compare-level-'));
    const municipal = '合肥市2024年食品安全重点工作安排\n\n一、重点任务\n\n1.食物中毒事件发生率控制在3例/10万人以内。（市卫生健康委负责）\n\n2.食品安全监督抽检量达到每千人6批次以上。（市市场监管局负责）\n';
    const county = '2024年长丰县食品安全重点工作安排\n\n一、重点任务\n\n1.食物中毒事件发生率控制在5例/10万人以内。（县卫生健康委负责）\n\n2.食品安全监督抽检量达到每千人6批次。（县市场监管局负责）\n\n3.农村集体聚餐报备率达到90%。（县卫生健康委负责）\n';
    fs.writeFileSync(path.join(dir, 'm.txt'), municipal);
    fs.writeFileSync(path.join(dir, 'd.txt'), county);
    const { code, out } = await fsplan('compare', path.join(dir, 'd.txt'), path.join(dir, 'm.txt'));
    assert.equal(code, 0);
    assert.match(out, /^县级计划：/);
    assert.match(out, /本县指标（条款）/);
    assert.match(out, /食物中毒事件发生率\s+3例\/10万人以内（第 1 条，第 \d+ 行）\s+5例\/10万人以内（第 1 条，第 \d+ 行）\s+低于市级/);
    assert.match(out, /食品安全监督抽检量\s+6批次\/千人.*6批次\/千人.*已落实/);
    assert.match(out, /农村集体聚餐报备率.*本县新增/);
    assert.match(out, /；本县新增 1 项。/);
    assert.doesNotMatch(out, /本区/);
  });
  it('a bad municipal file is a usage error in Chinese', async () => {
    const { code, err } = await fsplan('compare', 'samples/河北区2025年食品安全监督管理计划.txt', 'samples/不存在.txt');
    assert.equal(code, 2);
    assert.match(err, /fsplan：.*不存在或不是文件/);
  });
  it('check --municipal feeds the comparison to the rules', async () => {
    const { out } = await fsplan('check', 'samples/河北区2025年食品安全监督管理计划.txt', '--municipal', 'samples/天津市2025年食品安全监督管理计划.txt');
    assert.match(out, /低于市级计划第 5 条.*target\/below-municipal/);
  });
});

describe('cli: municipalPlan in .fsplanrc.json', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-municipal-'));
    fs.mkdirSync(path.join(dir, '市级'));
    fs.copyFileSync(path.join(repoRoot, 'samples', '河北区2025年食品安全监督管理计划.txt'), path.join(dir, '河北区.txt'));
    fs.copyFileSync(path.join(repoRoot, 'samples', '天津市2025年食品安全监督管理计划.txt'), path.join(dir, '市级', '市级计划.txt'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  it('is read relative to the config file', async () => {
    fs.writeFileSync(path.join(dir, '.fsplanrc.json'), JSON.stringify({ root: true, municipalPlan: '市级/市级计划.txt' }));
    const { code, out } = await fsplan('check', path.join(dir, '河北区.txt'));
    assert.equal(code, 1, 'the sample carries deliberate errors');
    assert.match(out, /低于市级计划第 5 条/);
  });
  it('a wrong path is a Chinese error naming the setting', async () => {
    fs.writeFileSync(path.join(dir, '.fsplanrc.json'), JSON.stringify({ root: true, municipalPlan: '市级/没有.txt' }));
    const { code, err } = await fsplan('check', path.join(dir, '河北区.txt'));
    assert.equal(code, 2);
    assert.match(err, /配置项 municipalPlan 指定的市级计划 .*没有\.txt 不存在或不是文件。请检查路径（相对路径以配置文件所在文件夹为准）/);
  });
});
