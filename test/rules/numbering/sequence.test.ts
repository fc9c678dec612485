import { strict as assert } from 'node:assert';
import { parseDocument } from '../../../server/src/core/model/document';
import { applyEdits } from '../../../server/src/core/engine/fix';
import { renumberDocument } from '../../../server/src/core/drafting/renumber';
import { check, applyFix } from '../../support/check';
import { Case, fixture, inject, lineOf, runCases } from './cases';

const S = 'numbering/sequence';
const cont = fixture('continuous.txt');
const rest = fixture('restart.txt');
const wrap = fixture('wrapped.txt');

// items 7… of the continuous fixture shifted by one: item 7 is missing
const gap = inject(cont, ['\n7.加强校园', '\n8.加强校园'], ['\n8.开展“昆仑', '\n9.开展“昆仑'], ['\n9.推进行刑', '\n10.推进行刑'], ['\n10.加强宣传', '\n11.加强宣传'], ['\n11.畅通', '\n12.畅通'], ['\n12.加强监管队伍', '\n13.加强监管队伍']);
const duplicate = inject(cont, ['\n4.加强粮食', '\n3.加强粮食']);
const swapped = inject(cont, ['\n5.推进', '\n6.推进'], ['\n6.开展食品', '\n5.开展食品']);
// chapter 三 restarts at 1 in a plan numbered 1.…12. across chapters
const restarted = inject(cont, ['\n5.推进', '\n1.推进'], ['\n6.开展食品', '\n2.开展食品'], ['\n7.加强校园', '\n3.加强校园']);
// （二） continues at 3 in a plan that restarts 1. under each （N）
const continued = inject(rest, ['\n1.加强农产品', '\n3.加强农产品'], ['\n2.加强粮食', '\n4.加强粮食'], ['\n3.加强进口', '\n5.加强进口']);
// level 2 runs （一）…（五） across chapters; （四） restarts as （一）
const restartedL2 = inject(rest, ['（四）加强组织', '（一）加强组织'], ['（五）加强队伍', '（二）加强队伍']);
// the first item is gone: numbering starts at 2
const firstMissing = inject(cont, ['1.健全属地管理责任。修订区、街两级食品安全工作责任清单，将食品安全工作纳入街道绩效考核。（区食药安办牵头，各街道按职责分工负责）\n\n', '']);
const firstChapterMissing = inject(rest, ['（一）健全责任体系', '（二）健全责任体系'], ['（二）严把', '（三）严把'], ['（三）强化', '（四）强化'], ['（四）加强组织', '（五）加强组织'], ['（五）加强队伍', '（六）加强队伍']);
const wrapGap = inject(wrap, ['\n6. 开展', '\n7. 开展'], ['\n7. 推进行刑', '\n8. 推进行刑'], ['\n8. 加强宣传', '\n9. 加强宣传'], ['\n9. 畅通', '\n10. 畅通']);
// （1） items restarting under each 1.
const l4 = '一、重点任务\n\n1.健全责任体系。完善责任清单。\n\n（1）区级层面。修订清单。（区食药安办负责）\n\n（2）街道层面。细化清单。（各街道负责）\n\n2.强化抽检。全年抽检。\n\n（1）农产品。抽检2000批次。（区农业农村委负责）\n\n（2）食品。抽检3000批次。（区市场监管局负责）\n\n（3）餐饮。抽检500批次。（区市场监管局负责）\n\n二、保障措施\n\n3.加强组织领导。定期研究。（区食药安办负责）\n';
const l4dup = inject(l4, ['（3）餐饮', '（2）餐饮']);
const crlf = inject(cont, ['\n7.加强校园', '\n8.加强校园'], ['\n8.开展“昆仑', '\n9.开展“昆仑']).replace(/\n/g, '\r\n');
const chapters = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((n, i) => `${n}、第${i + 1}部分\n`).join('\n');
const chaptersGap = inject(chapters, ['十二、', '十三、']);
const chapterGap = inject(cont, ['\n四、严厉', '\n五、严厉'], ['\n五、推进社会', '\n六、推进社会']);

