import { plan, runTable } from '../table';

describe('punctuation/doubled', () => {
  runTable('punctuation/doubled', [
    { name: 'valid: single marks, …… and ——', text: plan('1.加强监管，落实责任；开展检查……做好——总之。（区市场监管局负责）'), findings: [] },
    { name: 'valid: ？！ is left to the writer', text: plan('1.难道不该做好吗？！（区市场监管局负责）'), findings: [] },
    { name: 'valid: ： and another mark is not guessed', text: plan('1.重点如下：，学校食堂。（区市场监管局负责）'), findings: [] },
    {
      name: 'invalid: doubled marks',
      text: plan('1.加强监管，，落实责任；；开展检查、、抽检。。（区市场监管局负责）'),
      findings: [[5, '，，', '重复'], [5, '；；'], [5, '、、'], [5, '。。']],
      fixed: plan('1.加强监管，落实责任；开展检查、抽检。（区市场监管局负责）'),
    },
    {
      name: 'invalid: conflicting marks keep the stronger one',
      text: plan('1.加强监管，。落实责任、，开展检查；。推进、。完成。（区市场监管局负责）'),
      findings: [[5, '，。', '只保留“。”'], [5, '、，', '只保留“，”'], [5, '；。'], [5, '、。']],
      fixed: plan('1.加强监管。落实责任，开展检查。推进。完成。（区市场监管局负责）'),
    },
    {
      name: 'invalid: a run of marks is one finding',
      text: plan('1.加强监管。。。。落实责任？。（区市场监管局负责）'),
      findings: [[5, '。。。。'], [5, '？。', '只保留“？”']],
      fixed: plan('1.加强监管。落实责任？（区市场监管局负责）'),
    },
    {
      // the fix deletes whole stretches of a run (one edit per stretch, not per mark): the line break inside stays
      name: 'invalid: a run over a hard wrap keeps the line break',
      text: plan('1.加强（监管，，\n，，落实）责任。（区市场监管局负责）'),
      findings: [[5, '，，\n，，', '重复']],
      fixed: plan('1.加强（监管，\n落实）责任。（区市场监管局负责）'),
    },
    {
      name: 'invalid: a long run is one finding and one fix',
      text: plan(`1.加强监管${'；'.repeat(300)}落实责任。（区市场监管局负责）`),
      findings: [[5, '；'.repeat(300), '重复']],
      fixed: plan('1.加强监管；落实责任。（区市场监管局负责）'),
    },
  ]);
});
