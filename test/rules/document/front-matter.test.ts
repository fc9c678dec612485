// document/doc-number and document/date-format: table tests with fixed output.
import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { type Case, runTable } from '../table';

const head = (docNumber: string, date: string) =>
  `${docNumber}\n\n天津市红桥区人民政府办公室\n\n关于印发《红桥区2024年食品安全监督管理计划》的通知\n\n各街道办事处：\n\n现将计划印发给你们。\n\n${date}\n\n（此件主动公开）\n\n红桥区2024年食品安全监督管理计划\n\n一、总体要求\n\n1.加强监管。（区市场监管局负责）\n`;

describe('document/doc-number', () => {
  const table: Array<[string, string | null]> = [
    ['红桥政办函〔2024〕7号', null],
    ['红桥政办函[2024]7号', '红桥政办函〔2024〕7号'],
    ['红桥政办函［2024］7号', '红桥政办函〔2024〕7号'],
    ['红桥政办函（2024）7号', '红桥政办函〔2024〕7号'],
    ['红桥政办函〔2024〕第7号', '红桥政办函〔2024〕7号'],
    ['红桥政办函〔2024〕07号', '红桥政办函〔2024〕7号'],
    ['红桥政办函【2024】第007号', '红桥政办函〔2024〕7号'],
  ];
  runTable(
    'document/doc-number',
    table.map(([given, expected]): Case => ({
      name: given,
      text: head(given, '2024年8月19日'),
      findings: expected === null ? [] : [[1, given]],
      fixed: head(expected ?? given, '2024年8月19日'),
      cleanAfterFix: true,
    })),
  );
});

describe('document/date-format', () => {
  const rules = ['document/date-format'];
  const table: Array<[string, string | null]> = [
    ['2024年8月19日', null],
    ['2024年12月1日', null],
    ['2024年08月19日', '2024年8月19日'],
    ['2024年8月09日', '2024年8月9日'],
    ['二〇二四年八月十九日', '2024年8月19日'],
    ['二〇二四年十二月三十一日', '2024年12月31日'],
  ];
  it('an impossible date is reported without a fix', () => {
    for (const bad of ['2025年6月0日', '2025年13月1日', '2025年06月00日']) {
      const { findings, fixed } = check(head('红桥政办函〔2024〕7号', bad), { rules });
      assert.equal(findings.length, 1, bad);
      assert.match(findings[0].message, /不是有效的日期/);
      assert.equal(findings[0].fix, undefined);
      assert.equal(fixed, head('红桥政办函〔2024〕7号', bad));
    }
  });
  runTable(
    'document/date-format',
    table.map(([given, expected]): Case => ({
      name: given,
      text: head('红桥政办函〔2024〕7号', given),
      findings: expected === null ? [] : [[11, given]],
      fixed: head('红桥政办函〔2024〕7号', expected ?? given),
      cleanAfterFix: true,
    })),
  );
  runTable(
    'document/date-format',
    ['2025年6月0日', '2025年13月1日', '2025年06月00日'].map((bad): Case => ({ name: `impossible date ${bad}: no fix`, text: head('红桥政办函〔2024〕7号', bad), findings: [[11, bad, /不是有效的日期/]] })),
  );
});

describe('document/date-format: the 成文日期 of a plan published on its own, at its end', () => {
  const closing = (date: string) => `大邑县2024年食品安全重点工作安排\n\n一、重点任务\n\n1.加强监管。（县市场监管局负责）\n\n大邑县食品安全委员会办公室\n${date}\n`;
  runTable(
    'document/date-format',
    [
      { name: 'a correct date after the signature', text: closing('2024年5月20日'), findings: [] },
      { name: 'zero padding in the closing date', text: closing('2024年05月20日'), findings: [[8, '2024年05月20日']], fixed: closing('2024年5月20日'), cleanAfterFix: true },
      { name: 'Chinese numerals in the closing date', text: closing('二〇二四年五月二十日'), findings: [[8, '二〇二四年五月二十日']], fixed: closing('2024年5月20日'), cleanAfterFix: true },
    ],
  );
});
