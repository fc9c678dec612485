import { strict as assert } from 'node:assert';
import { PARTY_SESSIONS, PartySessionsSchema } from '../../../server/src/core/analysis/party-sessions';
import { runTable } from '../table';

/** A plan with a 成文日期 (or none) and a preamble sentence. */
function plan(preamble: string, date?: string, year = 2025): string {
  return `${date ? `${date}\n\n` : ''}红桥区${year}年食品安全监督管理计划\n\n${preamble}\n\n一、重点任务\n\n1.加强监管。（区市场监管局负责）\n`;
}
const line = (date?: string) => (date ? 5 : 3);

describe('document/party-sessions', () => {
  it('the built-in table is valid, ordered, and cites its source', () => {
    assert.deepEqual(PartySessionsSchema.parse(PARTY_SESSIONS), PARTY_SESSIONS, 'the data is used as it is, unparsed');
    assert.match(PARTY_SESSIONS.source, /公报/);
    let last = '';
    for (const c of PARTY_SESSIONS.congresses) {
      assert.ok(c.closed > last, `congress ${c.number} in date order`);
      last = c.closed;
      for (const p of c.plenums) {
        assert.ok(p.closed >= last, `${c.number}/${p.number} in date order`);
        last = p.closed;
      }
    }
  });

  runTable('document/party-sessions', [
    { name: 'valid: the complete list', text: plan('全面贯彻党的二十大和二十届二中、三中全会精神，制定本计划。', '2025年7月16日'), findings: [] },
    { name: 'valid: the latest session only', text: plan('深入贯彻党的二十大和二十届三中全会精神，制定本计划。', '2025年7月16日'), findings: [] },
    { name: 'valid: the congress only', text: plan('全面贯彻党的二十大精神，制定本计划。', '2025年7月16日'), findings: [] },
    { name: 'valid: before the third plenary session', text: plan('全面贯彻党的二十大和二十届二中全会精神，制定本计划。', '2024年6月20日', 2024), findings: [] },
    { name: 'valid: a 2022 plan before the 20th congress', text: plan('全面贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神。', '2022年6月1日', 2022), findings: [] },
    { name: 'valid: background', text: plan('党的十八大以来，我区食品安全工作取得积极成效。党的二十届三中全会对食品安全作出部署。', '2025年7月16日'), findings: [] },
    { name: 'valid: a cited title', text: plan('认真落实《关于学习贯彻党的十九大精神的通知》要求。', '2025年7月16日'), findings: [] },
    {
      name: 'invalid: a session held before the 成文日期 is missing',
      text: plan('全面贯彻党的二十大和二十届二中全会精神，制定本计划。', '2024年8月19日', 2024),
      findings: [[line('x'), '二中', '已召开二十届三中全会（2024年7月）']],
      suggestions: ['二中、三中'],
    },
    {
      name: 'invalid: without a 成文日期 the plan year counts from 1 January',
      text: plan('全面贯彻党的二十大和二十届二中全会精神，制定本计划。'),
      findings: [[line(), '二中', '应为“二十届二中、三中全会”']],
    },
    {
      name: 'invalid: a session in the middle is missing',
      text: plan('全面贯彻党的二十大和二十届二中、四中全会精神。', '2026年3月1日', 2026),
      findings: [[line('x'), '二中、四中', '三中全会']],
      suggestions: ['二中、三中、四中'],
    },
    {
      name: 'invalid: an earlier congress named as current',
      text: plan('全面贯彻党的十九大精神，制定本计划。', '2023年5月1日', 2023),
      findings: [[line('x'), '党的十九大精神', '应为“党的二十大和二十届二中全会精神”']],
      suggestions: ['党的二十大和二十届二中全会精神'],
    },
    {
      name: 'invalid: an earlier congress with its sessions',
      text: plan('深入学习贯彻党的十九大和十九届六中全会精神。', '2023年1月10日', 2023),
      findings: [[line('x'), '党的十九大和十九届六中全会精神', '应为“党的二十大精神”']],
    },
    {
      name: 'config: a session added in the settings',
      text: plan('全面贯彻党的二十大和二十届二中、三中、四中全会精神。', '2027年3月1日', 2027),
      config: { sessions: [{ congress: 20, number: 5, closed: '2026-10-20' }] },
      findings: [[line('x'), '二中、三中、四中', '二十届五中全会（2026年10月）']],
    },
  ]);
});
