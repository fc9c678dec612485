// Completion right after a complete department name (language service, in
// process): the role phrases first, in order, and no item whose range covers
// the typed name (an editor filters and ranks by the text in an item's range,
// so such an item, the same name again, would be ranked first).
import { strict as assert } from 'node:assert';
import { completionsAt } from '../../server/src/service';
import { servicePlan } from './support/service-plan';

const TEXT = '红桥区2025年食品安全监督管理计划\n\n一、重点任务\n\n1.加强监管。落实要求。（区市场监管局牵头，区教育局）\n';


describe('service: completion after a complete department name', () => {
  const p = servicePlan(TEXT);
  const offset = TEXT.indexOf('区教育局）') + '区教育局'.length;
  const position = p.index.position(offset);
  const items = completionsAt(p, position);
  const sorted = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0));

  it('lists 牵头, 负责, 按职责分工负责 (and 配合) first, in that order, 牵头 preselected', () => {
    assert.deepEqual(sorted.slice(0, 4).map((i) => i.label), ['牵头', '负责', '按职责分工负责', '配合']);
    assert.equal(sorted[0].preselect, true);
  });

  it('no item replaces the typed name: names are offered as one more name after 、', () => {
    const nameStart = offset - '区教育局'.length;
    for (const item of items) {
      const range = (item.textEdit as { range: { start: { line: number; character: number } } }).range;
      assert.ok(p.index.offset(range.start) > nameStart, `${item.label} would replace the name`);
    }
    const edu = items.find((i) => i.label === '区卫生健康委');
    assert.equal((edu?.textEdit as { newText: string }).newText, '、区卫生健康委');
  });

  it('inside a name being typed, names come first and replace what was typed', () => {
    const at = TEXT.indexOf('区教育局）') + 1;
    const typed = completionsAt(p, p.index.position(at));
    const first = [...typed].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))[0];
    assert.notEqual(first.kind, 14, 'not a role phrase');
    assert.equal(p.index.offset((first.textEdit as { range: { start: { line: number; character: number } } }).range.start), at - 1);
  });
});
