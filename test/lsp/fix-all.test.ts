// source.fixAll.fsplan over the protocol: one code action fixes until nothing
// is left to fix (a renumbering that a marker fix makes possible included),
// the same text as `fsplan check --fix`, so fix-on-save needs one save.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { resolveRules } from '../../server/src/core/engine/config';
import { applyEdits, fixAll, selectFixes } from '../../server/src/core/engine/fix';
import { lintText } from '../../server/src/core/engine/linter';
import { RULES } from '../../server/src/rules';
import { TestClient } from './support/client';
import { tempWorkspace } from './support/workspace';

const SAMPLE = '河北区2025年食品安全监督管理计划.txt';
const TEXT = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', SAMPLE), 'utf8');

describe('lsp: fix-all until nothing changes', () => {
  let client: TestClient;
  let ws: ReturnType<typeof tempWorkspace>;
  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });

  it('one source.fixAll.fsplan edit gives what --fix gives, with nothing fixable left', async () => {
    const rules = resolveRules(RULES, []);
    const lint = (t: string) => lintText(t, rules).findings;
    const expected = fixAll(TEXT, lint).text;
    assert.ok(lint(applyEdits(TEXT, selectFixes(lint(TEXT)))).some((f) => f.fix), 'one pass leaves something to fix in the sample');
    ws = tempWorkspace({ [SAMPLE]: TEXT });
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir });
    const uri = client.open(ws.file(SAMPLE), TEXT);
    await client.diagnosticsFor(uri, 1);
    const [action] = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.fsplan'] },
    });
    assert.equal(action.kind, 'source.fixAll.fsplan');
    client.applyWorkspaceEdit(action.edit!);
    assert.equal(client.text(uri), expected);
    const left = await client.currentDiagnostics(uri);
    const again = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.fsplan'] },
    });
    assert.deepEqual(again, [], `nothing left to fix (${left.length} findings without a fix remain)`);
  });
});
