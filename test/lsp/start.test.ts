// The language server's start: initialize answered before the LSP library
// loads (server.ts, first-message.ts), exactly once, with the handler's own
// answer; and the connection's bundles without the core (the engine has it).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { build } from 'esbuild';
import type { InitializeParams } from 'vscode-languageserver-protocol';
import { initializeResult } from '../../server/src/lsp/capabilities';
import { answerInitialize, type Answered } from '../../server/src/lsp/first-message';
import { repoRoot, serverModule } from './support/client';

const frame = (m: unknown) => {
  const body = Buffer.from(JSON.stringify(m), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
};

/** Every whole framed message in `bytes`. */
function messages(bytes: Buffer): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  let rest = bytes;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) return out;
    const length = Number(/Content-Length: (\d+)/i.exec(rest.subarray(0, end).toString('ascii'))?.[1]);
    if (rest.length < end + 4 + length) return out;
    out.push(JSON.parse(rest.subarray(end + 4, end + 4 + length).toString('utf8')) as Record<string, unknown>);
    rest = rest.subarray(end + 4 + length);
  }
}

const PARAMS: InitializeParams = {
  processId: null,
  rootUri: null,
  workspaceFolders: null,
  capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
  initializationOptions: { debounceMs: 0 },
};

/** Feeds `chunks` to answerInitialize; what it answered, what it wrote, and the bytes the input gives afterwards. */
async function feed(chunks: Buffer[]): Promise<{ answered: Answered | undefined; written: Buffer; after: Buffer }> {
  const input = new PassThrough();
  const output = new PassThrough();
  const written: Buffer[] = [];
  output.on('data', (b: Buffer) => written.push(b));
  const done = new Promise<Answered | undefined>((resolve, reject) => answerInitialize(input, output, resolve, () => reject(new Error('ended'))));
  for (const c of chunks) {
    input.write(c);
    await new Promise((r) => setImmediate(r));
  }
  const answered = await done;
  assert.equal(input.isPaused(), true, 'the input is left paused for the connection to resume');
  // what the connection's reader will read: every byte, from the first
  const after: Buffer[] = [];
  input.on('data', (b: Buffer) => after.push(b));
  input.resume();
  input.end();
  await new Promise((r) => input.once('end', r));
  return { answered, written: Buffer.concat(written), after: Buffer.concat(after) };
}

describe('lsp start: initialize answered first (first-message.ts)', () => {
  it('answers an initialize request split over chunks, and gives every byte back', async () => {
    const init = frame({ jsonrpc: '2.0', id: 7, method: 'initialize', params: PARAMS });
    const next = frame({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const all = Buffer.concat([init, next]);
    const { answered, written, after } = await feed([all.subarray(0, 10), all.subarray(10, init.length - 5), all.subarray(init.length - 5)]);
    assert.deepEqual(answered, { id: 7, result: initializeResult(PARAMS) });
    assert.deepEqual(messages(written), [{ jsonrpc: '2.0', id: 7, result: initializeResult(PARAMS) }]);
    assert.ok(after.equals(all), 'the connection reads the input from its first byte');
  });

  it('answers nothing when the first message is not initialize, or is broken', async () => {
    for (const first of [
      frame({ jsonrpc: '2.0', method: 'initialized', params: {} }),
      frame({ jsonrpc: '2.0', id: 1, method: 'initialize' }),
      Buffer.from('Content-Length: 5\r\n\r\n{oops', 'ascii'),
      Buffer.from('X-Nonsense: 1\r\n\r\n{}', 'ascii'),
    ]) {
      const { answered, written, after } = await feed([first]);
      assert.equal(answered, undefined, first.toString());
      assert.equal(written.length, 0);
      assert.ok(after.equals(first));
    }
  });

  it('reports an input that ends before a whole message, answering nothing', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = 0;
    output.on('data', (b: Buffer) => (written += b.length));
    const outcome = new Promise<string>((resolve) => answerInitialize(input, output, () => resolve('done'), () => resolve('ended')));
    input.end(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: PARAMS }).subarray(0, 30));
    assert.equal(await outcome, 'ended');
    assert.equal(written, 0);
  });
});

