import { plan, runTable } from '../table';
import { layoutEnv, standard } from './layout';

const text = plan('（一）加强源头管理。完善监管机制。（区市场监管局负责）\n\n1.强化抽检。抽检合格率达到98%。（区市场监管局负责）\n\n2.强化巡查。（区市场监管局负责）\n\n3.强化培训。（区市场监管局负责）');

describe('format/font', () => {
  runTable('format/font', [
    { name: 'GB/T 9704 fonts and sizes: no finding', text, findings: [], env: layoutEnv(text, standard) },
    { name: 'text input (no layout): silent', text, findings: [] },
    {
      name: 'title in 宋体 and 二号 heading: both reported with the expected font',
      text,
      env: layoutEnv(text, (l, t) => (l === 1 ? { font: '宋体', size: 22 } : l === 3 ? { font: '黑体', size: 22 } : standard(l, t))),
      findings: [
        [1, '红桥区2025年食品安全监督管理计划', '标题字体为“宋体”，应为小标宋'],
        [3, '一、重点任务', '一级标题（一、）字号为二号（22磅），应为三号（16磅）'],
      ],
    },
    {
      name: 'second-level heading: only the title sentence must be 楷体',
      text,
      env: layoutEnv(text, (l, t) => (l === 5 ? { font: '仿宋_GB2312', size: 16 } : standard(l, t))),
      findings: [[5, '（一）加强源头管理', '二级标题（（一））字体为“仿宋_GB2312”，应为楷体']],
    },
    {
      name: 'the same problem in many body paragraphs is reported once, at the first',
      text,
      env: layoutEnv(text, (l, t) => (l >= 7 ? { font: '宋体', size: 16 } : standard(l, t))),
      findings: [[7, '1.强化抽检', '三级标题（1.）字体为“宋体”，应为仿宋（全文共 3 段如此']],
    },
    {
      name: 'only what the document sets: an unset font is not judged',
      text,
      env: layoutEnv(text, (l, t) => (l >= 7 ? { size: 16 } : standard(l, t))),
      findings: [],
    },
    {
      name: 'house rules: an office that writes headings in 方正黑体 and body in 四号',
      text,
      config: { heading1: { fonts: ['方正黑体'] }, body: { fonts: ['仿宋'], size: 14 }, heading3: { size: 14 } },
      env: layoutEnv(text, (l, t) => (l === 3 ? { font: '方正黑体_GBK', size: 16 } : l >= 7 ? { font: '仿宋', size: 14 } : standard(l, t))),
      findings: [],
    },
    {
      name: 'table cells are not judged',
      text,
      env: layoutEnv(text, (l, t) => (l === 9 ? { font: '宋体', size: 10.5, inTable: true } : standard(l, t))),
      findings: [],
    },
  ]);
});
