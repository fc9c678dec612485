import { runTable, plan } from '../table';

describe('document/invalid-bytes', () => {
  runTable('document/invalid-bytes', [
    { name: 'a clean plan', text: plan('1.加强监管。（区市场监管局负责）'), findings: [] },
    {
      name: 'an invalid byte decoded as U+FFFD: reported with its position, not fixed',
      text: plan('1.加强监管工作机\ufffd。（区市场监管局负责）'),
      findings: [[5, '\ufffd', '1 个无法识别的字符']],
    },
    {
      name: 'stray NULs from PDF extraction: one finding per run, deleted by the fix',
      text: plan('1.加强\u0000\u0000监管。（区市场监管局\u0000负责）'),
      findings: [
        [5, '\u0000\u0000', '2 个 NUL 空字符'],
        [5, '\u0000', '1 个 NUL 空字符'],
      ],
      fixed: plan('1.加强监管。（区市场监管局负责）'),
    },
  ]);
});
