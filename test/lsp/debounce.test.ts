// fsplan.debounce: the wait before pushed diagnostics is the setting (any
// size of plan), and the declared default is the server's.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_DEBOUNCE_MS, parseSettings } from '../../server/src/lsp/settings';
import { TestClient } from './support/client';
import { readFixture, tempWorkspace } from './support/workspace';

const PLAN = readFixture('plan.txt');

describe('lsp: fsplan.debounce', () => {
  it('the manifest declares the server’s default, documented in both editor guides', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.equal(pkg.contributes.configuration.properties['fsplan.debounce'].default, DEFAULT_DEBOUNCE_MS);
    assert.ok(DEFAULT_DEBOUNCE_MS <= 150, 'a short debounce');
    for (const doc of ['vscode.md', 'editors.md']) {
      assert.match(fs.readFileSync(path.join(__dirname, '..', '..', 'docs', doc), 'utf8'), new RegExp(`fsplan\\.debounce.*${DEFAULT_DEBOUNCE_MS}`), doc);
    }
  });

  it('settings keep a non-negative number, capped', () => {
    assert.equal(parseSettings({ debounce: 20 }).debounce, 20);
    assert.equal(parseSettings({ debounce: 1e9 }).debounce, 5000);
    assert.equal(parseSettings({ debounce: -1 }).debounce, undefined);
    assert.equal(parseSettings({ debounce: '20' }).debounce, undefined);
  });

  it('the setting decides the wait: with fsplan.debounce = 0 a change is checked though the default would wait a minute', async () => {
    const ws = tempWorkspace({ 'plan.txt': PLAN });
    const client = await TestClient.start({ settings: { debounce: 0 }, workspaceFolder: ws.dir, debounceMs: 60_000 });
    try {
      const uri = client.open(ws.file('plan.txt'), PLAN);
      const v = client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: ' ' }]);
      // waits on the pushed diagnostics of this version; with a 60 s debounce the test would time out
      const published = await client.diagnosticsFor(uri, v);
      assert.equal(published.version, v);
    } finally {
      await client.stop();
      ws.dispose();
    }
  });
});
