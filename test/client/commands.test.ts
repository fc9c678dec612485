// Pure helpers of the client commands: the message of a failed server command
// (client/src/command-errors.ts) and the file name of a generated draft.
import * as assert from 'node:assert/strict';
import { readCommandFailure } from '../../client/src/command-errors';
import { draftFileName } from '../../client/src/drafting-replies';

describe('client: failed server commands', () => {
  it('shows the server’s Chinese message and keeps its reason', () => {
    const e = Object.assign(new Error('没有找到本计划引用的《天津市2026年食品安全监督管理计划》。请选择市级计划文件'), {
      code: -32602,
      data: { reason: 'municipalPlanMissing' },
    });
    assert.deepEqual(readCommandFailure(e, '与市级计划对比'), { message: e.message, reason: 'municipalPlanMissing' });
  });

  it('never shows English protocol errors or stacks', () => {
    for (const e of [new Error('Connection got disposed.'), { message: 'fsplan 内部错误：TypeError: x\n    at f (server.js:1:1)' }, undefined, 'x']) {
      const f = readCommandFailure(e, '重新编号');
      assert.equal(f.message, '“重新编号”没有完成：语言服务器出错，详见“输出”面板中的 fsplan 日志。');
      assert.equal(f.reason, undefined);
    }
  });
});

describe('client: draft file name', () => {
  it('is the plan title with .txt', () => {
    assert.equal(draftFileName('和平区2026年食品安全监督管理计划', () => false), '和平区2026年食品安全监督管理计划.txt');
  });

  it('never names an existing file: （草稿）, （草稿2） …', () => {
    const taken = new Set(['和平区2026年食品安全监督管理计划.txt', '和平区2026年食品安全监督管理计划（草稿）.txt']);
    assert.equal(draftFileName('和平区2026年食品安全监督管理计划', (n) => taken.has(n)), '和平区2026年食品安全监督管理计划（草稿2）.txt');
  });

  it('drops characters file systems refuse, and falls back to a name for an empty title', () => {
    assert.equal(draftFileName('某区/某县: 2026年计划?', () => false), '某区某县 2026年计划.txt');
    assert.equal(draftFileName('  ', () => false), '区级计划草稿.txt');
  });
});
