// Inserting the district clause for a municipal target the plan lacks
// (core/insert-clause.ts): where it goes, what it says, and the numbering
// after it.
import { strict as assert } from 'node:assert';
import { compareTargets } from '../../server/src/core/analysis/compare';
import { parseDocument } from '../../server/src/core/model/document';
import { applyEdits } from '../../server/src/core/engine/fix';
import { insertionEdits, missingClauses } from '../../server/src/core/drafting/insert-clause';
import { lintText } from '../../server/src/core/engine/linter';
import { extractTargets } from '../../server/src/core/analysis/targets';
import { rulesFor } from '../support/check';

const MUNICIPAL = `天津市2025年食品安全监督管理计划

一、压实各方责任

1.强化企业主体责任。企业自查率达到100%。（市市场监管委负责）

2.规范校园食品安全管理。学校负责人陪餐制度落实率达到100%。（市教委、市市场监管委按职责分工负责）

二、严厉打击违法犯罪

3.开展“昆仑2025”专项行动。全市食品犯罪案件按时办结率达到95%。（市公安局负责）

三、推进社会共治

4.加强宣传教育。全市群众食品安全知晓率达到90%。（市食品安全委员会办公室牵头，市委网信办、市卫健委配合）
`;

const DISTRICT = `红桥区2025年食品安全监督管理计划

为做好我区2025年食品安全工作，根据《天津市2025年食品安全监督管理计划》，结合我区实际，制定本计划。

一、压实各方责任

1.强化企业主体责任。企业自查率达到100%。（区市场监管局负责）

二、严厉打击违法犯罪

2.开展“昆仑2025”专项行动。食品犯罪案件按时办结率达到95%。（公安红桥分局负责）

三、推进社会共治

3.加强宣传教育。全区群众食品安全知晓率达到90%。（区食安办牵头，区委网信办、区卫健委配合）
`;

describe('core/insert-clause', () => {
  const m = parseDocument(MUNICIPAL);
  const d = parseDocument(DISTRICT);
  const missing = missingClauses(d, m);

  it('finds the municipal clause with a missing target and the chapter it belongs to', () => {
    assert.deepEqual(missing.map((x) => [x.municipal.heading.number, x.chapter?.title, x.targets.map((t) => t.indicator)]), [[2, '压实各方责任', ['落实率']]]);
    assert.equal(missing[0].title, '插入市级第 2 条“规范校园食品安全管理”对应的区级条目（学校负责人陪餐制度落实率 100%）');
  });

  it('inserts the adapted clause at the chapter end and renumbers the items after it', () => {
    const out = applyEdits(DISTRICT, insertionEdits(d, m, missing[0], missing[0].chapter!));
    assert.equal(
      out,
      DISTRICT.replace('（区市场监管局负责）\n', '（区市场监管局负责）\n\n2.规范校园食品安全管理。学校负责人陪餐制度落实率达到100%。（区教育局、区市场监管局按职责分工负责）\n')
        .replace('2.开展“昆仑2025”', '3.开展“昆仑2025”')
        .replace('3.加强宣传教育', '4.加强宣传教育'),
    );
    const after = parseDocument(out);
    assert.deepEqual(compareTargets(extractTargets(after), extractTargets(m)).missing, []);
    assert.deepEqual(lintText(out, rulesFor(), { municipal: m }).findings.map((f) => f.message), []);
    assert.deepEqual(missingClauses(after, m), []);
  });

  it('uses the form of a body the plan already writes (区卫健委, not 区卫生健康委)', () => {
    const m2 = parseDocument(MUNICIPAL.replace('（市教委、市市场监管委按职责分工负责）', '（市卫生健康委、市市场监管委按职责分工负责）'));
    const ins = missingClauses(d, m2)[0];
    const out = applyEdits(DISTRICT, insertionEdits(d, m2, ins, ins.chapter!));
    assert.ok(out.includes('（区卫健委、区市场监管局按职责分工负责）'));
  });

  it('keeps CRLF line endings', () => {
    const crlf = DISTRICT.replace(/\n/g, '\r\n');
    const dc = parseDocument(crlf);
    const ins = missingClauses(dc, m)[0];
    const out = applyEdits(crlf, insertionEdits(dc, m, ins, ins.chapter!));
    assert.ok(!/[^\r]\n/.test(out));
    assert.ok(out.includes('\r\n\r\n2.规范校园食品安全管理。'));
  });

  it('a chapter with no counterpart: offered anywhere (chapter undefined)', () => {
    const d2 = parseDocument(DISTRICT.replace('一、压实各方责任', '一、其他事项').replace(/1\.强化企业主体责任。企业自查率达到100%。（区市场监管局负责）/, '1.做好统计。按季度报送工作情况。（区市场监管局负责）'));
    const chapters = missingClauses(d2, m).map((x) => [x.municipal.heading.number, x.chapter?.title]);
    assert.deepEqual(chapters, [[1, undefined], [2, undefined]]);
  });
});
