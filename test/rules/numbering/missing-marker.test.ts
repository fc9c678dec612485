import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { Case, fixture, inject, lineOf, runCases } from './cases';

const M = 'numbering/missing-marker';
const S = 'numbering/sequence';
const cont = fixture('continuous.txt');
const rest = fixture('restart.txt');
const wrap = fixture('wrapped.txt');

const droppedItem = inject(cont, ['\n6.开展食品', '\n开展食品']);
const droppedChapter = inject(cont, ['\n三、强化过程监管', '\n强化过程监管']);
const droppedFirstChapter = inject(cont, ['\n一、压紧', '\n压紧']);
const droppedL2 = inject(rest, ['\n（二）严把源头关口', '\n严把源头关口']);
// the line before is short and a page number sits between: the item starts a paragraph
const droppedWrapped = inject(wrap, ['\n5. 加强特殊', '\n加强特殊']);
// a bare 指导思想 line where the plan's first chapter should be
const guide = inject(cont, ['\n一、压紧压实食品安全责任\n', '\n指导思想\n\n坚持以人民为中心，守牢食品安全底线。\n\n二、压紧压实食品安全责任\n'], ['\n二、严格', '\n三、严格'], ['\n三、强化', '\n四、强化'], ['\n四、严厉', '\n五、严厉'], ['\n五、推进社会', '\n六、推进社会']);
// a continuation paragraph inside an item and a gap elsewhere: no guess
const gapOnly = inject(wrap, ['\n5. 加强特殊', '\n6. 加强特殊'], ['\n6. 开展', '\n7. 开展'], ['\n7. 推进行刑', '\n8. 推进行刑'], ['\n8. 加强宣传', '\n9. 加强宣传'], ['\n9. 畅通', '\n10. 畅通']);

// the bare line fills a gap at two levels (三、…五、 and （四）…（六）): no guess, the gaps are reported
const twoLevels = inject(rest, ['\n四、工作要求', '\n五、工作要求'], ['\n（五）加强队伍建设', '\n加强队伍建设']);

const cases: Case[] = [
  { name: 'valid: continuation paragraphs of an item are not lost items', text: wrap, findings: [] },
  { name: 'valid: a chapter body line is not a lost heading', text: rest, findings: [] },
  { name: 'an item paragraph that lost its 6.', text: droppedItem, findings: [[M, lineOf(droppedItem, '开展食品安全监督抽检'), 1]], fixed: cont },
  { name: 'a chapter title that lost its 三、', text: droppedChapter, findings: [[M, lineOf(droppedChapter, '强化过程监管'), 1]], fixed: cont },
  { name: 'the first chapter title lost its 一、', text: droppedFirstChapter, findings: [[M, lineOf(droppedFirstChapter, '压紧压实'), 1]], fixed: cont },
  { name: 'a level-2 title that lost its （二）', text: droppedL2, findings: [[M, lineOf(droppedL2, '严把源头关口'), 1]], fixed: rest },
  { name: 'an item that lost its marker in a hard-wrapped plan', text: droppedWrapped, findings: [[M, lineOf(droppedWrapped, '加强特殊食品监管'), 1]], fixed: inject(wrap, ['\n5. 加强特殊', '\n5.加强特殊']) },
  { name: 'a bare 指导思想 line before 二、', text: guide, findings: [[M, lineOf(guide, '指导思想'), 1]] },
  { name: 'a gap with only continuation text before it is a sequence finding, not a guess', text: gapOnly, findings: [[S, lineOf(gapOnly, '6. 加强特殊'), 1]], fixed: wrap },
  {
    name: 'a line that would fill gaps at two levels is not guessed',
    text: twoLevels,
    findings: [[S, lineOf(twoLevels, '1.开展业务'), 1], [S, lineOf(twoLevels, '五、工作要求'), 1], [S, lineOf(twoLevels, '（六）'), 1]],
  },
];

runCases(M, cases);

describe(`${M}: message and fix`, () => {
  it('names the marker to add and inserts only the marker', () => {
    const [f] = check(droppedItem, { rules: [M] }).findings;
    assert.match(f.message, /应为“6\.开展食品安全监督抽检”/);
    assert.deepEqual(f.fix!.edits.map((e) => [e.end - e.start, e.newText]), [[0, '6.']]);
    const [g] = check(guide, { rules: [M] }).findings;
    assert.match(g.message, /“一、指导思想”/);
  });
});
