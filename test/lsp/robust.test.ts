// Protocol tests: pull diagnostics, bursts of edits, closed documents,
// cancellation and a 5 MB document. Waits on events only.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import type { DocumentDiagnosticReport, FullDocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { resolveRules } from '../../server/src/core/engine/config';
import { lintText } from '../../server/src/core/engine/linter';
import { RULES } from '../../server/src/rules';
import { fileUri, serverModule, TestClient } from './support/client';
import { readFixture, tempWorkspace } from './support/workspace';

const PLAN = readFixture('plan.txt');

describe('lsp: pull diagnostics', () => {
  let client: TestClient;
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    client = await TestClient.start({ pull: true, settings: {}, workspaceFolder: ws.dir });
  });
  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });

  it('advertises a diagnostic provider and answers textDocument/diagnostic for the current version', async () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'fsplan', interFileDependencies: false, workspaceDiagnostics: false });
    const uri = client.open(ws.file('plan.txt'), PLAN);
    const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual((report as FullDocumentDiagnosticReport).items.map((d) => [d.code, d.range.start.line]), [
      ['numbering/marker-style', 8],
      ['numbering/marker-style', 12],
    ]);
    client.edit(uri, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 2 } }, newText: '2.' }]);
    const after = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(after.items.map((d) => d.range.start.line), [12]);
  });

  it('a config change asks the client to refresh; the next pull uses the new config', async () => {
    const uri = client.open(ws.file('plan.txt'), PLAN);
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
    ws.write('.fsplanrc.json', '{ "rules": { "numbering/marker-style": "off" } }');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(ws.file('.fsplanrc.json')), type: 1 }] });
    await client.refreshes.next();
    const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(report.items, []);
    assert.equal(client.diagnostics.all.filter((p) => p.uri === uri).length, 0, 'nothing pushed to a pull client');
  });

  it('fsplan.run = onSave: pulls return the result of the last save until the next save', async () => {
    client.settings = { run: 'onSave' };
    const uri = client.open(ws.file('plan.txt'), PLAN);
    await client.refreshes.next();
    const pull = () => client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } }).then((r) => r.items.length);
    assert.equal(await pull(), 2);
    client.edit(uri, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 2 } }, newText: '2.' }]);
    assert.equal(await pull(), 2, 'typing does not re-check');
    const n = client.refreshes.all.length;
    client.save(uri);
    await client.refreshes.next(() => client.refreshes.all.length > n);
    assert.equal(await pull(), 1, 're-checked on save');
  });

  it('a closed document has no diagnostics', async () => {
    const report = await client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: fileUri(ws.file('plan.txt')) } });
    assert.deepEqual(report.items, []);
  });
});

describe('lsp: robustness', () => {
  let client: TestClient;
  let ws: ReturnType<typeof tempWorkspace>;
  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });

  it('1,000 edits in a burst: few publishes, the last one for the final version and its text', async () => {
    ws = tempWorkspace({});
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir, debounceMs: 50 });
    const uri = client.open(ws.file('burst.txt'), PLAN);
    await client.diagnosticsFor(uri, 1);
    const n = client.diagnostics.all.length;
    for (let i = 0; i < 1000; i++) {
      // alternately break and repair the marker of item 1 (line 6), and append text at the end
      const broken = i % 2 === 0;
      client.edit(uri, [{ range: { start: { line: 6, character: 1 }, end: { line: 6, character: 2 } }, newText: broken ? '、' : '.' }]);
    }
    const last = client.edit(uri, [{ range: { start: { line: 6, character: 1 }, end: { line: 6, character: 2 } }, newText: '、' }]);
    assert.equal(last, 1002);
    const final = await client.diagnosticsFor(uri, last, false);
    const expected = lintText(client.text(uri), resolveRules(RULES, [])).findings.length;
    assert.equal(final.diagnostics.length, expected);
    assert.equal(final.diagnostics.length, 3);
    const published = client.diagnostics.all.slice(n).filter((p) => p.uri === uri);
    assert.ok(published.length < 20, `debounced: ${published.length} publishes for 1,001 edits`);
    assert.ok(published.every((p, i) => i === 0 || p.version! > published[i - 1].version!), 'versions only increase');
  });

  it('requests for a closed or unknown document answer null; the server keeps working', async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir });
    const uri = client.open(ws.file('plan.txt'), PLAN);
    await client.diagnosticsFor(uri, 1);
    client.close(uri);
    const cleared = await client.diagnostics.next((p) => p.uri === uri && p.diagnostics.length === 0, true);
    assert.deepEqual(cleared.diagnostics, []);
    const pos = { line: 4, character: 0 };
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) {
      assert.equal(await client.request(method, { textDocument: { uri }, position: pos }), null, method);
    }
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange']) {
      assert.equal(await client.request(method, { textDocument: { uri: 'untitled:none' } }), null, method);
    }
    assert.equal(await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } }), null);
    const again = client.open(ws.file('plan.txt'), PLAN);
    assert.equal((await client.diagnosticsFor(again, 1, false)).diagnostics.length, 2);
  });

  it('a cancelled request does not disturb the next one', async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir });
    const uri = client.open(ws.file('plan.txt'), PLAN);
    const source = new CancellationTokenSource();
    const params = { textDocument: { uri }, position: { line: 4, character: 0 } };
    const cancelled = client.conn.sendRequest('textDocument/hover', params, source.token).then(
      (r) => ({ result: r }),
      (e: { code: number }) => ({ code: e.code }),
    );
    source.cancel();
    const outcome = await cancelled;
    assert.ok('code' in outcome ? outcome.code === -32800 : outcome.result === null || typeof outcome.result === 'object');
    const hover = await client.request<Hover>('textDocument/hover', params);
    assert.match(JSON.stringify(hover.contents), /一级标题/);
  });

  it('a 5 MB document is checked off the connection thread: a small plan is served meanwhile', async function () {
    this.timeout(300_000); // checking 5 MB takes seconds (minutes on a loaded machine); the assertion is that the small plan is not kept waiting
    ws = tempWorkspace({});
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir, debounceMs: 0 });
    const smallUri = client.open(ws.file('small.txt'), PLAN);
    assert.equal((await client.diagnosticsFor(smallUri, 1)).diagnostics.length, 2);
    const body = PLAN.slice(PLAN.indexOf('一、'));
    let big = PLAN;
    while (Buffer.byteLength(big, 'utf8') < 5 * 1024 * 1024) big += body.repeat(200);
    const bigUri = client.open(ws.file('big.txt'), big);
    const order: string[] = [];
    const bigSymbols = client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: bigUri } }).then((r) => {
      order.push('big');
      return r;
    });
    const smallHover = client.request<Hover>('textDocument/hover', { textDocument: { uri: smallUri }, position: { line: 4, character: 0 } }).then((r) => {
      order.push('small');
      return r;
    });
    const [symbols, hover] = await Promise.all([bigSymbols, smallHover]);
    assert.deepEqual(order, ['small', 'big'], 'the small plan is not queued behind the big one');
    assert.match(JSON.stringify(hover.contents), /一级标题/);
    assert.ok(symbols.length > 1000, `${symbols.length} chapters`);
    const bigDiag = await client.diagnosticsFor(bigUri, 1);
    assert.ok(bigDiag.diagnostics.length > 1000, `${bigDiag.diagnostics.length} findings`);
    // an edit at the end of the big document: the next diagnostics are for that version
    const lines = big.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const v = client.edit(bigUri, [{ range: { start: end, end }, newText: '\n' }]);
    assert.equal((await client.diagnosticsFor(bigUri, v, false)).version, v);
  });
});