// tasks （一）…（四） across two chapters, 保障措施 numbered on its own from （一）
const ownSupport = '某某县2025年食品安全工作要点\n\n一、强化责任落实\n\n（一）压实属地责任\n\n1.落实包保督导。（县食安办负责）\n\n（二）压实主体责任\n\n2.推进信用监管。（县市场监管局负责）\n\n二、强化重点治理\n\n（三）校园食品安全\n\n3.开展守护行动。（县教育局负责）\n\n（四）农村食品安全\n\n4.规范集体聚餐。（各乡镇负责）\n\n三、保障措施\n\n（一）加强组织领导。各部门要切实加强领导。\n\n（二）强化考核评价。纳入综合考核。\n';
// 总体要求 （一）（二） before tasks that start at （一） and run on across chapters
const ownLead = '某某县食品安全工作实施方案\n\n一、总体要求\n\n（一）指导思想。坚持以人民为中心。\n\n（二）工作目标。全县不发生重大食品安全事故。\n\n二、强化源头治理\n\n（一）加强产地管理\n\n1.推行合格证制度。（县农业农村局负责）\n\n（二）加强投入品管理\n\n2.开展农资打假。（县农业农村局负责）\n\n三、强化过程监管\n\n（三）加强生产监管\n\n3.开展风险分级。（县市场监管局负责）\n\n四、保障措施\n\n（一）加强组织领导。各部门要切实加强领导。\n';

const cases: Case[] = [
  { name: 'valid: tasks numbered across chapters, 保障措施 numbered on its own', text: ownSupport, findings: [] },
  { name: 'valid: 总体要求 numbered on its own before tasks numbered across chapters', text: ownLead, findings: [] },
  { name: 'restart in 保障措施 where the block does not number on its own (（一） then （六）)', text: ownSupport.replace('（二）强化考核', '（六）强化考核'), findings: [[S, lineOf(ownSupport, '（二）强化考核'), 1]] },
  { name: 'valid: continuous 1.…12. across chapters', text: cont, findings: [] },
  { name: 'valid: （一）…（五） across chapters, 1. restarting under each （N）', text: rest, findings: [] },
  { name: 'valid: hard-wrapped plan with page numbers', text: wrap, findings: [] },
  { name: 'gap: item 7 missing', text: gap, findings: [[S, lineOf(gap, '8.加强校园'), 1]], fixed: cont },
  { name: 'duplicate: 3. twice', text: duplicate, findings: [[S, lineOf(duplicate, '3.加强粮食'), 1]], fixed: cont },
  { name: 'out of order: 6. before 5.', text: swapped, findings: [[S, lineOf(swapped, '6.推进'), 1], [S, lineOf(swapped, '5.开展食品'), 1]], fixed: cont },
  { name: 'restart where the plan numbers continuously', text: restarted, findings: [[S, lineOf(restarted, '1.推进'), 1]], fixed: cont },
  { name: 'continuous where the plan restarts under each parent', text: continued, findings: [[S, lineOf(continued, '3.加强农产品'), 1]], fixed: rest },
  { name: 'level 2 restart in a plan numbering （N） continuously', text: restartedL2, findings: [[S, lineOf(restartedL2, '（一）加强组织'), 1]], fixed: rest },
  { name: 'missing first item: starts at 2.', text: firstMissing, findings: [[S, lineOf(firstMissing, '2.落实企业'), 1]] },
  { name: 'missing first level-2 heading: starts at （二）', text: firstChapterMissing, findings: [[S, lineOf(firstChapterMissing, '（二）健全'), 1]], fixed: rest },
  { name: 'gap in a chapter sequence: 三、 then 五、', text: chapterGap, findings: [[S, lineOf(chapterGap, '五、严厉'), 1]], fixed: cont },
  { name: 'valid: （1） restarting under each 1.', text: l4, findings: [] },
  { name: 'duplicate （2） at level 4', text: l4dup, findings: [[S, lineOf(l4dup, '（2）餐饮'), 1]], fixed: l4 },
  { name: 'gap with CRLF line ends', text: crlf, findings: [[S, lineOf(crlf, '8.加强校园'), 1]], fixed: cont.replace(/\n/g, '\r\n') },
  { name: 'gap after 十一、: 十三、 becomes 十二、', text: chaptersGap, findings: [[S, lineOf(chaptersGap, '十三、'), 1]], fixed: chapters },
  { name: 'gap in a hard-wrapped plan', text: wrapGap, findings: [[S, lineOf(wrapGap, '7. 开展'), 1]], fixed: wrap },
];

