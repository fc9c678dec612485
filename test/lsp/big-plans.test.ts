// A 19 MB plan in the language server: while it is re-checked, requests on a
// small plan are answered (before the big check ends: the order of the
// replies, not their time, is asserted), and once it is closed the server
// holds nothing of it. Server state comes from the test-only request
// fsplan/_state (server/src/lsp/test-hooks.ts), with --expose-gc so that the
// heap is measured after a full collection.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import type { DocumentSymbol, FullDocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import type { ServerState } from '../../server/src/lsp/test-hooks';
import { TestClient } from './support/client';
import { readFixture, tempWorkspace } from './support/workspace';

const PLAN = readFixture('plan.txt');
const MB = 2 ** 20;

/** A plan of about `bytes` bytes of UTF-8: the fixture's chapters over and over (many findings, as a hostile plan has). */
function bigPlan(bytes: number): string {
  const body = PLAN.slice(PLAN.indexOf('一、'));
  const chunk = body.repeat(500);
  const parts = [PLAN];
  let size = Buffer.byteLength(PLAN);
  const chunkBytes = Buffer.byteLength(chunk);
  while (size < bytes) {
    parts.push(chunk);
    size += chunkBytes;
  }
  return parts.join('');
}

/** Resident set size of a process (Linux), else undefined. */
function rssOf(pid: number | undefined): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

describe('lsp: a 19 MB plan', function () {
  // checking 19 MB takes tens of seconds, minutes on a loaded machine; nothing below asserts on time
  this.timeout(900_000);
  let ws: ReturnType<typeof tempWorkspace> | undefined;
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    ws?.dispose();
    client = undefined;
    ws = undefined;
  });

  it('does not hold up a small plan while it is re-checked, and is wholly released when closed', async () => {
    ws = tempWorkspace({});
    client = await TestClient.start({ pull: true, settings: {}, workspaceFolder: ws.dir, nodeArgs: ['--expose-gc'], env: { FSPLAN_TEST_HOOKS: '1' } });
    const c = client;
    const state = () => c.request<ServerState>('fsplan/_state', null);
    const pull = (uri: string) => c.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });

    const smallUri = c.open(ws.file('small.txt'), PLAN);
    assert.equal((await pull(smallUri)).items.length, 2);
    const idle = await state();
    assert.equal(idle.collected, true, 'the server runs with --expose-gc');
    const idleRss = rssOf(c.proc.pid);

    const big = bigPlan(19 * MB);
    const bigUri = c.open(ws.file('big.txt'), big);
    // an edit at the end, then the check of the edited plan
    const lines = big.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    c.edit(bigUri, [{ range: { start: end, end }, newText: '\n' }]);
    const order: string[] = [];
    const bigCheck = pull(bigUri).then((r) => {
      order.push('big diagnostics');
      return r;
    });
    const hover = c.request<Hover>('textDocument/hover', { textDocument: { uri: smallUri }, position: { line: 4, character: 0 } }).then((r) => {
      order.push('small hover');
      return r;
    });
    const symbols = c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: smallUri } }).then((r) => {
      order.push('small symbols');
      return r;
    });
    const smallDiagnostics = pull(smallUri).then((r) => {
      order.push('small diagnostics');
      return r;
    });
    const [bigReport, hoverResult, symbolsResult, smallReport] = await Promise.all([bigCheck, hover, symbols, smallDiagnostics]);
    assert.deepEqual(order.slice(-1), ['big diagnostics'], `the small plan's requests are answered first: ${order.join(', ')}`);
    assert.match(JSON.stringify(hoverResult.contents), /一级标题/);
    assert.ok(symbolsResult.length > 0);
    assert.equal(smallReport.items.length, 2);
    assert.ok(bigReport.items.length > 10_000, `${bigReport.items.length} findings`);

    c.close(bigUri);
    // the engine for big plans ends once its last plan is closed
    let after = await state();
    while (after.bigEngineRunning) after = await state();
    assert.equal(after.openDocuments, 1);
    assert.equal(after.engineDocuments, 1, 'only the small plan is held');
    // generous bounds: the text alone is 19 MB of UTF-8 (38 MB in memory); the old server kept hundreds of MB
    assert.ok(after.memory.heapUsed - idle.memory.heapUsed < 16 * MB, `heap ${(idle.memory.heapUsed / MB).toFixed(0)} → ${(after.memory.heapUsed / MB).toFixed(0)} MB`);
    // each _state runs a full collection: the resident size follows once the freed pages are returned
    let afterRss = rssOf(c.proc.pid);
    for (let k = 0; k < 10 && idleRss !== undefined && afterRss !== undefined && afterRss - idleRss >= 80 * MB; k++) {
      await state();
      afterRss = rssOf(c.proc.pid);
    }
    if (idleRss !== undefined && afterRss !== undefined) {
      assert.ok(afterRss - idleRss < 80 * MB, `resident ${(idleRss / MB).toFixed(0)} → ${(afterRss / MB).toFixed(0)} MB`);
    }
  });
});
