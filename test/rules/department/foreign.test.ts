import { plan, runTable } from '../table';
import { jiangchengEnv } from './env';

const WUQING = '武清区2025年食品安全监督管理计划';

describe('department/foreign', () => {
  runTable('department/foreign', [
    {
      name: 'own district names are fine',
      text: plan('1.加强监管。落实要求。（公安红桥分局、红桥海关、市规划资源局红桥分局、红桥法院、红桥区市场监管局按职责分工负责）'),
      findings: [],
    },
    {
      name: "another district's police branch",
      text: plan('1.加强监管。落实要求。（公安武清分局负责）'),
      findings: [[5, '公安武清分局', '武清区']],
      fixed: plan('1.加强监管。落实要求。（公安红桥分局负责）'),
    },
    {
      name: "another district's customs, planning branch and court in a 武清 plan",
      text: plan('1.加强监管。落实要求。（西青海关、市规划资源局西青分局、西青法院、滨海新区市场监管局按职责分工负责）', { title: WUQING }),
      findings: [
        [5, '西青海关', '应为“武清海关”'],
        [5, '市规划资源局西青分局', '应为“市规划资源局武清分局”'],
        [5, '西青法院', '应为“武清法院”'],
        [5, '滨海新区市场监管局', '应为“武清区市场监管局”'],
      ],
      fixed: plan('1.加强监管。落实要求。（武清海关、市规划资源局武清分局、武清法院、武清区市场监管局按职责分工负责）', { title: WUQING }),
    },
    {
      name: 'a city-level name in a district plan is a warning with the district counterpart',
      text: plan('1.加强监管。落实要求。（市市场监管委负责）开展宣传。（市食品安全委员会办公室牵头，市交通运输委配合）'),
      findings: [
        [5, '市市场监管委', '“区市场监管局”'],
        [5, '市食品安全委员会办公室', '“区食安办”'],
        [5, '市交通运输委', '“区交通局”、“区运管局”'],
      ],
      suggestions: ['区市场监管局', '区食安办', '区交通局'],
      fixed: plan('1.加强监管。落实要求。（区市场监管局负责）开展宣传。（区食安办牵头，市交通运输委配合）'),
    },
    {
      name: 'city-level names can be allowed',
      text: plan('1.加强监管。落实要求。（市市场监管委负责）'),
      config: { cityLevel: false },
      findings: [],
    },
    {
      name: 'a municipal plan is not checked',
      text: plan('1.加强监管。落实要求。（市市场监管委负责）', { title: '天津市2025年食品安全监督管理计划' }),
      findings: [],
    },
    {
      name: 'another province: a neighbouring district police branch',
      text: plan('1.加强监管。落实要求。（东湖公安分局、区住建局按职责分工负责）', { title: '临江区2025年食品安全监督管理计划' }),
      env: jiangchengEnv(),
      findings: [[5, '东湖公安分局', '临江公安分局']],
      fixed: plan('1.加强监管。落实要求。（临江公安分局、区住建局按职责分工负责）', { title: '临江区2025年食品安全监督管理计划' }),
    },
    {
      name: 'a title with the city of another province before the district',
      text: plan('1.加强监管。落实要求。（东湖公安分局负责）', { title: '江城市临江区2025年食品安全监督管理计划' }),
      env: jiangchengEnv(),
      findings: [[5, '东湖公安分局', '临江公安分局']],
      fixed: plan('1.加强监管。落实要求。（临江公安分局负责）', { title: '江城市临江区2025年食品安全监督管理计划' }),
    },
  ]);
});
