// Numbering conventions decided per top-level chapter, and a lost first
// marker repaired by inserting it. The fixture is in the shape of published
// county plans: the task chapter numbers its items on across （一）…（三）
// (1.–7.), 四、组织实施 restarts at 1. under each （一）, and 指导思想 lost its 一、.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../support/check';
import { NUMBERING_RULES } from './cases';

const FIXTURE = fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'numbering', '按章编号-漏写一级序号.txt'), 'utf8');
const WITH_MARKER = FIXTURE.replace('\n指导思想\n', '\n一、指导思想\n');

const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  return x.map((l, i) => (l === y[i] ? 0 : i + 1)).filter(Boolean);
};

describe('numbering: conventions per chapter and a lost first marker', () => {
  it('a heading that lost its 一、 gets 一、 inserted; the later chapters are not renumbered', () => {
    const r = check(FIXTURE, { rules: NUMBERING_RULES });
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.line]), [['numbering/missing-marker', 6]]);
    assert.equal(r.fixed, WITH_MARKER);
    assert.deepEqual(changedLines(FIXTURE, r.fixed), [6]);
  });

  it('also when the lost title runs on into its first sentence (指导思想。坚持…)', () => {
    const text = FIXTURE.replace('\n指导思想\n坚持', '\n指导思想。坚持');
    const r = check(text, { rules: NUMBERING_RULES });
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.line]), [['numbering/missing-marker', 6]]);
    assert.equal(r.fixed, text.replace('\n指导思想。', '\n一、指导思想。'));
  });

  it('a chapter numbering on across its （一）…（三） and a chapter restarting under each （一） are both accepted', () => {
    assert.deepEqual(check(WITH_MARKER, { rules: NUMBERING_RULES }).findings, []);
  });

  it('a restart inside the continuous chapter is reported and fixed within that chapter only', () => {
    const bad = WITH_MARKER.replace('5.加强食品生产企业监管', '1.加强食品生产企业监管').replace('6.加强校园', '2.加强校园').replace('7.加强餐饮', '3.加强餐饮');
    const r = check(bad, { rules: NUMBERING_RULES });
    const line = bad.split('\n').findIndex((l) => l.startsWith('1.加强食品生产企业监管')) + 1;
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.line]), [['numbering/sequence', line]]);
    assert.match(r.findings[0].message, /不应重新从1开始，应为“5\.”/);
    assert.equal(r.fixed, WITH_MARKER);
  });

  it('numbers carried on inside the restarting chapter are reported and fixed within that chapter only', () => {
    const bad = WITH_MARKER.replace('1.将食品安全工作纳入年度考核', '3.将食品安全工作纳入年度考核').replace('2.加强督查督办', '4.加强督查督办');
    const r = check(bad, { rules: NUMBERING_RULES });
    const line = bad.split('\n').findIndex((l) => l.startsWith('3.将食品安全工作')) + 1;
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.line]), [['numbering/sequence', line]]);
    assert.equal(r.fixed, WITH_MARKER);
  });
});
