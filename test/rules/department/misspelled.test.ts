import { plan, runTable } from '../table';

const HONGQI = '红星区2025年食品安全监督管理计划';
const police = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}.加强监管。落实第${i + 1}项要求。（公安红星分局、区农业农村局按职责分工负责）`).join('\n\n');

describe('department/misspelled', () => {
  runTable('department/misspelled', [
    {
      name: 'a name written once, one character off a name used eight times',
      text: plan(`${police(8)}\n\n9.严厉打击犯罪。开展专项行动。（公安红星局负责）`, { title: HONGQI }),
      findings: [[21, '公安红星局', '公安红星分局']],
      suggestions: ['公安红星分局'],
    },
    {
      name: 'a substitution in a name of another province',
      text: plan(`${police(3)}\n\n4.严厉打击犯罪。开展专项行动。（区农业农材局负责）`, { title: HONGQI }),
      findings: [[11, '区农业农材局', '区农业农村局']],
      suggestions: ['区农业农村局'],
    },
    {
      name: 'real names one character apart are not misspellings',
      text: plan(`${police(3)}\n\n4.加强保障。落实经费。（区财政局、区民政局按职责分工负责）开展宣传。（区财政局负责）`, { title: HONGQI }),
      findings: [],
    },
    {
      name: 'names used equally often are left alone',
      text: plan('1.加强监管。落实要求。（区文体局负责）开展宣传。（区文旅局负责）', { title: HONGQI }),
      findings: [],
    },
    {
      name: 'not used when the registry covers the plan (department/unknown does it)',
      text: plan(`${police(3)}\n\n4.严厉打击犯罪。开展专项行动。（公安红桥局负责）`.replace(/红星/g, '红桥')),
      findings: [],
    },
  ]);
});