describe('lsp start: the bundled server over stdio', () => {
  it('sends one initialize answer (the handler\'s own), then serves the session', async () => {
    const child = spawn(process.execPath, [serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    const init = frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: PARAMS });
    // the header and the body in separate writes, as a pipe may deliver them
    child.stdin.write(init.subarray(0, 25));
    await new Promise((r) => setTimeout(r, 50));
    child.stdin.write(init.subarray(25));
    child.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
    child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///nowhere/plan.txt' }, position: { line: 0, character: 0 } } }));
    child.stdin.write(frame({ jsonrpc: '2.0', id: 3, method: 'shutdown' }));
    // exit only once shutdown is answered, as a client does
    await new Promise<void>((resolve) => {
      const check = () => {
        if (messages(Buffer.concat(out)).some((m) => m.id === 3)) {
          child.stdout.off('data', check);
          resolve();
        }
      };
      child.stdout.on('data', check);
      check();
    });
    child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const responses = messages(Buffer.concat(out)).filter((m) => 'id' in m && !('method' in m));
    assert.deepEqual(
      responses.map((m) => m.id),
      [1, 2, 3],
      'one answer per request',
    );
    assert.deepEqual(responses[0].result, initializeResult(PARAMS));
    assert.equal(responses[1].result, null, 'hover on a document that is not open');
    assert.equal(code, 0, 'exit after shutdown');
    assert.doesNotMatch(err, /initialize/, err);
  });

  it('serves a session whose first message is not initialize (the library answers everything)', async () => {
    const child = spawn(process.execPath, [serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stdin.write(frame({ jsonrpc: '2.0', id: 0, method: 'fsplan/unknown', params: {} }));
    child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: PARAMS }));
    await new Promise<void>((resolve) => {
      const check = () => {
        if (messages(Buffer.concat(out)).some((m) => m.id === 1)) resolve();
      };
      child.stdout.on('data', check);
    });
    child.kill();
    const responses = messages(Buffer.concat(out)).filter((m) => 'id' in m && !('method' in m));
    assert.deepEqual(
      responses.map((m) => m.id),
      [0, 1],
    );
    assert.ok(responses[0].error, 'an unknown request is an error');
    assert.deepEqual(responses[1].result, initializeResult(PARAMS));
  });
});

describe('lsp start: what each language server bundle holds (esbuild metafile)', function () {
  this.timeout(60_000);
  const inputs = async (entry: string) => {
    const r = await build({
      entryPoints: [path.join(repoRoot, entry)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      logLevel: 'silent',
      outfile: path.join(repoRoot, 'dist', 'metafile-probe.js'),
      alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
      plugins: [{ name: 'server-main', setup: (b) => b.onResolve({ filter: /^\.\/server-main$/ }, () => ({ path: './server-main.js', external: true })) }],
    });
    const [out] = Object.values(r.metafile.outputs);
    return Object.keys(out.inputs).filter((f) => out.inputs[f].bytesInOutput > 0);
  };

  it('server.js: no LSP library, no core', async () => {
    const files = await inputs('server/src/lsp/server.ts');
    assert.deepEqual(files.filter((f) => f.includes('node_modules')), []);
    assert.deepEqual(files.filter((f) => /^server\/src\/(core|rules|node|input|report|service)\//.test(f) && f !== 'server/src/service/kinds.ts'), []);
  });

  it('server-main.js: the LSP library and lsp/, without the core, the rules or zod', async () => {
    const files = await inputs('server/src/lsp/server-main.ts');
    assert.ok(files.some((f) => f.includes('node_modules/vscode-languageserver/')));
    const core = files.filter((f) => /^server\/src\/(core|rules|node|input|report|data|analysis)\/|node_modules\/(zod|jsonc-parser)\//.test(f));
    assert.deepEqual(core, ['server/src/core/engine/config-file.ts']);
  });

  it('engine.js: the core and the rules, without the LSP library', async () => {
    const files = await inputs('server/src/lsp/engine-worker.ts');
    assert.ok(files.some((f) => f.startsWith('server/src/rules/')));
    assert.deepEqual(files.filter((f) => f.includes('node_modules/vscode-languageserver/')), []);
  });
});
