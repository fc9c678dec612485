import { plan, runTable } from '../table';
import { layoutEnv, standard } from './layout';

const text = plan('1.强化抽检。（区市场监管局负责）\n\n2.强化巡查。（区市场监管局负责）\n\n3.强化培训。（区市场监管局负责）');

describe('format/line-spacing', () => {
  runTable('format/line-spacing', [
    { name: 'fixed 28 磅 everywhere: no finding', text, findings: [], env: layoutEnv(text, standard) },
    { name: 'text input: silent', text, findings: [] },
    {
      name: 'one paragraph at 1.5 lines',
      text,
      env: layoutEnv(text, (l, t) => (l === 5 ? { ...standard(l, t), spacing: { rule: 'auto', value: 1.5 } } : standard(l, t))),
      findings: [[5, '1.强化抽检。（区市场监管局负责）', '三级标题（1.）行距为1.5 倍行距，应为固定值 28 磅']],
    },
    {
      name: 'the whole document at single spacing: one finding',
      text,
      env: layoutEnv(text, (l, t) => ({ ...standard(l, t), spacing: { rule: 'auto', value: 1 } })),
      findings: [[1, '红桥区2025年食品安全监督管理计划', '全文共 5 段如此']],
    },
    {
      name: 'within the tolerance (28.5 磅 with Word rounding)',
      text,
      env: layoutEnv(text, (l, t) => ({ ...standard(l, t), spacing: { rule: 'exact', value: 28.5 } })),
      findings: [],
    },
    {
      name: 'house rule: fixed 29 磅',
      text,
      config: { value: 29 },
      env: layoutEnv(text, (l, t) => ({ ...standard(l, t), spacing: { rule: 'exact', value: 29 } })),
      findings: [],
    },
  ]);
});
