import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { plan } from '../../support/targets';
import { type Case, runTable } from '../table';

const rules = ['document/stale-year'];

describe('document/stale-year', () => {
  const valid: Array<[string, object?]> = [
    ['开展“昆仑2024”专项行动。'],
    ['2024年底前完成专项整治。'],
    ['落实《天津市2024年食品安全监督管理计划》要求。'],
    ['《天津市2023年食品安全监督管理计划》确定的任务已全部完成。'],
    ['持续推进《天津市2023—2025年食品安全治理行动方案》。'],
    ['严格执行《食品安全抽样检验管理办法》。'],
    ['自2022年以来持续推进示范创建，巩固创建成果。'],
    ['巩固2023年国家食品安全示范城市创建成果，持续提升食品安全治理水平。'],
    ['在2023年专项整治工作基础上，深化校园食品安全治理。'],
    ['对2023年监督抽检发现的问题开展“回头看”，督促整改到位。'],
    ['我区2022年被命名为省级食品安全示范县，要持续擦亮示范品牌。'],
    ['持续推进三年行动（2023—2025年）。'],
    ['严格执行《食品安全抽样检验管理办法》（2019年版）。'],
    ['推进示范创建。', { date: '2024年8月19日' }],
    ['推进示范创建。', { year: 2025, date: '2024年12月20日' }],
  ];
  runTable('document/stale-year', valid.map(([body, opts]): Case => ({ name: `valid: ${body} ${opts ? JSON.stringify(opts) : ''}`, text: plan(body, opts), findings: [] })));
  it('valid: a year in the background text before the first item', () => {
    const text = plan('推进示范创建。').replace('制定本计划。', '2023年我区食品安全形势总体平稳，制定本计划。');
    assert.deepEqual(check(text, { rules }).findings, []);
  });
  const invalid: Array<[string, string, RegExp, object?]> = [
    ['开展“昆仑2023”专项行动。', '2023', /早于计划年度 2024 年/],
    ['2023年底前完成专项整治。', '2023', /完成时限“2023年底前”早于计划年度/],
    ['组织开展2023年食品安全宣传周活动，普及食品安全知识。', '2023', /早于计划年度 2024 年/],
    ['2025年6月底前完成专项整治。', '2025', /晚于计划年度 2024 年/],
    ['推进示范创建。', '红桥区2024年食品安全监督管理计划', /成文日期为 2026 年/, { date: '2026年3月1日' }],
  ];
  it('invalid: a cited annual plan of an earlier year, in the preamble or in a task', () => {
    const text = plan('落实《2023年国家食品安全监督抽检计划》要求。').replace('《天津市2024年', '《天津市2023年');
    const { findings } = check(text, { rules });
    assert.deepEqual(
      findings.map((f) => f.quoted),
      ['天津市2023年食品安全监督管理计划', '2023年国家食品安全监督抽检计划'],
    );
    assert.match(findings[0].message, /早于计划年度 2024 年/);
    assert.equal(findings[0].suggestions?.[0].edits[0].newText, '2024');
    assert.equal(text.slice(findings[0].suggestions![0].edits[0].start, findings[0].suggestions![0].edits[0].end), '2023');
  });
  it('valid: the notice title cites the plan itself', () => {
    const text = '关于印发《红桥区2023年食品安全监督管理计划》的通知\n\n' + plan('推进示范创建。');
    assert.deepEqual(check(text, { rules }).findings.map((f) => f.message), []);
  });
  for (const [body, quoted, message, opts] of invalid) {
    it(`invalid: ${body} ${opts ? JSON.stringify(opts) : ''}`, () => {
      const text = plan(body, opts);
      const { findings, fixed } = check(text, { rules });
      assert.deepEqual(findings.map((f) => f.quoted), [quoted]);
      assert.match(findings[0].message, message);
      assert.equal(fixed, text, 'years are never changed automatically');
    });
  }
});
