import { plan, runTable } from '../table';

describe('responsibility/missing', () => {
  runTable('responsibility/missing', [
    {
      name: 'every run has a note',
      text: plan('1.强化企业责任。督促企业配齐食品安全员。（区市场监管局负责）开展自查。（区市场监管局牵头，各街道按职责分工负责）'),
      findings: [],
    },
    {
      name: 'an item without any note',
      text: plan('1.强化企业责任。督促企业配齐食品安全员。（区市场监管局负责）\n\n2.加强队伍建设。监管人员培训时长不少于80学时。'),
      findings: [[7, '加强队伍建设。监管人员培训时长不少于80学时。', '没有写明责任单位']],
    },
    {
      name: 'the example note in a prefecture city plan',
      text: plan('1.加强队伍建设。监管人员培训时长不少于80学时。', { name: '安庆市' }),
      findings: [[5, '加强队伍建设。监管人员培训时长不少于80学时。', '如“（市市场监管局负责）”']],
    },
    {
      name: 'the example note in an autonomous prefecture plan',
      text: plan('1.加强队伍建设。监管人员培训时长不少于80学时。', { name: '恩施土家族苗族自治州' }),
      findings: [[5, '加强队伍建设。监管人员培训时长不少于80学时。', '如“（州市场监管局负责）”']],
    },
    {
      name: 'sentences after the last note',
      text: plan('1.落实属地责任。完善街道工作机制。（区食安办牵头，各街道按职责分工负责）发挥专职协管员作用。'),
      findings: [[5, '发挥专职协管员作用。', '最后一个责任单位之后']],
    },
    {
      name: 'the closing block after the last clause (署名, 成文日期, 附注) is not task text',
      text: plan('1.强化企业责任。督促企业配齐食品安全员。（区市场监管局负责）\n\n2.加强应急演练。组织开展应急演练1次（区食安办牵头，区卫健委配合）。\n红桥区食品安全委员会办公室\n2025年5月20日\n（此件主动公开）'),
      findings: [],
    },
    {
      name: 'a date alone after the last clause, indented and after blank lines',
      text: plan('1.加强应急演练。组织开展应急演练1次。（区食安办负责）\n\n\n                                  2025年5月20日'),
      findings: [],
    },
    {
      name: 'a short line before the date that is not a signature is still task text',
      text: plan('1.加强应急演练。组织开展应急演练1次。（区食安办负责）开展评估。\n2025年5月20日'),
      findings: [[5, '开展评估。', '最后一个责任单位之后']],
    },
    {
      name: 'bare notes of towns, brigades and national offices: （…，各苏木镇）（各乡镇、县直有关部门）（县消防救援大队）（国家税务总局某县税务局）',
      text: `2024年长丰县食品安全重点工作安排\n\n一、重点任务\n\n1.加强餐饮监管。（县卫生健康委员会、县市场监督管理局，各乡镇）\n2.落实包保责任。（各乡镇、县直有关部门）\n3.开展消防安全检查。（县消防救援大队）\n4.加强税收征管。（国家税务总局长丰县税务局）\n`,
      findings: [],
    },
    {
      name: 'role verbs of other provinces: 指导…落实, 协助, 督导, 协同配合',
      text: `峨山彝族自治县2025年食品安全重点工作安排\n\n一、重点任务\n\n（一）强化集体用餐配送单位监管。（县市场监管局指导，各乡镇、街道落实）\n（二）推行承诺达标合格证制度。（县农业农村局牵头，县市场监管局协助）\n（三）落实包保责任。（县食安办督导，各乡镇具体落实）\n（四）开展联合执法。（县公安局牵头，县市场监管局、县农业农村局协同配合）\n`,
      findings: [],
    },
    {
      name: 'a word that only ends a name is no verb: （县农技推广指导站）',
      text: `峨山彝族自治县2025年食品安全重点工作安排\n\n一、重点任务\n\n（一）开展农药安全使用培训。（县农技推广指导中心、县农业农村局）\n`,
      findings: [],
    },
    {
      name: 'a wrapped item: the run spans lines',
      text: plan('1.加强队伍建设。监管人员培训时长\n不少于80学时。\n\n2.强化责任。督促企业落实。（区市场监管局负责）'),
      findings: [[5, '加强队伍建设。监管人员培训时长\n不少于80学时。']],
    },
    {
      name: 'exempt chapters: 指导思想, 工作目标, 保障措施',
      text: `红桥区2025年食品安全监督管理计划\n\n一、指导思想\n\n坚持以人民为中心。\n\n二、工作目标\n\n1.抽检量达到7批次/千人。\n\n三、保障措施\n\n（一）加强组织领导。各单位要高度重视。\n`,
      findings: [],
    },
    {
      name: 'a heading with nothing under it is not a task',
      text: plan('（一）加强源头管理\n\n（二）强化过程监管。督促企业落实。（区市场监管局负责）'),
      findings: [],
    },
    {
      name: 'exempt headings are configurable',
      text: `红桥区2025年食品安全监督管理计划\n\n一、附件说明\n\n1.本计划附表另发。\n\n二、重点任务\n\n2.强化责任。落实。\n`,
      config: { extraExemptHeadings: ['附件'] },
      findings: [[9, '强化责任。落实。']],
    },
    {
      name: 'replacing the default list',
      text: `红桥区2025年食品安全监督管理计划\n\n一、工作目标\n\n1.抽检量达到7批次/千人。\n`,
      config: { exemptHeadings: ['指导思想'] },
      findings: [[5, '抽检量达到7批次/千人。']],
    },
  ]);
});
