// The language server lints with the same environment as the CLI: a registry
// file named in .fsplanrc.json reaches the department rules. Waits on the
// publishDiagnostics notification, never sleeps.
import { strict as assert } from 'node:assert';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as url from 'node:url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const server = path.join(__dirname, '..', '..', 'dist', 'server.js');
const registry = path.join(__dirname, '..', 'fixtures', 'departments', 'jiangcheng.registry.json');

interface Diag {
  code: string;
  message: string;
  range: { start: { line: number } };
}

describe('lsp: department diagnostics use the project registry', function () {
  let child: ChildProcess;
  let conn: MessageConnection;
  let dir: string;
  before(async function () {
    if (!fs.existsSync(server)) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-lsp-'));
    fs.copyFileSync(registry, path.join(dir, 'reg.json'));
    fs.writeFileSync(path.join(dir, '.fsplanrc.json'), JSON.stringify({ root: true, registry: 'reg.json' }));
    child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.listen();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: url.pathToFileURL(dir).href, capabilities: {} });
    await conn.sendNotification('initialized', {});
  });
  after(() => {
    conn?.dispose();
    child?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  it('reports an unknown name of the other province and a foreign police branch', async () => {
    const file = path.join(dir, 'plan.txt');
    const uri = url.pathToFileURL(file).href;
    const text = '临江区2025年食品安全监督管理计划\n\n一、重点任务\n\n1.加强监管。落实要求。（区农业农村局负责）开展抽检。（区业农村局负责）\n\n2.打击犯罪。依法查处。（东湖公安分局负责）\n';
    const diags = new Promise<Diag[]>((resolve) => {
      conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diag[] }) => {
        if (p.uri === uri) resolve(p.diagnostics);
      });
    });
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'fsplan', version: 1, text } });
    const got = (await diags).filter((d) => d.code.startsWith('department/')).map((d) => [d.code, d.range.start.line]);
    assert.deepEqual(got, [
      ['department/unknown', 4],
      ['department/foreign', 6],
    ]);
  });
});
