import { plan, runTable } from '../table';

describe('department/inconsistent', () => {
  runTable('department/inconsistent', [
    {
      name: 'one form throughout',
      text: plan('1.加强监管。落实要求。（区卫健委负责）开展宣传。（区卫健委牵头，区食安委成员单位配合）推进共治。（区食品安全委员会成员单位按职责分工负责）'),
      findings: [],
    },
    {
      name: 'the minority form is rewritten to the dominant one',
      text: plan('1.加强监管。落实要求。（区卫生健康委负责）开展宣传。（区卫生健康委牵头，区教育局配合）推进共治。（区卫健委负责）'),
      findings: [[5, '区卫健委', '出现 2 次']],
      fixed: plan('1.加强监管。落实要求。（区卫生健康委负责）开展宣传。（区卫生健康委牵头，区教育局配合）推进共治。（区卫生健康委负责）'),
    },
    {
      name: 'three forms of the food safety office',
      text: plan('1.加强监管。落实要求。（区食安办负责）开展宣传。（区食品安全办牵头，区教育局配合）推进共治。（区政府食安办负责）抓好落实。（区食安办负责）'),
      findings: [
        [5, '区食品安全办'],
        [5, '区政府食安办'],
      ],
      fixed: plan('1.加强监管。落实要求。（区食安办负责）开展宣传。（区食安办牵头，区教育局配合）推进共治。（区食安办负责）抓好落实。（区食安办负责）'),
    },
    {
      name: 'a tie goes to the registry form',
      text: plan('1.加强监管。落实要求。（区发改委负责）开展宣传。（区发展改革委负责）'),
      findings: [[5, '区发改委']],
      fixed: plan('1.加强监管。落实要求。（区发展改革委负责）开展宣传。（区发展改革委负责）'),
    },
    {
      name: "the project's preferred form wins even when used consistently",
      text: plan('1.加强监管。落实要求。（区卫生健康委负责）开展宣传。（区卫生健康委牵头，区教育局配合）'),
      env: { departments: { extra: [{ name: '区卫生健康委', preferred: '区卫健委' }] } },
      findings: [
        [5, '区卫生健康委', '本项目规定'],
        [5, '区卫生健康委', '本项目规定'],
      ],
      fixed: plan('1.加强监管。落实要求。（区卫健委负责）开展宣传。（区卫健委牵头，区教育局配合）'),
    },
  ]);
});
