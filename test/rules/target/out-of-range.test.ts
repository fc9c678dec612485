import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { plan } from '../../support/targets';

const rules = ['target/out-of-range'];

describe('target/out-of-range', () => {
  const valid = ['食品生产企业追溯覆盖率达到100%。', '群众满意度不低于85分。', '食品抽检不合格率控制在0%以内。', '食品抽检量达到7.5批次/千人。'];
  for (const body of valid) it(`valid: ${body}`, () => assert.deepEqual(check(plan(body), { rules }).findings, []));
  const invalid: Array<[string, string, RegExp, object?]> = [
    ['食品生产企业追溯覆盖率达到110%。', '110%', /超过 100%/],
    ['群众满意度不低于120分。', '120分', /满分 100 分/],
    ['群众满意度不低于9分。', '9分', /满分 5 分/, { 'target/out-of-range': ['error', { satisfactionScale: 5 }] }],
    ['食品抽检量不少于0批次。', '0批次', /零或负数/],
  ];
  for (const [body, quoted, message, config] of invalid) {
    it(`invalid: ${body}`, () => {
      const { findings, fixed } = check(plan(body), { rules, config: config as Record<string, unknown> });
      assert.deepEqual(findings.map((f) => f.quoted), [quoted]);
      assert.match(findings[0].message, message);
      assert.equal(fixed, plan(body), 'no automatic fix');
    });
  }
});