/**
 * A server spoken to with raw JSON-RPC messages, so params can be exactly
 * `null` or any shape (a typed client refuses to send them).
 */
class RawServer {
  private buf = Buffer.alloc(0);
  private readonly waiting = new Map<number, (m: { result?: unknown; error?: { code: number; message: string } }) => void>();
  private id = 0;
  constructor(private readonly proc: ReturnType<typeof spawn>) {
    proc.stdout!.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (;;) {
        const head = this.buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString())![1]);
        if (this.buf.length < head + 4 + len) return;
        const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8'));
        this.buf = this.buf.subarray(head + 4 + len);
        if (msg.id !== undefined && !msg.method) this.waiting.get(msg.id)?.(msg);
        else if (msg.id !== undefined && msg.method) this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? [{}] : null });
      }
    });
  }
  send(m: object): void {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.proc.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin!.write(body);
  }
  request(method: string, params: unknown): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const id = ++this.id;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }
}

describe('lsp: requests with bad params', () => {
  let proc: ReturnType<typeof spawn>;
  let raw: RawServer;
  let ws: ReturnType<typeof tempWorkspace>;
  before(async () => {
    ws = tempWorkspace({ 'plan.txt': PLAN });
    proc = spawn(process.execPath, [serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    raw = new RawServer(proc);
    await raw.request('initialize', { processId: null, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
    raw.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  });
  after(() => {
    proc.kill();
    ws.dispose();
  });

  const bad: Array<[string, unknown]> = [
    ['textDocument/documentSymbol', null],
    ['textDocument/documentSymbol', { textDocument: null }],
    ['textDocument/foldingRange', {}],
    ['textDocument/hover', { textDocument: { uri: 'file:///x.txt' } }],
    ['textDocument/hover', { textDocument: { uri: 'file:///x.txt' }, position: { line: -1, character: 'a' } }],
    ['textDocument/completion', null],
    ['textDocument/definition', { position: { line: 0, character: 0 } }],
    ['textDocument/codeAction', { textDocument: { uri: 'file:///x.txt' }, range: null, context: { diagnostics: [] } }],
    ['textDocument/codeAction', { textDocument: { uri: 'file:///x.txt' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
    ['workspace/executeCommand', null],
    ['textDocument/diagnostic', null],
  ];
  for (const [method, params] of bad) {
    it(`${method} with ${JSON.stringify(params)} is InvalidParams, not a TypeError`, async () => {
      const r = await raw.request(method, params);
      assert.ok(r.error, JSON.stringify(r));
      assert.equal(r.error.code, -32602, r.error.message);
      assert.doesNotMatch(r.error.message, /TypeError|Cannot read/);
      assert.match(r.error.message, /参数无效/);
    });
  }

  it('the server still answers afterwards', async () => {
    const uri = fileUri(ws.file('plan.txt'));
    raw.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'fsplan', version: 1, text: PLAN } } });
    const r = await raw.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(r.result) && r.result.length > 0, JSON.stringify(r));
  });
});

describe('lsp: a hostile workspace configuration', () => {
  it('registry and municipal plan naming devices: the server says so and keeps serving', async function () {
    this.timeout(60_000);
    const ws = tempWorkspace({ 'plan.txt': PLAN, '.fsplanrc.json': '{ "registry": "/dev/zero", "municipalPlan": "/dev/urandom" }' });
    const client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir });
    try {
      const uri = client.open(ws.file('plan.txt'), PLAN);
      const message = await client.messages.next((m) => /dev\/(zero|urandom)/.test(m.message));
      assert.match(message.message, /不是普通文件/);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 0 } });
      assert.ok(hover, 'still answering');
    } finally {
      await client.stop();
      ws.dispose();
    }
  });
});
