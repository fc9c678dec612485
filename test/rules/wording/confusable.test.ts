import { strict as assert } from 'node:assert';
import { BUILTIN_CONFUSABLES, ConfusableTableSchema, patternProblem } from '../../../server/src/core/analysis/confusables';
import { parseConfig } from '../../../server/src/core/engine/config';
import { RULE_MAP } from '../../../server/src/rules';
import { check } from '../../support/check';
import { plan, runTable } from '../table';

const rules = ['wording/confusable'];
const inPlan = (sentence: string) => plan(`1.${sentence}（区市场监管局负责）`);

describe('wording/confusable', () => {
  it('the built-in table is valid as it ships (used unparsed at run time)', () => {
    assert.deepEqual(ConfusableTableSchema.parse({ entries: BUILTIN_CONFUSABLES }).entries, BUILTIN_CONFUSABLES);
  });

  describe('every built-in entry: its wrong examples are found and fixed, its right examples are clean', () => {
    for (const e of BUILTIN_CONFUSABLES) {
      it(`${e.wrong} → ${e.right || '（删除）'} (${e.source})`, () => {
        assert.ok(e.examples && e.examples.wrong.length > 0 && e.examples.right.length > 0, 'built-in entries carry examples of both kinds');
        for (const s of e.examples!.wrong) {
          const r = check(inPlan(s), { rules });
          assert.deepEqual(r.findings.map((f) => f.quoted), [e.wrong], s);
          const fixed = r.findings[0].fix ?? r.findings[0].suggestions![0];
          assert.equal(fixed.edits[0].newText, e.right);
        }
        for (const s of e.examples!.right) assert.deepEqual(check(inPlan(s), { rules }).findings.map((f) => f.message), [], s);
      });
    }
  });

  runTable('wording/confusable', [
    { name: 'valid: a title quoted as issued', text: inPlan('落实《关于加强其它食品监管的通知》要求。'), findings: [] },
    { name: 'valid: 截止日期', text: inPlan('申报截止日期为2025年6月30日。'), findings: [] },
    {
      name: 'invalid: several slips in one clause',
      text: inPlan('截止2024年底，建立台帐的企业及其它单位均已按装监控。'),
      findings: [[5, '截止', '应为“截至”'], [5, '台帐'], [5, '其它'], [5, '按装']],
      fixed: inPlan('截至2024年底，建立台账的企业及其他单位均已安装监控。'),
    },
    {
      name: 'invalid: a suggestion only where the entry says so',
      text: inPlan('既使检查合格，也要持续跟踪。'),
      findings: [[5, '既使', '即使']],
      suggestions: ['即使'],
    },
    {
      name: 'invalid: a word over a hard wrap gets a suggestion, not a fix',
      text: plan('1.落实（决策布\n署）要求。（区市场监管局负责）'),
      findings: [[5, '布\n署']],
      suggestions: ['部署'],
    },
    {
      name: 'config: a user entry',
      text: inPlan('做好食品安全监管，加强综合执法工作。'),
      config: { entries: [{ wrong: '综合执法', right: '综合行政执法', source: '本区用语规范' }] },
      findings: [[5, '综合执法', '本区用语规范']],
      fixed: inPlan('做好食品安全监管，加强综合行政执法工作。'),
    },
    { name: 'config: a built-in entry disabled', text: inPlan('加强其它单位监管。'), config: { disable: ['其它'] }, findings: [] },
  ]);

  it('refuses context patterns that may backtrack or do not compile, with a Chinese message and the JSON path', () => {
    assert.match(patternProblem('(a+)+') ?? '', /可能极慢/);
    assert.match(patternProblem('(\\d*)*') ?? '', /可能极慢/);
    assert.match(patternProblem('(a)\\1') ?? '', /反向引用/);
    assert.match(patternProblem('[') ?? '', /不是合法的正则表达式/);
    assert.equal(patternProblem('[^，。]{0,30}?[又也]使'), undefined);
    assert.equal(patternProblem('(?:年|月)+'), undefined);
    const cfg = JSON.stringify({ rules: { 'wording/confusable': ['warning', { entries: [{ wrong: '综合执法', right: '综合行政执法', source: '本区', after: '(工作+)+' }] }] } });
    assert.throws(() => parseConfig(cfg, '.fsplanrc.json', RULE_MAP), (e: Error) => /entries\[0\]\.after/.test(e.message) && /可能极慢/.test(e.message));
  });
});
