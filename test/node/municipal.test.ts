import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/model/document';
import { memoryHost } from '../../server/src/node/host';
import { findMunicipalPlan, MunicipalError, municipalEnvironment } from '../../server/src/node/municipal';
import { repoRoot } from '../support/targets';

const samples = path.join(repoRoot, 'samples');
const districtText = fs.readFileSync(path.join(samples, '河北区2025年食品安全监督管理计划.txt'), 'utf8');
const municipalText = fs.readFileSync(path.join(samples, '天津市2025年食品安全监督管理计划.txt'), 'utf8');
const district = parseDocument(districtText);
const root = path.resolve('/plans');
const f = (...p: string[]) => path.join(root, ...p);

describe('node/municipal: finding the municipal plan', () => {
  it('--municipal names the file (relative to the working folder)', () => {
    const host = memoryHost({ [f('区', '河北区.txt')]: districtText, [f('市', '市级.txt')]: municipalText });
    const found = findMunicipalPlan(host, f('区', '河北区.txt'), district, { explicit: '市/市级.txt', cwd: root });
    assert.equal(found?.file, f('市', '市级.txt'));
    assert.equal(found?.source, 'option');
    assert.equal(found?.doc.front.planTitle?.year, 2025);
  });
  it('municipalPlan in the config comes next, and wins over the citation', () => {
    const host = memoryHost({ [f('区', '河北区.txt')]: districtText, [f('市', '别名.txt')]: municipalText, [f('区', '天津市2025年食品安全监督管理计划.txt')]: municipalText });
    const found = findMunicipalPlan(host, f('区', '河北区.txt'), district, { settings: { municipalPlan: f('市', '别名.txt') } });
    assert.deepEqual([found?.file, found?.source], [f('市', '别名.txt'), 'config']);
  });
  it('otherwise the cited title is matched against plan titles in the same folder', () => {
    const host = memoryHost({
      [f('区', '河北区.txt')]: districtText,
      [f('区', '其他.txt')]: '不是计划的文本',
      [f('区', '市级计划文本.txt')]: municipalText,
    });
    const found = findMunicipalPlan(host, f('区', '河北区.txt'), district);
    assert.deepEqual([found?.file, found?.source], [f('区', '市级计划文本.txt'), 'citation']);
  });
  it('and in referenceFolders', () => {
    const host = memoryHost({ [f('区', '河北区.txt')]: districtText, [f('参考', 'a.txt')]: municipalText });
    const env = municipalEnvironment(host, f('区', '河北区.txt'), district, { settings: { referenceFolders: [f('参考')] } });
    assert.equal(env.municipalFile, f('参考', 'a.txt'));
    assert.ok(env.municipal);
  });
  it('a plan of another year is not the cited one', () => {
    const host = memoryHost({ [f('区', '河北区.txt')]: districtText, [f('区', '旧.txt')]: municipalText.replace(/2025年食品安全/g, '2024年食品安全') });
    assert.equal(findMunicipalPlan(host, f('区', '河北区.txt'), district), undefined);
  });
  it('a municipal plan is never compared with itself or another plan', () => {
    const host = memoryHost({ [f('区', '天津.txt')]: municipalText });
    assert.deepEqual(municipalEnvironment(host, f('区', '天津.txt'), parseDocument(municipalText)), {});
  });
  it('a missing file is a clear Chinese error', () => {
    const host = memoryHost({});
    assert.throws(() => findMunicipalPlan(host, f('区', '河北区.txt'), district, { explicit: f('无.txt') }), (e: unknown) => {
      assert.ok(e instanceof MunicipalError);
      assert.match(e.message, /--municipal 指定的市级计划 .*无\.txt 不存在或不是文件。请检查路径/);
      return true;
    });
    assert.throws(() => findMunicipalPlan(host, f('区', '河北区.txt'), district, { settings: { municipalPlan: f('无.txt') } }), /配置项 municipalPlan 指定的市级计划/);
  });
  it('a file that is not a plan is a clear Chinese error', () => {
    const host = memoryHost({ [f('笔记.txt')]: '会议记录\n今天讨论了抽检工作。' });
    assert.throws(() => findMunicipalPlan(host, f('区', '河北区.txt'), district, { explicit: f('笔记.txt') }), /不是计划文件：.*请指定市级计划的文本文件/);
  });
});
