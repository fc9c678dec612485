// The drafting commands' replies as the client reads them (client/src/drafting-replies.ts).
import * as assert from 'node:assert/strict';
import { rolloverEdits, rolloverLines } from '../../client/src/drafting-replies';
import type { RolloverReply } from '../../server/src/protocol/commands';

const range = (l: number, c: number, l2: number, c2: number) => ({ start: { line: l, character: c }, end: { line: l2, character: c2 } });

describe('client: drafting replies', () => {
  const reply: RolloverReply = {
    edit: {
      documentChanges: [
        {
          textDocument: { uri: 'file:///p.txt', version: 3 },
          edits: [
            { range: range(4, 8, 4, 12), newText: '2025' },
            { range: range(9, 0, 9, 4), newText: '2025' },
          ],
        },
      ],
    },
    fromYear: 2024,
    toYear: 2025,
    changes: [{ range: range(4, 8, 4, 12), before: '2024', after: '2025', context: '关于印发《东丽区2024年食品安全监督管理计划》的通知', kind: 'notice-title' }],
    review: [{ range: range(0, 0, 0, 13), text: '东丽政办函〔2024〕12号', reason: '发文字号需按新文件重新编号，未自动修改' }],
    message: '已从 2024 年滚动到 2025 年：修改 1 处',
  };

  it('a rollover: the edits with their document version', () => {
    assert.deepEqual(rolloverEdits(reply), [
      { uri: 'file:///p.txt', version: 3, range: range(4, 8, 4, 12), newText: '2025' },
      { uri: 'file:///p.txt', version: 3, range: range(9, 0, 9, 4), newText: '2025' },
    ]);
  });

  it('a rollover: one line per change and review item, with 1-based line:column', () => {
    assert.deepEqual(rolloverLines(reply), [
      '已修改 5:9  2024 → 2025  关于印发《东丽区2024年食品安全监督管理计划》的通知',
      '请核对 1:1  东丽政办函〔2024〕12号：发文字号需按新文件重新编号，未自动修改',
    ]);
    assert.deepEqual(rolloverLines({ ...reply, changes: [], review: [] }), []);
  });
});
