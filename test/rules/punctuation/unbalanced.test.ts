import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { plan, runTable } from '../table';

describe('punctuation/unbalanced', () => {
  runTable('punctuation/unbalanced', [
    { name: 'valid: balanced and nested marks', text: plan('1.落实《天津市食品安全条例》“四个最严”‘一品一码’【重点】〔2024〕要求（含冻品）。（区食安办、各街道（乡镇）按职责分工负责）'), findings: [] },
    { name: 'valid: enumerations with a closing bracket', text: plan('1.重点检查：1）进货查验；2）索证索票；a）留样。（区市场监管局负责）'), findings: [] },
    { name: 'valid: a heading marker 1）', text: '红桥区2025年食品安全监督管理计划\n\n一、重点任务\n\n1）加强监管。（区市场监管局负责）\n', findings: [] },
    { name: 'valid: a title over a hard wrap', text: plan('1.落实《天津市食品\n安全条例》要求。（区市场监管局负责）'), findings: [] },
    { name: 'valid: an unclosed note is responsibility/format’s', text: plan('1.加强监管。（区市场监管局负责').replace('（区市场监管局负责）', ''), findings: [] },
    { name: 'valid: a note without its opening bracket is responsibility/format’s', text: plan('2.加强监管。区市场监管局负责）'), findings: [] },
    {
      name: 'invalid: an unclosed title mark',
      text: plan('1.落实《天津市食品安全条例要求。（区市场监管局负责）'),
      findings: [[5, '《', '没有对应的“》”']],
    },
    {
      name: 'invalid: a reversed quote',
      text: plan('1.落实”四个最严”要求。（区市场监管局负责）'),
      findings: [[5, '”', '没有对应的““”'], [5, '”']],
    },
    {
      name: 'invalid: a quote closed outside its bracket',
      text: plan('1.落实要求（含“冻品）”。（区市场监管局负责）'),
      findings: [[5, '“'], [5, '”']],
    },
    {
      name: 'invalid: 【 and 〔 without partners',
      text: plan('1.落实【重点要求，执行津政办发2021〕17号。（区市场监管局负责）'),
      findings: [[5, '【'], [5, '〕']],
    },
  ]);
});

describe('punctuation/unbalanced on a paragraph of stray marks', () => {
  it('reports the first ten of them', () => {
    const text = plan(`1.加强监管${'》'.repeat(50)}。（区市场监管局负责）`);
    const found = check(text, { rules: ['punctuation/unbalanced'] }).findings;
    assert.equal(found.length, 10);
    assert.equal(found[0].start, text.indexOf('》'));
  });
});
