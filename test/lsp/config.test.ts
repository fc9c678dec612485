// Protocol tests: .fsplanrc.json, editor settings, watched files and commands.
import { strict as assert } from 'node:assert';
import type { ResponseError } from 'vscode-jsonrpc';
import { fileUri, TestClient } from './support/client';
import { readFixture, tempWorkspace } from './support/workspace';

const PLAN = readFixture('plan.txt');
const codes = (ds: Array<{ code?: number | string }>) => ds.map((d) => d.code);

describe('lsp: configuration', () => {
  let client: TestClient;
  let ws: ReturnType<typeof tempWorkspace>;
  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });

  it('a broken .fsplanrc.json: message + diagnostic on the config file, plans checked on defaults; fixing it re-checks', async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN, '.fsplanrc.json': '{\n  "rules": {\n    "numbering/marker-styl": "off"\n  }\n}\n' });
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir });
    const uri = client.open(ws.file('plan.txt'), PLAN);
    const configUri = fileUri(ws.file('.fsplanrc.json'));
    const [msg, configDiag, planDiag] = await Promise.all([
      client.messages.next(() => true, true),
      client.diagnosticsFor(configUri),
      client.diagnosticsFor(uri, 1),
    ]);
    assert.equal(msg.type, 1);
    assert.match(msg.message, /\.fsplanrc\.json[\s\S]*没有名为“numbering\/marker-styl”的规则，是否想写“numbering\/marker-style”[\s\S]*按默认设置检查/);
    assert.equal(configDiag.diagnostics.length, 1);
    assert.deepEqual(configDiag.diagnostics[0].range, { start: { line: 2, character: 4 }, end: { line: 2, character: 27 } });
    assert.deepEqual(codes(planDiag.diagnostics), ['numbering/marker-style', 'numbering/marker-style'], 'defaults still apply');
    ws.write('.fsplanrc.json', '{ "rules": { "numbering/marker-style": "error" } }');
    const n = client.diagnostics.all.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const cleared = await client.diagnostics.next((p) => p.uri === configUri && client.diagnostics.all.indexOf(p) >= n);
    assert.deepEqual(cleared.diagnostics, []);
    const rechecked = await client.diagnostics.next((p) => p.uri === uri && client.diagnostics.all.indexOf(p) >= n);
    assert.deepEqual(rechecked.diagnostics.map((d) => d.severity), [1, 1], 'severity from the fixed config');
  });

  it('an open .fsplanrc.json is validated as it is edited', async () => {
    ws = tempWorkspace({});
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir });
    const bad1 = '{ "rules": { "numbering/marker-style": "loud" } }';
    const uri = client.open(ws.file('.fsplanrc.json'), bad1, 'json');
    const bad = await client.diagnosticsFor(uri, 1);
    assert.equal(bad.diagnostics.length, 1);
    assert.match(String(bad.diagnostics[0].message), /取值不对/);
    const at = bad1.indexOf('"loud"');
    client.edit(uri, [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + 6 } }, newText: '"off"' }]);
    assert.equal(client.text(uri), '{ "rules": { "numbering/marker-style": "off" } }');
    assert.deepEqual((await client.diagnosticsFor(uri, 2)).diagnostics, []);
  });

  it('fsplan.enable = false clears diagnostics; true brings them back', async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    client = await TestClient.start({ settings: { enable: true }, workspaceFolder: ws.dir });
    const uri = client.open(ws.file('plan.txt'), PLAN);
    assert.equal((await client.diagnosticsFor(uri, 1)).diagnostics.length, 2);
    const reg = await client.registrations.next((r) => r.method === 'workspace/didChangeConfiguration', true);
    assert.deepEqual(reg.registerOptions, { section: 'fsplan' });
    client.settings = { enable: false };
    let n = client.diagnostics.all.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const off = await client.diagnostics.next((p) => p.uri === uri && client.diagnostics.all.indexOf(p) >= n);
    assert.deepEqual(off.diagnostics, []);
    client.settings = { enable: true };
    n = client.diagnostics.all.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const on = await client.diagnostics.next((p) => p.uri === uri && client.diagnostics.all.indexOf(p) >= n);
    assert.equal(on.diagnostics.length, 2);
  });

  it('clients without workspace/configuration: settings from didChangeConfiguration', async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    client = await TestClient.start({ workspaceFolder: ws.dir });
    const uri = client.open(ws.file('plan.txt'), PLAN);
    assert.equal((await client.diagnosticsFor(uri, 1)).diagnostics.length, 2);
    const n = client.diagnostics.all.length;
    client.notify('workspace/didChangeConfiguration', { settings: { fsplan: { enable: false } } });
    const off = await client.diagnostics.next((p) => p.uri === uri && client.diagnostics.all.indexOf(p) >= n);
    assert.deepEqual(off.diagnostics, []);
  });

  it('fsplan.run = onSave: typing does not re-check, saving does', async () => {
    ws = tempWorkspace({ 'a.txt': PLAN, 'b.txt': PLAN });
    client = await TestClient.start({ settings: { run: 'onSave' }, workspaceFolder: ws.dir });
    const a = client.open(ws.file('a.txt'), PLAN);
    assert.equal((await client.diagnosticsFor(a, 1)).diagnostics.length, 2, 'checked when opened');
    const line8 = { line: 8, character: 0 };
    client.edit(a, [{ range: { start: line8, end: { line: 8, character: 2 } }, newText: '2.' }]);
    // b is opened after the edit with the same debounce: when its diagnostics arrive, a's change timer has fired
    const b = client.open(ws.file('b.txt'), PLAN);
    await client.diagnosticsFor(b, 1);
    assert.equal(client.diagnostics.all.filter((p) => p.uri === a && p.version === 2).length, 0, 'no re-check while typing');
    client.save(a);
    assert.equal((await client.diagnosticsFor(a, 2)).diagnostics.length, 1, 're-checked on save');
  });
});

