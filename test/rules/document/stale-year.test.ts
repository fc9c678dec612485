import { clausePlan as plan } from '../../support/plan';
import { type Case, runTable } from '../table';

const valid: Array<[string, { year?: number; date?: string }?]> = [
  ['开展“昆仑2024”专项行动。'],
  ['2024年底前完成专项整治。'],
  ['落实《天津市2023年食品安全监督管理计划》要求。'],
  ['自2022年以来持续推进示范创建，巩固创建成果。'],
  ['持续推进三年行动（2023—2025年）。'],
  ['严格执行《食品安全抽样检验管理办法》（2019年版）。'],
  ['推进示范创建。', { date: '2024年8月19日' }],
  ['推进示范创建。', { year: 2025, date: '2024年12月20日' }],
];
// body, line, quoted, message, plan options; years are never changed automatically
const invalid: Array<[string, number, string, RegExp, { date?: string }?]> = [
  ['开展“昆仑2023”专项行动。', 7, '2023', /早于计划年度 2024 年/],
  ['2023年底前完成专项整治。', 7, '2023', /完成时限“2023年底前”早于计划年度/],
  ['2025年6月底前完成专项整治。', 7, '2025', /晚于计划年度 2024 年/],
  ['推进示范创建。', 3, '红桥区2024年食品安全监督管理计划', /成文日期为 2026 年/, { date: '2026年3月1日' }],
];

describe('document/stale-year', () => {
  runTable('document/stale-year', [
    ...valid.map(([body, opts]): Case => ({ name: `valid: ${body} ${opts ? JSON.stringify(opts) : ''}`, text: plan(body, opts), findings: [] })),
    { name: 'valid: a year in the background text before the first item', text: plan('推进示范创建。').replace('制定本计划。', '2023年我区食品安全形势总体平稳，制定本计划。'), findings: [] },
    ...invalid.map(([body, line, quoted, message, opts]): Case => ({ name: `invalid: ${body} ${opts ? JSON.stringify(opts) : ''}`, text: plan(body, opts), findings: [[line, quoted, message]] })),
  ]);
});
