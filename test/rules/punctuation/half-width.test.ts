import { plan, runTable } from '../table';

// plan(): body on line 5
describe('punctuation/half-width', () => {
  runTable('punctuation/half-width', [
    { name: 'valid: full-width marks', text: plan('1.加强监管，落实责任；开展检查：每季度一次。（区市场监管局负责）'), findings: [] },
    { name: 'valid: numbers, times, ratios', text: plan('1.抽检1,000批次，合格率98.5%，8:30前到岗，按1:1配比。（区市场监管局负责）'), findings: [] },
    { name: 'valid: URLs and codes', text: plan('1.登录http://www.example.gov.cn/a?b=1查询，执行GB 2760-2014;GB 2762-2022标准。（区市场监管局负责）'), findings: [] },
    { name: 'valid: a heading marker is numbering/marker-style’s', text: plan('(1)加强监管。（区市场监管局负责）'), findings: [] },
    { name: 'valid: a doc number is document/doc-number’s', text: plan('1.落实津政办发(2021)17号文件要求。（区市场监管局负责）'), findings: [] },
    {
      name: 'invalid: comma, semicolon, colon, question and exclamation marks',
      text: plan('1.加强监管,落实责任;重点:学校食堂。是否达标?务必做好!（区市场监管局负责）'),
      findings: [[5, ',', '全角标点“，”'], [5, ';'], [5, ':'], [5, '?'], [5, '!']],
      fixed: plan('1.加强监管，落实责任；重点：学校食堂。是否达标？务必做好！（区市场监管局负责）'),
    },
    {
      name: 'invalid: a comma after a percentage and before Chinese',
      text: plan('1.覆盖率达到100%,合格率稳定。（区市场监管局负责）'),
      findings: [[5, ',']],
      fixed: plan('1.覆盖率达到100%，合格率稳定。（区市场监管局负责）'),
    },
    {
      name: 'invalid: half-width brackets are converted as a pair',
      text: plan('1.推行危害分析与关键控制点(HACCP)体系。(区市场监管局负责)'),
      findings: [[5, '(HACCP)', '（…）'], [5, '(区市场监管局负责)']],
      fixed: plan('1.推行危害分析与关键控制点（HACCP）体系。（区市场监管局负责）'),
    },
    {
      name: 'invalid: a half-width close of a full-width note',
      text: plan('1.加强监管。（区市场监管局负责)'),
      findings: [[5, ')']],
      fixed: plan('1.加强监管。（区市场监管局负责）'),
    },
    {
      name: 'invalid: a comma at a hard wrap',
      text: plan('1.加强监管,\n落实责任。（区市场监管局负责）'),
      findings: [[5, ',']],
      fixed: plan('1.加强监管，\n落实责任。（区市场监管局负责）'),
    },
  ]);
});
