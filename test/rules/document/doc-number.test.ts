// Doc numbers cited in the text (the document's own 发文字号 is covered in front-matter.test.ts).
import { plan, runTable } from '../table';

describe('document/doc-number in the text', () => {
  runTable('document/doc-number', [
    { name: 'valid: a cited doc number in 六角括号', text: plan('1.按照《通知》（津政办发〔2021〕17号）要求加强监管。（区市场监管局负责）'), findings: [] },
    { name: 'valid: a court case number is not a doc number', text: plan('1.办理（2024）津0106刑初12号等案件。（区人民法院负责）'), findings: [] },
    {
      name: 'invalid: square and round brackets, 第 and a leading zero',
      text: plan('1.按照津政办发[2021]17号、津食安委（2022）第3号和津市监规〔2023〕05号要求加强监管。（区市场监管局负责）'),
      findings: [[5, '[2021]17号', '六角括号'], [5, '（2022）第3号', '不加“第”'], [5, '〔2023〕05号', '虚位']],
      fixed: plan('1.按照津政办发〔2021〕17号、津食安委〔2022〕3号和津市监规〔2023〕5号要求加强监管。（区市场监管局负责）'),
    },
    {
      name: 'invalid: a doc number over a hard wrap is reported without a fix',
      text: plan('1.按照《通知》（津政办发【2021\n】17号）要求加强监管。（区市场监管局负责）'),
      findings: [[5, '【2021\n】17号']],
    },
  ]);
});
