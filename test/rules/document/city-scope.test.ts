import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { clausePlan as plan } from '../../support/plan';
import { type Case, runTable } from '../table';

const valid = [
  '全区群众食品安全知晓率达到90%。',
  '按照全市餐饮服务量化分级改革要求，餐饮服务单位量化分级覆盖率达到100%。',
  '落实《全市食品安全工作要点》，学校食堂覆盖率达到100%。',
  '配合做好全市食品安全宣传周活动。',
];
// body, quoted words, text after the fix (fixed text is linted again: no 全市 left)
const invalid: Array<[string, string[], string]> = [
  ['全市群众食品安全知晓率达到90%。', ['全市'], '全区群众食品安全知晓率达到90%。'],
  ['全市餐饮服务提供者“互联网+明厨亮灶”覆盖率达到90%，全市学校食堂覆盖率达到100%。', ['全市', '全市'], '全区餐饮服务提供者“互联网+明厨亮灶”覆盖率达到90%，全区学校食堂覆盖率达到100%。'],
  ['全国食品安全示范城市创建知晓率达到90%。', ['全国'], '全国食品安全示范城市创建知晓率达到90%。'],
];

const rules = ['document/city-scope'];

describe('document/city-scope', () => {
  runTable('document/city-scope', [
    ...valid.map((body): Case => ({ name: `valid: ${body}`, text: plan(body), findings: [] })),
    { name: 'valid: a municipal plan speaks of 全市', text: plan('全市群众食品安全知晓率达到90%。', { name: '天津市' }), findings: [] },
    { name: 'valid: a prefecture city plan speaks of 全市', text: plan('全市群众食品安全知晓率达到90%。', { name: '安庆市' }), findings: [] },
    { name: 'valid: an autonomous region plan speaks of 全区', text: plan('全区群众食品安全知晓率达到90%。', { name: '广西壮族自治区' }), findings: [] },
    { name: 'a city plan with a county plan scope', text: plan('全县群众食品安全知晓率达到90%。', { name: '安庆市' }), findings: [[7, '全县', /安庆市计划.*应为本市范围“全市”/]], fixed: plan('全市群众食品安全知晓率达到90%。', { name: '安庆市' }) },
    { name: 'a prefecture city plan copying 全国: a suggestion only', text: plan('全国群众食品安全知晓率达到90%。', { name: '安庆市' }), findings: [[7, '全国', '照抄上级计划']], suggestions: ['全市'] },
    { name: 'a province plan with a city scope', text: plan('全市群众食品安全知晓率达到90%。', { name: '河北省' }), findings: [[7, '全市', /应为本省范围“全省”/]], fixed: plan('全省群众食品安全知晓率达到90%。', { name: '河北省' }) },
    { name: 'an autonomous prefecture plan with 全市', text: plan('全市群众食品安全知晓率达到90%。', { name: '恩施土家族苗族自治州' }), findings: [[7, '全市', /应为本州范围“全州”/]], fixed: plan('全州群众食品安全知晓率达到90%。', { name: '恩施土家族苗族自治州' }) },
    ...invalid.map(
      ([body, quoted, after]): Case => ({
        name: `invalid: ${body}`,
        text: plan(body),
        findings: quoted.map((q, i) => [7, q, i === 0 ? /“全区”/ : undefined]),
        fixed: plan(after),
      }),
    ),
    {
      name: 'a county plan is fixed to 全县',
      text: plan('全市群众食品安全知晓率达到90%。', { name: '蓟县' }),
      findings: [[7, '全市']],
      fixed: plan('全县群众食品安全知晓率达到90%。', { name: '蓟县' }),
    },
  ]);
  // the own scope word follows the kind of unit (national divisions)
  const levels: Array<[string, string, string | undefined]> = [
    // unit, scope word written, the fix (undefined: correct as written)
    ['辛集市', '全市', undefined],
    ['河北省辛集市', '全县', '全市'],
    ['鄂托克旗', '全县', '全旗'],
    ['鄂托克旗', '全旗', undefined],
    ['鄂伦春自治旗', '全区', '全旗'],
    ['长阳土家族自治县', '全市', '全县'],
    ['安庆市大观区', '全市', '全区'],
    ['上海市浦东新区', '全区', undefined],
    ['神农架林区', '全县', '全区'],
  ];
  for (const [name, word, fix] of levels) {
    it(`${name}: ${word}${fix ? ` → ${fix}` : ' is its own'}`, () => {
      const { findings, fixed } = check(plan(`${word}群众食品安全知晓率达到90%。`, { name }), { rules });
      if (!fix) return assert.deepEqual(findings, []);
      assert.equal(findings.map((f) => f.quoted).join(','), word);
      assert.equal(fixed, plan(`${fix}群众食品安全知晓率达到90%。`, { name }));
    });
  }
  it('按照全市统一部署 in a district plan is not a scope', () => {
    assert.deepEqual(check(plan('按照全市统一部署，全区群众食品安全知晓率达到90%。', { name: '安庆市大观区' }), { rules }).findings, []);
  });
});

describe('document/city-scope: 全市 left in the task text of a district or county plan', () => {
  runTable('document/city-scope', [
    { name: 'a county plan: 做好全市…工作', text: plan('进一步做好全市食品安全工作。', { name: '长丰县' }), findings: [[7, '全市', /长丰县计划的任务写了“全市”.*应为“全县”/]], suggestions: ['全县'] },
    { name: 'a district plan: 在全市范围内开展…', text: plan('在全市范围内开展餐饮质量安全提升行动。'), findings: [[7, '全市', /应为“全区”/]], suggestions: ['全区'] },
    ...[
      '按照全市统一部署，开展专项整治。',
      '配合市市场监管局开展全市食品安全抽检。',
      '力争食品安全工作走在全市前列。',
      '参加全市食品安全知识竞赛。',
      '组织学习《全市食品安全工作方案》。',
      '全市食品安全工作会议后，及时传达。',
    ].map((body): Case => ({ name: `valid: a reference to the city's work: ${body}`, text: plan(body), findings: [] })),
    { name: 'valid: a county-level city speaks of 全市', text: plan('进一步做好全市食品安全工作。', { name: '辛集市' }), findings: [] },
    { name: 'valid: a banner plan may cite 全区 (the autonomous region)', text: plan('认真落实全区食品安全工作会议精神，做好全旗食品安全工作。', { name: '鄂托克旗' }), findings: [] },
    { name: 'valid: 全市 in a responsibility note is not the scope', text: plan('开展宣传。（区市场监管局、全市食品安全宣传联盟按职责分工负责）'), findings: [] },
  ]);
});
