import { plan, runTable } from '../table';

describe('responsibility/format', () => {
  runTable('responsibility/format', [
    {
      name: 'well-formed notes',
      text: plan('1.加强监管。落实要求。（区市场监管局牵头，区教育局、公安红桥分局按职责分工负责）开展宣传。（区食安办、区委网信办牵头，区食安委成员单位配合）推进共治。（区食安委成员单位按职责分工负责）'),
      findings: [],
    },
    {
      name: 'valid: a label names the lead and no 配合单位 follows（牵头单位：…）',
      text: plan('1.加强监管。落实要求。（牵头单位：区市场监管局）开展宣传。（牵头单位：区食安办；配合单位：区委网信办）'),
      findings: [],
    },
    {
      name: 'unclosed bracket',
      text: plan('1.加强监管。落实要求。（区市场监管局牵头，区教育局按职责分工负责\n\n2.开展宣传。宣传到位。（区食安办负责）'),
      findings: [[5, '（区市场监管局牵头，区教育局按职责分工负责', '没有闭合']],
      fixed: plan('1.加强监管。落实要求。（区市场监管局牵头，区教育局按职责分工负责）\n\n2.开展宣传。宣传到位。（区食安办负责）'),
    },
    {
      // fuzz seed 879680987 (npm run fuzz, 2026-12-02): a plan cut inside a 【…】 note; the fix added ） (which closes no 【),
      // so every fix-all pass added another and --fix never converged. The fix closes with the opening bracket's partner.
      name: 'unclosed 【 note at the end of the file: closed with 】',
      text: plan('1.加强监管。落实要求。（区食安办负责）\n\n2.开展小作坊、小餐饮、小摊贩专项整治。【区市场监管局牵头，'),
      findings: [[7, '【区市场监管局牵头，', '没有闭合：“【'], [7, '牵头', '没有写其他参与单位']],
      fixed: plan('1.加强监管。落实要求。（区食安办负责）\n\n2.开展小作坊、小餐饮、小摊贩专项整治。【区市场监管局牵头，】'),
    },
    {
      name: 'missing opening bracket after 。',
      text: plan('1.加强监管。落实要求。区市场监管局负责）\n\n2.开展宣传。宣传到位。（区食安办负责）'),
      findings: [[5, '区市场监管局负责）', '缺少左括号']],
      fixed: plan('1.加强监管。落实要求。（区市场监管局负责）\n\n2.开展宣传。宣传到位。（区食安办负责）'),
    },
    {
      name: 'two lead groups',
      text: plan('1.加强监管。落实要求。（区市场监管局牵头，区教育局牵头，区卫健委配合）'),
      findings: [[5, '区教育局牵头', '2 处“牵头”']],
    },
    {
      name: 'a lead with nobody else: suggestion only',
      text: plan('1.加强监管。落实要求。（区市场监管局牵头）'),
      findings: [[5, '牵头', '没有写其他参与单位']],
      suggestions: ['负责'],
    },
    {
      name: '按职责分工负责 with one department',
      text: plan('1.加强监管。落实要求。（区卫健委按职责分工负责）开展宣传。（各街道按职责分工负责）'),
      findings: [[5, '按职责分工负责', '只有一个单位']],
      fixed: plan('1.加强监管。落实要求。（区卫健委负责）开展宣传。（各街道按职责分工负责）'),
    },
    {
      name: '、 after a role phrase separates role groups',
      text: plan('1.加强监管。落实要求。（公安红旗分局牵头、区市场监管局按职责分工负责）'),
      findings: [[5, '、', '应使用“，”']],
      fixed: plan('1.加强监管。落实要求。（公安红旗分局牵头，区市场监管局按职责分工负责）'),
    },
    {
      name: '， between departments of one role',
      text: plan('1.加强监管。落实要求。（区市场监管局，区教育局按职责分工负责）'),
      findings: [[5, '，', '应使用“、”']],
      fixed: plan('1.加强监管。落实要求。（区市场监管局、区教育局按职责分工负责）'),
    },
    {
      name: 'the same department twice (also in another form)',
      text: plan('1.加强监管。落实要求。（区市场监管局、区教育局、区市场监管局按职责分工负责）开展宣传。（区卫健委牵头，区卫生健康委配合）'),
      findings: [
        [5, '、区市场监管局', '重复'],
        [5, '区卫生健康委', '重复'],
      ],
      fixed: plan('1.加强监管。落实要求。（区市场监管局、区教育局按职责分工负责）开展宣传。（区卫健委牵头，区卫生健康委配合）'),
    },
    {
      name: 'a note before 。 where the plan puts them after',
      text: plan('1.加强监管。落实要求。（区市场监管局负责）\n\n2.开展宣传。宣传到位。（区食安办负责）\n\n3.推进共治。鼓励参与（区科协负责）。'),
      findings: [[9, '（区科协负责）。', '句号之后']],
      fixed: plan('1.加强监管。落实要求。（区市场监管局负责）\n\n2.开展宣传。宣传到位。（区食安办负责）\n\n3.推进共治。鼓励参与。（区科协负责）'),
    },
    {
      name: 'a note after 。 where the plan puts them before',
      text: plan('1.加强监管。落实要求（区市场监管局负责）。\n\n2.开展宣传。宣传到位（区食安办负责）。\n\n3.推进共治。鼓励参与。（区科协负责）'),
      findings: [[9, '。（区科协负责）', '句号之前']],
      fixed: plan('1.加强监管。落实要求（区市场监管局负责）。\n\n2.开展宣传。宣传到位（区食安办负责）。\n\n3.推进共治。鼓励参与（区科协负责）。'),
    },
    {
      name: 'a stray ） at the start of a paragraph is reported without a fix',
      text: plan('1.加强监管。落实要求。\n区市场监管局负责）'),
      findings: [[6, '）', '缺少左括号']],
    },
    {
      name: 'position check can be turned off',
      text: plan('1.加强监管。落实要求。（区市场监管局负责）\n\n2.开展宣传。宣传到位。（区食安办负责）\n\n3.推进共治。鼓励参与（区科协负责）。'),
      config: { checkPosition: false },
      findings: [],
    },
  ]);
});