runCases(S, cases);

describe(`${S}: messages and the one renumber fix`, () => {
  it('names the expected number', () => {
    const f = check(gap, { rules: [S] }).findings[0];
    assert.match(f.message, /应为“7\.”/);
    assert.match(check(restarted, { rules: [S] }).findings[0].message, /连续编号.*应为“5\.”/);
    assert.match(check(continued, { rules: [S] }).findings[0].message, /重新编号.*应为“1\.”/);
    assert.match(check(duplicate, { rules: [S] }).findings[0].message, /重复.*应为“4\.”/);
    assert.match(check(chaptersGap, { rules: [S] }).findings[0].message, /上一项为“十一、”.*应为“十二、”/);
    assert.match(check(firstMissing, { rules: [S] }).findings[0].message, /应从“1\.”开始/);
  });
  it('one fix renumbers every following sibling and only touches the digits', () => {
    const f = check(gap, { rules: [S] }).findings[0];
    assert.equal(f.fix!.edits.length, 6);
    for (const e of f.fix!.edits) assert.match(gap.slice(e.start, e.end), /^\d+$/);
    assert.equal(applyFix(gap, f), cont);
  });
  it('the fix of a missing first item gives 1.…11.', () => {
    const fixed = check(firstMissing, { rules: [S] }).fixed;
    const numbers = parseDocument(fixed).headings.filter((h) => h.level === 3).map((h) => h.number);
    assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('core/renumber', () => {
  for (const [name, text] of [['continuous', cont], ['restart', rest], ['wrapped', wrap]] as const) {
    it(`a correctly numbered plan (${name}) needs no edits`, () => {
      assert.deepEqual(renumberDocument(parseDocument(text)), []);
    });
  }
  const broken: Array<[string, string, string]> = [
    ['gap', gap, cont],
    ['duplicate', duplicate, cont],
    ['swap', swapped, cont],
    ['restart', restarted, cont],
    ['continued', continued, rest],
    ['level-2 restart', restartedL2, rest],
    ['wrapped gap', wrapGap, wrap],
    ['chapter gap', chapterGap, cont],
  ];
  for (const [name, text, want] of broken) {
    it(`renumbers the whole document (${name})`, () => {
      const edits = renumberDocument(parseDocument(text));
      assert.ok(edits.length > 0);
      assert.equal(applyEdits(text, edits), want);
    });
  }
  it('writes Chinese numerals up to 九十九 and keeps full-width digits', () => {
    // level 2 numbered （一）…（三十二） across four chapters, with （二十） missing
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三', '二十四', '二十五', '二十六', '二十七', '二十八', '二十九', '三十', '三十一', '三十二'];
    const chapters = ['一', '二', '三', '四'];
    const build = (nums: string[]) =>
      chapters.map((c, ci) => `${c}、第${c}部分\n\n` + nums.slice(ci * 8, ci * 8 + 8).map((n) => `（${n}）加强监管工作。（区市场监管局负责）\n`).join('\n')).join('\n');
    const good = build(numerals);
    const bad = build([...numerals.slice(0, 19), ...numerals.slice(20), '三十三']);
    assert.deepEqual(renumberDocument(parseDocument(good)), []);
    assert.equal(applyEdits(bad, renumberDocument(parseDocument(bad))), good);
    const wide = '一、总体要求\n\n１．加强监管。（区市场监管局负责）\n\n３．强化抽检。（区市场监管局负责）\n';
    assert.equal(applyEdits(wide, renumberDocument(parseDocument(wide))), wide.replace('３．', '２．'));
  });
});
