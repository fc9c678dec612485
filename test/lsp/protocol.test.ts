// Protocol tests: the bundled server over stdio, driven like an editor would.
import { strict as assert } from 'node:assert';
import type { CodeAction, CompletionList, DocumentSymbol, FoldingRange, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, TestClient } from './support/client';
import { positionOf, readFixture, tempWorkspace } from './support/workspace';

const PLAN = readFixture('plan.txt');

describe('lsp: initialize over stdio and IPC', () => {
  const expectCapabilities = (r: InitializeResult) => {
    const c = r.capabilities;
    assert.equal(r.serverInfo?.name, 'fsplan');
    assert.ok(c.hoverProvider);
    assert.ok(c.completionProvider);
    assert.ok(c.documentSymbolProvider);
    assert.ok(c.foldingRangeProvider);
    assert.ok(c.definitionProvider);
    assert.deepEqual((c.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.fsplan']);
    assert.deepEqual(c.executeCommandProvider?.commands, ['fsplan.renumber', 'fsplan.compare', 'fsplan.draftFromMunicipal', 'fsplan.rollover']);
  };
  it('--stdio', async () => {
    const client = await TestClient.start();
    expectCapabilities(client.initializeResult);
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined, 'no pull diagnostics for a client without support');
    await client.stop();
  });
  it('--node-ipc (VS Code)', async () => {
    const client = await TestClient.start({ transport: 'ipc' });
    expectCapabilities(client.initializeResult);
    await client.stop();
  });
});

describe('lsp: pushed diagnostics and code actions', () => {
  let client: TestClient;
  let ws: ReturnType<typeof tempWorkspace>;
  let uri: string;
  beforeEach(async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir });
    uri = client.open(ws.file('plan.txt'), PLAN);
  });
  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });

  it('publishes diagnostics with rule id, doc link and version', async () => {
    const p = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]),
      [
        ['numbering/marker-style', 8, 0, 2],
        ['numbering/marker-style', 12, 0, 2],
      ],
    );
    assert.match(p.diagnostics[0].codeDescription!.href, /docs\/rules\/numbering\/marker-style\.md$/);
    assert.equal(p.diagnostics[0].source, 'fsplan');
    assert.match(String(p.diagnostics[0].message), /应写作“2\.”/);
  });

  it('quick fix is preferred; applying it removes the diagnostic', async () => {
    const [first] = (await client.diagnosticsFor(uri, 1)).diagnostics;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: first.range,
      context: { diagnostics: [first] },
    });
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, ['改为“2.”', '修复本文件中所有此类问题（numbering/marker-style）', '禁用规则 numbering/marker-style（写入 .fsplanrc.json）']);
    const fix = actions[0];
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.diagnostics?.[0].code, 'numbering/marker-style');
    client.applyWorkspaceEdit(fix.edit!);
    assert.ok(client.text(uri).includes('\n2.开展包保督导'));
    const after = await client.currentDiagnostics(uri);
    assert.deepEqual(after.map((d) => d.range.start.line), [12], 'only the other finding is left');
  });

  it('fix-all of one rule and source.fixAll.fsplan fix every finding in one edit', async () => {
    await client.diagnosticsFor(uri, 1);
    const all = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(all.map((a) => [a.title, a.kind]), [['修复本文件中所有可自动修复的问题（fsplan）', 'source.fixAll.fsplan']]);
    client.applyWorkspaceEdit(all[0].edit!);
    assert.deepEqual(await client.currentDiagnostics(uri), []);
    assert.ok(client.text(uri).includes('\n3.推进校园食品安全'));
    const perRule = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 8, character: 0 }, end: { line: 8, character: 2 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(perRule, [], 'nothing left to fix');
  });

  it('disabling a rule creates .fsplanrc.json next to the plan; the watcher re-checks', async () => {
    const reg = await client.registrations.next((r) => r.method === 'workspace/didChangeWatchedFiles', true);
    const globs = (reg.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
    assert.ok(globs.includes('**/.fsplanrc.json'));
    const [first] = (await client.diagnosticsFor(uri, 1)).diagnostics;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } });
    const disable = actions.find((a) => a.title.startsWith('禁用规则'))!;
    const changes = disable.edit!.documentChanges!;
    const configUri = fileUri(ws.file('.fsplanrc.json'));
    assert.deepEqual(changes[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
    const content = (changes[1] as { edits: Array<{ newText: string }> }).edits[0].newText;
    assert.deepEqual(JSON.parse(content), { rules: { 'numbering/marker-style': 'off' } });
    ws.write('.fsplanrc.json', content);
    const before = client.diagnostics.all.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    const p = await client.diagnostics.next((d) => d.uri === uri && client.diagnostics.all.indexOf(d) >= before);
    assert.deepEqual(p.diagnostics, []);
  });

  it('disabling a rule again edits the nearest existing config, keeping its settings', async () => {
    ws.write('.fsplanrc.json', JSON.stringify({ root: true, rules: {} }));
    const [first] = (await client.diagnosticsFor(uri, 1)).diagnostics;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } });
    const disable = actions.find((a) => a.title.startsWith('禁用规则'))!;
    const changes = disable.edit!.documentChanges!;
    assert.equal(changes.length, 1);
    const text = (changes[0] as { edits: Array<{ newText: string }> }).edits[0].newText;
    assert.deepEqual(JSON.parse(text), { root: true, rules: { 'numbering/marker-style': 'off' } });
  });

  it('hover: heading marker, department mention', async () => {
    await client.diagnosticsFor(uri, 1);
    const marker = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(PLAN, '3、推进') });
    const m = (marker.contents as MarkupContent).value;
    assert.match(m, /三级标题/);
    assert.match(m, /按顺序应为“3\.”/);
    const chapter = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(PLAN, '二、加强') });
    assert.match((chapter.contents as MarkupContent).value, /一级标题[\s\S]*按顺序应为“二、”[\s\S]*下设 2 项/);
    const dept = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(PLAN, '区食安办牵头', 2) });
    const d = (dept.contents as MarkupContent).value;
    assert.match(d, /\*\*东丽区食品安全委员会办公室\*\*[\s\S]*可用写法：“区食安办”/);
    assert.match(d, /本条职责：牵头/);
    assert.match(d, /在本计划中牵头 2 项：\n- 1\.完善责任清单\n- 2、开展包保督导/);
    const cooperating = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(PLAN, '区教育局', 1) });
    assert.match((cooperating.contents as MarkupContent).value, /本条职责：负责[\s\S]*没有牵头的条目/);
    const plain = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(PLAN, '修订区级') });
    assert.equal(plain, null);
  });

  it('completion inside a note: department names then role phrases; nothing outside', async () => {
    const pos = positionOf(PLAN, '（区市场监管局负责）', 1);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: pos });
    const sorted = [...list.items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label);
    // the names the plan uses come first, then the registry's other names for this district, then role phrases
    assert.deepEqual(sorted.slice(0, 5), ['区市场监管局', '区食安办', '区农业农村委', '区教育局', '各街道']);
    assert.deepEqual(sorted.slice(-4), ['牵头', '负责', '按职责分工负责', '配合']);
    assert.ok(sorted.includes('区卫生健康委') && sorted.includes('公安东丽分局'), 'registry names valid in this plan');
    assert.ok(!sorted.includes('公安红桥分局'), 'no other district');
    // an unclosed bracket being typed at the end of an item
    const end = { line: 12, character: client.text(uri).split('\n')[12].length };
    client.edit(uri, [{ range: { start: end, end }, newText: '（区' }]);
    const typing = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 12, character: end.character + 2 },
    });
    const edu = typing.items.find((i) => i.label === '区教育局')!;
    assert.deepEqual(edu.textEdit, { range: { start: { line: 12, character: end.character + 1 }, end: { line: 12, character: end.character + 2 } }, newText: '区教育局' }, 'replaces the typed 区');
    // right after a complete name the role phrases come first
    client.edit(uri, [{ range: { start: { line: 12, character: end.character + 2 }, end: { line: 12, character: end.character + 2 } }, newText: '教育局' }]);
    const afterName = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 12, character: end.character + 5 } });
    const firstAfterName = [...afterName.items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))[0].label;
    assert.equal(firstAfterName, '牵头');
    client.edit(uri, [{ range: { start: { line: 12, character: end.character + 2 }, end: { line: 12, character: end.character + 5 } }, newText: '' }]);
    // a role phrase replaces only what was typed of it
    const v = client.edit(uri, [{ range: { start: { line: 12, character: end.character + 2 }, end: { line: 12, character: end.character + 2 } }, newText: '教育局牵' }]);
    assert.equal(v, 5);
    const role = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 12, character: end.character + 6 } });
    assert.deepEqual(role.items.find((i) => i.label === '牵头')!.textEdit, { range: { start: { line: 12, character: end.character + 5 }, end: { line: 12, character: end.character + 6 } }, newText: '牵头' });
    assert.deepEqual(role.items.find((i) => i.label === '负责')!.textEdit, { range: { start: { line: 12, character: end.character + 6 }, end: { line: 12, character: end.character + 6 } }, newText: '负责' });
    const outside = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionOf(PLAN, '修订区级') });
    assert.deepEqual(outside.items, []);
  });

  it('document symbols: chapters with their items; folding ranges', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const tree = symbols.map((s) => [s.name, s.range.start.line, (s.children ?? []).map((c) => c.name)]);
    assert.deepEqual(tree, [
      ['一、落实监管责任', 4, ['1.完善责任清单', '2、开展包保督导']],
      ['二、加强日常检查', 10, ['3、推进校园食品安全', '4.加强农贸市场检查']],
    ]);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(
      folds.map((f) => [f.startLine, f.endLine]),
      [
        [4, 8],
        [10, 15],
        [14, 15],
      ],
    );
  });
});
