// The engine workers: the worker for big plans ends once its last plan is
// closed, so the memory a 19 MB plan made its heap grow to is given back; a
// small plan keeps its own worker meanwhile.
import { strict as assert } from 'node:assert';
import { Engine, BIG_PLAN } from '../../server/src/lsp/engine';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { serverModule } from './support/client';
import { readFixture } from './support/workspace';

const PLAN = readFixture('plan.txt');

describe('lsp: engine workers', function () {
  this.timeout(120_000);
  it('the big-plan worker ends when its last plan is closed and starts again for the next one', async () => {
    const engine = new Engine(serverModule, () => undefined, () => undefined);
    try {
      const body = PLAN.slice(PLAN.indexOf('一、'));
      let text = PLAN;
      while (text.length < BIG_PLAN) text += body;
      const big = { uri: 'file:///工作区/大计划.txt', version: 1, getText: () => text };
      const small = { uri: 'file:///工作区/计划.txt', version: 1, getText: () => PLAN };
      const symbols = await engine.request<unknown[]>('symbols', big, DEFAULT_SETTINGS);
      assert.ok(symbols.length > 10);
      await engine.request('symbols', small, DEFAULT_SETTINGS);
      assert.equal(engine.bigWorkerRunning, true);
      engine.forget(big.uri);
      assert.equal(engine.bigWorkerRunning, false, 'the worker and its heap are gone');
      assert.ok(((await engine.request<unknown[]>('symbols', small, DEFAULT_SETTINGS)) ?? []).length > 0, 'small plans are still served');
      const again = await engine.request<unknown[]>('symbols', { ...big, version: 2 }, DEFAULT_SETTINGS);
      assert.equal(again.length, symbols.length);
      assert.equal(engine.bigWorkerRunning, true);
    } finally {
      await engine.stop();
    }
  });
});
