import { runTable } from '../table';

describe('document/placeholder', () => {
  // placeholders are never filled in automatically
  runTable('document/placeholder', [
    { name: 'valid: a plan without placeholders', text: '南开区2025年食品安全监督管理计划\n\n一、总体要求\n\n1.加强监管。（区市场监管局负责）', findings: [] },
    { name: 'a notice number still to fill in', text: '【待填写：发文字号】\n\n南开区2025年食品安全监督管理计划', findings: [[1, '【待填写：发文字号】', /尚未填写：发文字号/]], columns: [1] },
    {
      name: 'a municipal department without district counterpart',
      text: '一、任务\n\n1.推进衔接。（区市场监管局、【待定：市高级人民法院】按职责分工负责）',
      findings: [[3, '【待定：市高级人民法院】', /待定：“市高级人民法院”没有对应的区级部门/]],
      columns: [16],
    },
    { name: 'valid: brackets that are not placeholders', text: '【待填写】不是占位，【其他：说明】也不是', findings: [] },
  ]);
});
