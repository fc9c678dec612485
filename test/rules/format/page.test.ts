import { plan, runTable } from '../table';
import { A4, layoutEnv, standard } from './layout';

const text = plan('1.强化抽检。（区市场监管局负责）');

describe('format/page', () => {
  runTable('format/page', [
    { name: 'A4 with GB/T 9704 margins', text, findings: [], env: layoutEnv(text, standard) },
    { name: 'text input: silent', text, findings: [] },
    {
      name: 'Letter paper with Word default margins',
      text,
      env: layoutEnv(text, standard, [{ pageWidth: 215.9, pageHeight: 279.4, margins: { top: 25.4, bottom: 25.4, left: 31.8, right: 31.8 } }]),
      findings: [[1, '红桥区2025年食品安全监督管理计划', '纸张为 215.9×279.4 毫米，应为 210×297 毫米（A4）；页边距上 25.4 毫米']],
    },
    {
      name: 'within ±1 mm',
      text,
      env: layoutEnv(text, standard, [{ ...A4, margins: { top: 37.5, bottom: 34.3, left: 27.9, right: 26 } }]),
      findings: [],
    },
    {
      name: 'a second section with other margins is named',
      text,
      env: layoutEnv(text, standard, [A4, { ...A4, margins: { top: 20, bottom: 35, left: 28, right: 26 }, firstParagraph: 4 }]),
      findings: [[5, '1.强化抽检。（区市场监管局负责）', '第 2 节页边距上 20 毫米，应为上 37 毫米']],
    },
    {
      name: 'house rule: top margin 35 mm',
      text,
      config: { top: 35 },
      env: layoutEnv(text, standard, [{ ...A4, margins: { top: 35, bottom: 35, left: 28, right: 26 } }]),
      findings: [],
    },
  ]);
});
