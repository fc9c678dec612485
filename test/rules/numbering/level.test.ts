import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { Case, fixture, inject, lineOf, runCases } from './cases';

const L = 'numbering/level';
const cont = fixture('continuous.txt');
const rest = fixture('restart.txt');

// chapter 三 of a plan whose chapters hold （一）… jumps straight to 1.
const skipped = inject(rest, ['（六）压实工作责任', '1.压实工作责任'], ['\n1.细化', '\n（1）细化'], ['（七）加强督查检查', '2.加强督查检查'], ['\n1.开展督查', '\n（1）开展督查']);
// a chapter that uses （一） in a plan that puts 1. directly under every 一、
const deeper = inject(cont, ['\n3.加强食用', '\n（一）加强食用'], ['\n4.加强粮食', '\n（二）加强粮食'], ['\n5.推进', '\n3.推进'], ['\n6.开展食品', '\n4.开展食品'], ['\n7.加强校园', '\n5.加强校园'], ['\n8.开展“昆仑', '\n6.开展“昆仑'], ['\n9.推进行刑', '\n7.推进行刑'], ['\n10.加强宣传', '\n8.加强宣传'], ['\n11.畅通', '\n9.畅通'], ['\n12.加强监管队伍', '\n10.加强监管队伍']);
// （1） directly under 一、
const twoSkipped = '一、总体要求\n\n（1）坚持问题导向。守牢食品安全底线。\n\n（2）坚持系统治理。推进食品安全社会共治。\n\n二、重点任务\n\n（1）健全责任体系。完善责任清单。（区食药安办负责）\n';

const cases: Case[] = [
  { name: 'valid: 1. directly under every 一、 (a document convention)', text: cont, findings: [] },
  { name: 'valid: 一、 → （一） → 1. throughout', text: rest, findings: [] },
  { name: 'a chapter skips （一） while its peers use it', text: skipped, findings: [[L, lineOf(skipped, '1.压实工作责任'), 1]] },
  { name: 'a chapter uses （一） while every other chapter puts 1. directly under 一、', text: deeper, findings: [[L, lineOf(deeper, '（一）加强食用'), 1]] },
  { name: '（1） directly under 一、', text: twoSkipped, findings: [[L, 3, 1], [L, 9, 1]] },
];

runCases(L, cases);

describe(`${L}: out of order`, () => {
  it('a （一） after 1. under the same chapter', () => {
    const text = '一、重点任务\n\n1.健全责任体系。完善责任清单。（区食药安办负责）\n\n（一）强化过程监管\n\n1.开展监督抽检。全年抽检量达到7.5批次／千人。（区市场监管局负责）\n\n二、保障措施\n\n（二）加强组织领导\n\n1.强化统筹协调。定期研究解决重大问题。（区食药安办负责）\n\n三、工作要求\n\n（三）压实工作责任\n\n1.细化任务分工。制定具体落实措施。（区食药安委各成员单位按职责分工负责）\n';
    const r = check(text, { rules: [L] });
    assert.deepEqual(r.findings.map((f) => [f.line, f.column]), [[3, 1], [5, 1]]);
    assert.match(r.findings[1].message, /层级顺序颠倒/);
    assert.match(r.findings[0].message, /跳过了一级/);
  });
  it('names the level the other chapters use', () => {
    const [f] = check(skipped, { rules: [L] }).findings;
    assert.match(f.message, /其他一级标题下使用二级标题“（一）”/);
  });
});
