// The engines: the one for big plans (a child process) ends when its last plan
// is closed, so the memory a 19 MB plan made it grow to is given back; a small
// plan keeps its own worker meanwhile. Edits travel instead of texts.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { Engine, BIG_PLAN } from '../../server/src/lsp/engine';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { repoRoot } from './support/client';
import { readFixture } from './support/workspace';

const PLAN = readFixture('plan.txt');
const engineScript = path.join(repoRoot, 'dist', 'engine.js');

describe('lsp: engines', function () {
  this.timeout(120_000);
  it('the engine for big plans ends when its last plan is closed and starts again for the next one', async () => {
    const engine = new Engine(engineScript, () => undefined, () => undefined);
    try {
      const body = PLAN.slice(PLAN.indexOf('一、'));
      let text = PLAN;
      while (text.length < BIG_PLAN) text += body;
      const big = { uri: 'file:///工作区/大计划.txt', version: 1, getText: () => text };
      const small = { uri: 'file:///工作区/计划.txt', version: 1, getText: () => PLAN };
      const symbols = (await engine.request('symbols', big, DEFAULT_SETTINGS)).json.value<unknown[]>();
      assert.ok(symbols.length > 10);
      await engine.request('symbols', small, DEFAULT_SETTINGS);
      assert.equal(engine.bigEngineRunning, true);
      engine.forget(big.uri);
      assert.equal(engine.bigEngineRunning, false, 'the process and its memory are gone');
      assert.ok((await engine.request('symbols', small, DEFAULT_SETTINGS)).json.value<unknown[]>().length > 0, 'small plans are still served');
      const again = (await engine.request('symbols', { ...big, version: 2 }, DEFAULT_SETTINGS)).json.value<unknown[]>();
      assert.equal(again.length, symbols.length);
      assert.equal(engine.bigEngineRunning, true);
    } finally {
      await engine.stop();
    }
  });

  it('after the text, only the edits are sent, and the engine checks the edited text', async () => {
    const engine = new Engine(engineScript, () => undefined, () => undefined);
    try {
      let text = PLAN;
      let sent = 0;
      const doc = { uri: 'file:///工作区/计划.txt', version: 1, getText: () => (sent++, text) };
      const before = (await engine.request('symbols', doc, DEFAULT_SETTINGS)).json.value<Array<{ name: string }>>();
      assert.equal(sent, 2, 'routing reads the length, the first request sends the text');
      // rename the first chapter, as an editor's incremental didChange would
      const at = text.indexOf('落实监管责任');
      const line = text.slice(0, at).split('\n').length - 1;
      const character = at - text.lastIndexOf('\n', at) - 1;
      const change = { range: { start: { line, character }, end: { line, character: character + 2 } }, text: '压实' };
      text = text.slice(0, at) + '压实' + text.slice(at + 2);
      engine.changed(doc.uri, 1, 2, [change]);
      sent = 0;
      const after = (await engine.request('symbols', { ...doc, version: 2 }, DEFAULT_SETTINGS)).json.value<Array<{ name: string }>>();
      assert.equal(sent, 1, 'only routing read the text: the edit travelled instead');
      assert.ok(before.some((s) => s.name.includes('落实监管责任')));
      assert.ok(after.some((s) => s.name.includes('压实监管责任')), JSON.stringify(after.map((s) => s.name)));
    } finally {
      await engine.stop();
    }
  });

  it('a queued request whose document changed before its turn, or that the client cancelled, is not run', async () => {
    const engine = new Engine(engineScript, () => undefined, () => undefined);
    try {
      // a plan just under the big-plan size keeps the worker busy while the others queue behind it
      const body = PLAN.slice(PLAN.indexOf('一、'));
      let text = PLAN;
      while (text.length + body.length < BIG_PLAN) text += body;
      const code = (p: Promise<unknown>) => p.then(() => 'answered', (e: unknown) => (e instanceof ResponseError ? e.code : String(e)));
      const busy = engine.request('diagnostics', { uri: 'file:///工作区/长计划.txt', version: 1, getText: () => text }, DEFAULT_SETTINGS);
      const doc = { uri: 'file:///工作区/计划.txt', version: 1, getText: () => PLAN };
      const old = code(engine.request('symbols', doc, DEFAULT_SETTINGS));
      const source = new CancellationTokenSource();
      const other = { uri: 'file:///工作区/另一计划.txt', version: 1, getText: () => PLAN };
      const cancelled = code(engine.request('symbols', other, DEFAULT_SETTINGS, undefined, source.token));
      source.cancel();
      const edited = PLAN.replace('落实监管责任', '压实监管责任');
      engine.changed(doc.uri, 1, 2, [{ text: edited }]);
      const current = engine.request('symbols', { ...doc, version: 2, getText: () => edited }, DEFAULT_SETTINGS);
      assert.equal(await old, LSPErrorCodes.ContentModified, 'version 1 changed before its turn');
      assert.equal(await cancelled, LSPErrorCodes.RequestCancelled);
      const names = (await current).json.value<Array<{ name: string }>>().map((s) => s.name);
      assert.ok(names.some((n) => n.includes('压实监管责任')), names.join());
      assert.ok((await busy).json.value<unknown[]>().length > 0);
    } finally {
      await engine.stop();
    }
  });
});
