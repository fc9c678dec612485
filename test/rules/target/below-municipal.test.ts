import { strict as assert } from 'node:assert';
import { parseDocument } from '../../../server/src/core/model/document';
import { applyFix, check } from '../../support/check';
import { clausePlan as plan } from '../../support/plan';
import { type Case, runTable } from '../table';

const rules = ['target/below-municipal'];
const municipal = parseDocument(
  plan('入网餐饮服务提供者覆盖率达到75%。食品安全抽检不合格率控制在3%以内。全年完成抽检7350批次。', { name: '天津市' }).replace('1.加强监督管理', '5.推进明厨亮灶建设'),
);
const env = { municipal };

describe('target/below-municipal', () => {
  const valid = [
    '入网餐饮服务提供者覆盖率达到75%。',
    '入网餐饮服务提供者覆盖率达到80％。',
    '食品安全抽检不合格率控制在2%以内。',
    '全年完成抽检7300余批次。',
    '学校食堂覆盖率达到10%。',
  ];
  runTable('target/below-municipal', [
    ...valid.map((body): Case => ({ name: `valid: ${body}`, text: plan(body), findings: [], env })),
    { name: 'without a municipal plan nothing is checked', text: plan('入网餐饮服务提供者覆盖率达到70%。'), findings: [] },
  ]);
  const invalid: Array<[string, string, RegExp, string]> = [
    ['入网餐饮服务提供者覆盖率达到70％。', '入网餐饮服务提供者覆盖率达到70％', /本计划为 70%，低于市级计划第 5 条（推进明厨亮灶建设）要求的 75%（市级原文：“入网餐饮服务提供者覆盖率达到75%”）/, '75'],
    ['食品安全抽检不合格率控制在5%以内。', '食品安全抽检不合格率控制在5%以内', /高于市级计划第 5 条.*3%以内/, '3'],
    ['全年完成抽检6000余批次。', '抽检6000余批次', /低于市级/, '7350'],
  ];
  // the value is never changed automatically: the table checks the fixed text is unchanged
  runTable(
    'target/below-municipal',
    invalid.map(([body, quoted, message]): Case => ({ name: `invalid: ${body}`, text: plan(body), findings: [[7, quoted, message]], env })),
  );
  for (const [body, quoted, message, value] of invalid) {
    it(`invalid: ${body}: the municipal target behind it, and a suggestion that satisfies it`, () => {
      const text = plan(body);
      const { findings, fixed } = check(text, { rules, env });
      assert.deepEqual(findings.map((f) => f.quoted), [quoted]);
      assert.match(findings[0].message, message);
      assert.equal(fixed, text, 'the value is never changed automatically');
      const data = findings[0].data as { municipal: { start: number; end: number; text: string; clause: { number: number } } };
      assert.equal(municipal.text.slice(data.municipal.start, data.municipal.end), data.municipal.text);
      assert.equal(data.municipal.clause.number, 5);
      // the suggestion raises the value to the municipal one, and then nothing is found
      const after = applyEdits1(text, findings[0]);
      assert.ok(after.includes(value));
      assert.deepEqual(check(after, { rules, env }).findings, []);
    });
  }
});

function applyEdits1(text: string, f: Parameters<typeof applyFix>[1]): string {
  return applyFix(text, { ...f, fix: f.suggestions![0] });
}

describe('target/below-municipal: per-thousand counts and incidence rates', () => {
  const cityPlan = parseDocument(
    plan('食品安全监督抽检量达到每千人6批次以上。食物中毒事件发生率控制在3例/10万人以内。', { name: '合肥市' }).replace('1.加强监督管理', '2.强化风险防控'),
  );
  const cityEnv = { municipal: cityPlan };
  runTable('target/below-municipal', [
    { name: 'valid: the same per-thousand target written as N批次/千人', text: plan('食品安全监督抽检量达到6批次/千人。'), findings: [], env: cityEnv },
    { name: 'valid: a lower incidence is stricter', text: plan('食物中毒事件发生率控制在2例/10万人以内。'), findings: [], env: cityEnv },
    { name: 'invalid: 每千人5批次 below 每千人6批次', text: plan('食品安全监督抽检量达到每千人5批次以上。'), findings: [[7, '食品安全监督抽检量达到每千人5批次以上', /本计划为 5批次\/千人，低于市级计划第 2 条/]], env: cityEnv },
    { name: 'invalid: an incidence ceiling above the city one', text: plan('食物中毒事件发生率控制在5例/10万人以内。'), findings: [[7, '食物中毒事件发生率控制在5例/10万人以内', /高于市级计划第 2 条.*3例\/10万人以内/]], env: cityEnv },
  ]);
});
