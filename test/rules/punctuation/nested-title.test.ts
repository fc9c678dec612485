import { plan, runTable } from '../table';

describe('punctuation/nested-title', () => {
  runTable('punctuation/nested-title', [
    { name: 'valid: 〈〉 inside 《》', text: plan('1.落实《关于贯彻〈食品安全法〉的实施意见》。（区市场监管局负责）'), findings: [] },
    { name: 'valid: titles side by side', text: plan('1.落实《食品安全法》《天津市食品安全条例》。（区市场监管局负责）'), findings: [] },
    { name: 'valid: a less-than sign in a title', text: plan('1.落实《含量<5%的食品标识规范》。（区市场监管局负责）'), findings: [] },
    {
      name: 'invalid: 《》 inside 《》',
      text: plan('1.落实《关于贯彻《食品安全法》的实施意见》。（区市场监管局负责）'),
      findings: [[5, '《食品安全法》', '应写作“〈食品安全法〉”']],
      fixed: plan('1.落实《关于贯彻〈食品安全法〉的实施意见》。（区市场监管局负责）'),
    },
    {
      name: 'invalid: half-width <> inside 《》',
      text: plan('1.落实《关于贯彻<食品安全法>的实施意见》。（区市场监管局负责）'),
      findings: [[5, '<食品安全法>', '不用尖括号']],
      fixed: plan('1.落实《关于贯彻〈食品安全法〉的实施意见》。（区市场监管局负责）'),
    },
    {
      name: 'invalid: the inner title over a hard wrap',
      text: plan('1.落实《关于贯彻《食品\n安全法》的实施意见》。（区市场监管局负责）'),
      findings: [[5, '《食品\n安全法》']],
      fixed: plan('1.落实《关于贯彻〈食品\n安全法〉的实施意见》。（区市场监管局负责）'),
    },
  ]);
});
