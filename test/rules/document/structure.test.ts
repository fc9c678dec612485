import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../../server/src/core/model/document';
import { check } from '../../support/check';
import { jiangchengEnv } from '../department/env';
import { Case, plan, runTable } from '../table';
import { corpusDir, repoRoot } from '../../support/paths';

const S = 'document/structure';
const root = repoRoot;
const municipal = parseDocument(fs.readFileSync(path.join(root, 'samples', '天津市2025年食品安全监督管理计划.txt'), 'utf8'));
const ITEM = '1.加强监管。（区市场监管局负责）';
const NOTICE = '红桥区人民政府办公室关于印发红桥区2025年食品安全监督管理计划的通知\n\n各街道办事处，区政府各委、局：\n经区人民政府同意，现将《红桥区2025年食品安全监督管理计划》印发给你们。\n\n2025年7月1日\n';

const cases: Case[] = [
  { name: 'valid: a complete district plan', text: plan(ITEM), findings: [] },
  { name: 'valid: a notice followed by the plan', text: NOTICE + '\n' + plan(ITEM), findings: [] },
  { name: 'numbered items without a plan title', text: '一、重点任务\n\n' + ITEM + '\n', findings: [[1, '一、重点任务', '没有找到计划标题']] },
  { name: 'valid: the municipal plan checked on its own', text: plan('1.加强监管。（市市场监管委负责）', { title: '天津市2025年食品安全监督管理计划' }), findings: [] },
  { name: 'no numbered items', text: '红桥区2025年食品安全监督管理计划\n\n加强食品安全监管。\n', findings: [[1, '红桥区2025年食品安全监督管理计划', '没有找到编号条目']] },
  { name: 'only the notice', text: NOTICE, findings: [[1, '红桥区人民政府办公室关于印发红桥区2025年食品安全监督管理计划的通知', '只有印发通知']] },
  { name: 'neither title nor numbering', text: '  \n加强食品安全监管。\n', findings: [[2, '加强食品安全监管。', '没有找到编号条目'], [2, '加强食品安全监管。', '没有找到计划标题']] },
  { name: 'a jurisdiction the registry does not cover', text: plan(ITEM, { title: '某某县2025年食品安全监督管理计划' }), findings: [[1, '某某县2025年食品安全监督管理计划', '内置天津市部门名录中没有“某某县”']] },
  { name: 'a title without jurisdiction', text: plan(ITEM, { title: '2025年食品安全监督管理计划' }), findings: [[1, '2025年食品安全监督管理计划', '计划标题没有写明辖区']] },
  {
    name: 'a municipal plan compared with a municipal plan',
    text: plan('1.加强监管。（市市场监管委负责）', { title: '天津市2025年食品安全监督管理计划' }),
    env: { municipal },
    findings: [[1, '天津市2025年食品安全监督管理计划', '不与另一份市级计划对比']],
  },
  { name: 'valid: a unit by its short name alone when no other unit has it (浦东)', text: plan('1.加强监管。（区市场监管局负责）', { title: '浦东2025年食品安全工作要点' }), findings: [] },
  { name: 'valid: a short name made unique by the city written before it (天津市滨海)', text: plan(ITEM, { title: '天津市滨海2025年食品安全监督管理计划' }), findings: [] },
  { name: 'an ambiguous short name in the title names its candidates', text: plan(ITEM, { title: '新华2025年食品安全工作要点' }), findings: [[1, '新华2025年食品安全工作要点', /“新华”可能指“石家庄市新华区”、“沧州市新华区”、“平顶山市新华区”.*请在标题中写明全称/]] },
  { name: 'an ambiguous short name after the year', text: plan(ITEM, { title: '2025年城关食品安全工作要点' }), findings: [[1, '2025年城关食品安全工作要点', /“城关”可能指“拉萨市城关区”、“兰州市城关区”/]] },
  { name: 'a scope word where the place should be is not a place (2025年全县…)', text: plan(ITEM, { title: '2025年全县食品安全工作要点' }), findings: [[1, '2025年全县食品安全工作要点', '计划标题没有写明辖区']] },
  { name: 'a short name shared with a city (通化: 通化县 or 通化市)', text: plan(ITEM, { title: '通化2025年食品安全工作要点' }), findings: [[1, '通化2025年食品安全工作要点', /“通化市通化县”、“通化市”/]] },
  { name: 'an ambiguous short name in the jurisdiction setting', text: plan(ITEM, { title: '2025年食品安全监督管理计划' }), env: { departments: { jurisdiction: '滨海' } }, findings: [[1, '2025年食品安全监督管理计划', /设置 jurisdiction 中的“滨海”可能指“天津市滨海新区”、“盐城市滨海县”.*改为全称/]] },
  { name: 'an ambiguous setting and no title: both causes', text: '一、重点任务\n\n' + ITEM + '\n', env: { departments: { jurisdiction: '城关' } }, findings: [[1, '一、重点任务', '没有找到计划标题'], [1, '一、重点任务', '“城关”可能指“拉萨市城关区”、“兰州市城关区”']] },
  { name: 'valid: a short name in the setting that names one unit (海淀)', text: plan('1.加强监管。（区市场监管局负责）', { title: '2025年食品安全监督管理计划' }), env: { departments: { jurisdiction: '海淀' } }, findings: [] },
  { name: 'valid: another registry that covers the plan', text: plan(ITEM, { title: '临江区2025年食品安全工作计划' }), env: jiangchengEnv(), findings: [] },
];

describe(S, () => {
  runTable(S, cases);
  it('says nothing on the samples and the real plans', () => {
    const dirs = [path.join(root, 'samples'), corpusDir].filter((d) => fs.existsSync(d));
    for (const d of dirs) {
      for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.txt'))) {
        assert.deepEqual(check(fs.readFileSync(path.join(d, f), 'utf8'), { rules: [S] }).findings.map((x) => x.message), [], f);
      }
    }
  });
});
