// The quick-fix menu of a misspelt department name (language service, in
// process): one entry per distinct edit, and no unlikely names.
import { strict as assert } from 'node:assert';
import { codeActions } from '../../server/src/service';
import { servicePlan } from './support/service-plan';

const TEXT = '红桥区2025年食品安全监督管理计划\n\n一、重点任务\n\n1.加强监管。落实要求。（区场监管局、区教育局按职责分工负责）\n';


describe('service: quick fixes of a misspelt department name', () => {
  it('offer 区市场监管局 once, and not 区运管局', () => {
    const p = servicePlan(TEXT);
    const at = TEXT.indexOf('区场监管局') + 1;
    const pos = p.index.position(at);
    const actions = codeActions(p, { range: { start: pos, end: pos }, context: {} }).filter((a) => a.kind === 'quickfix');
    const titles = actions.map((a) => a.title).filter((t) => t.startsWith('改为'));
    assert.deepEqual(titles, ['改为“区市场监管局”']);
    assert.equal(actions.find((a) => a.title === '改为“区市场监管局”')?.isPreferred, true);
    const edits = actions.map((a) => JSON.stringify(a.edit));
    assert.equal(new Set(edits).size, edits.length, 'no two entries make the same edit');
  });
});
