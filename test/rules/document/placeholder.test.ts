import { strict as assert } from 'node:assert';
import { check } from '../../support/check';

const rules = ['document/placeholder'];

describe('document/placeholder', () => {
  const table: Array<{ text: string; found: Array<[number, number, RegExp]> }> = [
    { text: '南开区2025年食品安全监督管理计划\n\n一、总体要求\n\n1.加强监管。（区市场监管局负责）', found: [] },
    { text: '【待填写：发文字号】\n\n南开区2025年食品安全监督管理计划', found: [[1, 1, /尚未填写：发文字号/]] },
    {
      text: '一、任务\n\n1.推进衔接。（区市场监管局、【待定：市高级人民法院】按职责分工负责）',
      found: [[3, 16, /待定：“市高级人民法院”没有对应的区级部门/]],
    },
    { text: '【待填写】不是占位，【其他：说明】也不是', found: [] },
  ];
  for (const { text, found } of table) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      const { findings, fixed } = check(text, { rules });
      assert.deepEqual(findings.map((f) => [f.line, f.column]), found.map(([l, c]) => [l, c]));
      findings.forEach((f, i) => assert.match(f.message, found[i][2]));
      assert.equal(fixed, text, 'no fixes');
    });
  }
});
