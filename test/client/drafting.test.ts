// Reading the server's replies to the drafting commands (client/src/drafting-replies.ts).
import * as assert from 'node:assert/strict';
import { readDraftReply, readRolloverReply } from '../../client/src/drafting-replies';

const range = (l: number, c: number, l2: number, c2: number) => ({ start: { line: l, character: c }, end: { line: l2, character: c2 } });

describe('client: drafting replies', () => {
  it('a draft, a district choice, or nothing usable', () => {
    assert.deepEqual(readDraftReply({ text: '草稿', title: '红桥区2025年食品安全监督管理计划', message: '已生成' }), { text: '草稿', title: '红桥区2025年食品安全监督管理计划', message: '已生成' });
    assert.deepEqual(readDraftReply({ districts: [{ name: '红桥区', short: '红桥' }], message: '请选择要生成草稿的区' }), {
      districts: [{ name: '红桥区', short: '红桥' }],
      message: '请选择要生成草稿的区',
    });
    assert.equal(readDraftReply(null), undefined);
    assert.equal(readDraftReply('草稿'), undefined);
    assert.equal(readDraftReply({ applied: true }), undefined);
  });
  it('a rollover: the edits with their document version, and one line per change and review item', () => {
    const reply = readRolloverReply({
      edit: { documentChanges: [{ textDocument: { uri: 'file:///p.txt', version: 3 }, edits: [{ range: range(4, 8, 4, 12), newText: '2025' }] }] },
      changes: [{ range: range(4, 8, 4, 12), before: '2024', after: '2025', context: '关于印发《东丽区2024年食品安全监督管理计划》的通知', kind: 'notice-title' }],
      review: [{ range: range(0, 0, 0, 13), text: '东丽政办函〔2024〕12号', reason: '发文字号需按新文件重新编号，未自动修改' }],
      message: '已从 2024 年滚动到 2025 年：修改 1 处',
    });
    assert.deepEqual(reply?.edits, [{ uri: 'file:///p.txt', version: 3, range: range(4, 8, 4, 12), newText: '2025' }]);
    assert.deepEqual(reply?.lines, [
      '已修改 5:9  2024 → 2025  关于印发《东丽区2024年食品安全监督管理计划》的通知',
      '请核对 1:1  东丽政办函〔2024〕12号：发文字号需按新文件重新编号，未自动修改',
    ]);
    assert.equal(readRolloverReply({ applied: true }), undefined);
  });
});
