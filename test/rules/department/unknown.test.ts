import { plan, runTable } from '../table';
import { jiangchengEnv } from './env';

const LINJIANG = '临江区2025年食品安全监督管理计划';

describe('department/unknown', () => {
  runTable('department/unknown', [
    {
      name: 'known names, abbreviations, templates and collective bodies',
      text: plan('1.加强监管。落实要求。（区市场监管局牵头，区卫健委、公安红桥分局、红桥海关、市规划资源局红桥分局、红桥法院、区食安委成员单位、各街道按职责分工负责）'),
      findings: [],
    },
    {
      name: 'a deleted character: the original is the first suggestion and the fix; a name two changes away (区运管局) is not offered',
      text: plan('1.加强监管。落实要求。（区场监管局、区教育局按职责分工负责）'),
      findings: [[5, '区场监管局', '是否应为“区市场监管局”？']],
      suggestions: ['区市场监管局'],
      fixed: plan('1.加强监管。落实要求。（区市场监管局、区教育局按职责分工负责）'),
    },
    {
      name: 'a substituted character',
      text: plan('1.加强监管。落实要求。（区卫生建康委负责）'),
      findings: [[5, '区卫生建康委', '区卫生健康委']],
      suggestions: ['区卫生健康委'],
      fixed: plan('1.加强监管。落实要求。（区卫生健康委负责）'),
    },
    {
      name: 'an ambiguous typo gets suggestions but no automatic fix',
      text: plan('1.加强监管。落实要求。（区卫建委负责）'),
      findings: [[5, '区卫建委', '区卫健委']],
      suggestions: ['区卫健委'],
    },
    {
      name: 'two edits: 区业农村局 → 区农业农村委 as the Tianjin registry says',
      text: plan('1.加强监管。落实要求。（区业农村局负责）'),
      findings: [[5, '区业农村局', '区农业农村委']],
      suggestions: ['区农业农村委'],
      fixed: plan('1.加强监管。落实要求。（区农业农村委负责）'),
    },
    {
      name: 'a tie goes to the body the plan already names, as a suggestion only',
      text: plan('1.加强保障。落实经费。（区民政局负责）开展救助。（区民政局负责）做好帮扶。（区政局负责）'),
      findings: [[5, '区政局', '“区民政局”、“区财政局”']],
      suggestions: ['区民政局'],
    },
    {
      name: 'no similar name: no suggestion, no fix',
      text: plan('1.加强监管。落实要求。（区航天局负责）'),
      findings: [[5, '区航天局', 'departments 中添加']],
      suggestions: [undefined],
    },
    {
      name: 'another province without a registry file: not checked',
      text: plan('1.加强监管。落实要求。（区农业农村局负责）', { title: LINJIANG }),
      findings: [],
    },
    {
      name: 'another province with its registry file',
      text: plan('1.加强监管。落实要求。（区农业农村局、区住建局、区教体文旅局、临江公安分局按职责分工负责）开展宣传。（区业农村局负责）', { title: LINJIANG }),
      env: jiangchengEnv(),
      findings: [[5, '区业农村局', '区农业农村局']],
      suggestions: ['区农业农村局'],
      fixed: plan('1.加强监管。落实要求。（区农业农村局、区住建局、区教体文旅局、临江公安分局按职责分工负责）开展宣传。（区农业农村局负责）', { title: LINJIANG }),
    },
    {
      name: 'Tianjin names are unknown in another province',
      text: plan('1.加强监管。落实要求。（区农业农村委负责）', { title: LINJIANG }),
      env: jiangchengEnv(),
      findings: [[5, '区农业农村委', '区农业农村局']],
      suggestions: ['区农业农村局'],
      fixed: plan('1.加强监管。落实要求。（区农业农村局负责）', { title: LINJIANG }),
    },
    {
      name: 'extra departments from the config are known',
      text: plan('1.加强监管。落实要求。（区大数据局、区市场局按职责分工负责）'),
      env: { departments: { extra: [{ name: '区大数据局' }, { name: '区市场监管局', aliases: ['区市场局'] }] } },
      findings: [],
    },
    {
      name: 'the configured jurisdiction applies when the title has none',
      text: plan('1.加强监管。落实要求。（区场监管局负责）', { title: '2025年食品安全监督管理计划' }),
      env: { departments: { jurisdiction: '红桥区' } },
      findings: [[5, '区场监管局']],
      suggestions: ['区市场监管局'],
      fixed: plan('1.加强监管。落实要求。（区市场监管局负责）', { title: '2025年食品安全监督管理计划' }),
    },
    {
      name: 'a municipal plan is checked against city-level names',
      text: plan('1.加强监管。落实要求。（市市场监管委、市公安局、天津海关、各区人民政府按职责分工负责）开展宣传。（市市场监督委负责）', { title: '天津市2025年食品安全监督管理计划' }),
      findings: [[5, '市市场监督委', '市市场监管委']],
      suggestions: ['市市场监管委'],
      fixed: plan('1.加强监管。落实要求。（市市场监管委、市公安局、天津海关、各区人民政府按职责分工负责）开展宣传。（市市场监管委负责）', { title: '天津市2025年食品安全监督管理计划' }),
    },
  ]);
});
