import { plan, runTable } from '../table';

describe('punctuation/straight-quotes', () => {
  runTable('punctuation/straight-quotes', [
    { name: 'valid: curly quotes', text: plan('1.落实“四个最严”要求，推进‘一品一码’追溯。（区市场监管局负责）'), findings: [] },
    { name: 'valid: an apostrophe in an English word', text: plan("1.学习McDonald's管理经验。（区市场监管局负责）"), findings: [] },
    { name: 'valid: ASCII-only text', text: 'say "hello"\n', findings: [] },
    {
      name: 'invalid: paired double quotes',
      text: plan('1.落实"四个最严"要求，打造"西北角"美食商圈。（区市场监管局负责）'),
      findings: [[5, '"四个最严"', '弯引号'], [5, '"西北角"']],
      fixed: plan('1.落实“四个最严”要求，打造“西北角”美食商圈。（区市场监管局负责）'),
    },
    {
      name: 'invalid: paired single quotes',
      text: plan("1.推进'一品一码'追溯。（区市场监管局负责）"),
      findings: [[5, "'一品一码'"]],
      fixed: plan('1.推进‘一品一码’追溯。（区市场监管局负责）'),
    },
    {
      name: 'invalid: an odd count has no fix',
      text: plan('1.落实"四个最严"要求，打造"西北角美食商圈。（区市场监管局负责）'),
      findings: [[5, '"', '不成对（3 个）']],
    },
  ]);
});
