import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { plan } from '../../support/targets';

const rules = ['target/sum-mismatch'];

describe('target/sum-mismatch', () => {
  const valid = [
    '全年安排食品、食用农产品监督抽检5710批次。其中，区农业农村委落实食用农产品抽检2000批次；区市场监管局落实食品抽检3710批次。',
    '食品抽验量保持6.5批次／千人。其中，食用农产品抽验量保持2.3批次／千人，食品抽验量保持4.2批次／千人。',
    '全年完成抽检7300余批次。其中，食用农产品抽检3000批次，食品抽检4350批次。',
    '全年食品安全抽检量达到7批次/千人。其中，食用农产品抽检量达到1510批次。',
    '全年食品安全抽检量达到7.5批次/千人，其中食用农产品抽检量不少于2.5批次/千人。',
  ];
  for (const body of valid) it(`valid: ${body}`, () => assert.deepEqual(check(plan(body), { rules }).findings, []));
  const invalid: Array<[string, string, RegExp]> = [
    ['全年安排监督抽检5710批次。其中，区农业农村委落实食用农产品抽检2000批次；区市场监管局落实食品抽检3000批次。', '5710批次', /2000批次 \+ 3000批次 = 5000批次/],
    ['食品抽验量保持6.5批次/千人。其中，食用农产品抽验量保持2.3批次/千人，食品抽验量保持4.5批次/千人。', '6.5批次/千人', /= 6\.8批次\/千人/],
    ['全年完成抽检7300余批次。其中，食用农产品抽检3000批次，食品抽检4500批次。', '7300余批次', /= 7500批次/],
    ['全年食品安全抽检量达到7批次/千人，其中食用农产品抽检量不少于8批次/千人。', '8批次/千人', /超过总量/],
  ];
  for (const [body, quoted, message] of invalid) {
    it(`invalid: ${body}`, () => {
      const { findings } = check(plan(body), { rules });
      assert.deepEqual(findings.map((f) => f.quoted), [quoted]);
      assert.match(findings[0].message, message);
    });
  }
});