describe('lsp: municipal plan and commands', () => {
  let client: TestClient;
  let ws: ReturnType<typeof tempWorkspace>;
  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });

  const run = (command: string, uri: string) =>
    client.request<unknown>('workspace/executeCommand', { command, arguments: [uri] }).then(
      (r) => ({ ok: r }),
      (e: ResponseError<unknown>) => ({ error: e.message, data: e.data }),
    );

  it('a missing municipal plan is reported; creating it is picked up through the watcher', async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    client = await TestClient.start({ settings: { municipalPlan: 'ref/市级计划.txt' }, workspaceFolder: ws.dir });
    const uri = client.open(ws.file('plan.txt'), PLAN);
    const msg = await client.messages.next(() => true, true);
    assert.equal(msg.type, 2);
    assert.match(msg.message, /无法读取市级计划 .*市级计划\.txt（文件不存在）.*fsplan\.municipalPlan/);
    await client.diagnosticsFor(uri, 1);
    const watcher = await client.registrations.next(
      (r) => JSON.stringify(r.registerOptions).includes('**/市级计划.txt'),
      true,
    );
    assert.equal(watcher.method, 'workspace/didChangeWatchedFiles', 'the municipal plan is watched');
    const missing = (await run('fsplan.compare', uri)) as { error: string; data: unknown };
    assert.match(missing.error, /^设置 fsplan\.municipalPlan 指定的市级计划 .*市级计划\.txt 无法读取（文件不存在）。请选择市级计划文件/);
    assert.deepEqual(missing.data, { reason: 'municipalPlanMissing' }, 'the client offers to pick the file');
    const municipal = ws.write('ref/市级计划.txt', readFixture('municipal.txt'));
    const n = client.diagnostics.all.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(municipal), type: 1 }] });
    await client.diagnostics.next((p) => p.uri === uri && client.diagnostics.all.indexOf(p) >= n);
    const compared = await run('fsplan.compare', uri);
    assert.ok('ok' in compared, `the municipal plan is now loaded: ${JSON.stringify(compared)}`);
    const { markdown, html } = compared.ok as { markdown: string; html: string };
    assert.match(markdown, /^# 与市级计划对比/);
    assert.match(html, /<table class="compare">/);
    assert.match(html, /设置 fsplan\.municipalPlan 指定/);
    assert.doesNotMatch(html, /<script|\ssrc=/i, 'no script and nothing loaded');
  });

  it('a missing registry file is reported once, naming the setting', async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    client = await TestClient.start({ settings: { registryPath: '名录.json' }, workspaceFolder: ws.dir });
    const uri = client.open(ws.file('plan.txt'), PLAN);
    const msg = await client.messages.next(() => true, true);
    assert.match(msg.message, /无法读取部门名录 .*名录\.json（文件不存在）。请检查设置 fsplan\.registryPath/);
    assert.equal((await client.diagnosticsFor(uri, 1)).diagnostics.length, 2, 'checked without the registry');
    const v = client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: ' ' }]);
    await client.diagnosticsFor(uri, v);
    assert.equal(client.messages.all.length, 1, 'not repeated on every check');
  });

  it('commands reject closed documents and unknown commands with a Chinese message', async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir });
    const closed = fileUri(ws.file('plan.txt'));
    assert.match((await run('fsplan.renumber', closed) as { error: string }).error, /没有打开/);
    const uri = client.open(ws.file('plan.txt'), PLAN);
    assert.match((await run('fsplan.nothing', uri) as { error: string }).error, /未知命令“fsplan.nothing”/);
    const noArg = await client.request('workspace/executeCommand', { command: 'fsplan.compare', arguments: [] }).catch((e: Error) => e.message);
    assert.match(String(noArg), /需要一个参数/);
  });
});
