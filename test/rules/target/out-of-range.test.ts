import { clausePlan as plan } from '../../support/plan';
import { type Case, runTable } from '../table';

const valid = ['食品生产企业追溯覆盖率达到100%。', '群众满意度不低于85分。', '食品抽检不合格率控制在0%以内。', '食品抽检量达到7.5批次/千人。'];
// body, quoted, message, options; never fixed automatically
const invalid: Array<[string, string, RegExp, Record<string, unknown>?]> = [
  ['食品生产企业追溯覆盖率达到110%。', '110%', /超过 100%/],
  ['群众满意度不低于120分。', '120分', /满分 100 分/],
  ['群众满意度不低于9分。', '9分', /满分 5 分/, { satisfactionScale: 5 }],
  ['食品抽检量不少于0批次。', '0批次', /零或负数/],
];

describe('target/out-of-range', () => {
  runTable('target/out-of-range', [
    ...valid.map((body): Case => ({ name: `valid: ${body}`, text: plan(body), findings: [] })),
    ...invalid.map(([body, quoted, message, config]): Case => ({ name: `invalid: ${body}`, text: plan(body), findings: [[7, quoted, message]], config })),
  ]);
});
