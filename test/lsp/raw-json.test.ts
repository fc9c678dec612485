// Results the engine serialised pass the connection thread unparsed: on a
// stream transport the writer splices their bytes into the JSON-RPC message.
import { strict as assert } from 'node:assert';
import { encodeJson, RawJson, rawJsonEncoder } from '../../server/src/lsp/raw-json';

const utf8 = (s: string) => new TextEncoder().encode(s);
const encode = async (msg: object) => Buffer.from(await rawJsonEncoder.encode(msg as never, { charset: 'utf-8' })).toString('utf8');

describe('lsp: raw JSON results', () => {
  it('splices the bytes as they are, not parsed and stringified again', async () => {
    // spacing no JSON.stringify would produce: only a splice keeps it
    const items = new RawJson(utf8('[ {"message" : "责任单位：区市场监管局 \\u0000"} ,1 ]'));
    const out = await encode({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///计划.txt', version: 3, diagnostics: items } });
    assert.equal(out, '{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///计划.txt","version":3,"diagnostics":[ {"message" : "责任单位：区市场监管局 \\u0000"} ,1 ]}}');
    assert.deepEqual(JSON.parse(out).params.diagnostics, [{ message: '责任单位：区市场监管局 \u0000' }, 1]);
  });

  it('keeps several results apart, and text that only looks like a marker', async () => {
    const out = await encode({ id: 1, result: { a: new RawJson(utf8('"甲"')), b: [new RawJson(utf8('null')), '\u0000fsplan-raw-0-0\u0000'] } });
    assert.deepEqual(JSON.parse(out), { id: 1, result: { a: '甲', b: [null, '\u0000fsplan-raw-0-0\u0000'] } });
  });

  it('is the value itself anywhere else (IPC, tracing)', () => {
    const raw = new RawJson(encodeJson({ items: [1, '二'], none: undefined }));
    assert.equal(JSON.stringify({ r: raw }), '{"r":{"items":[1,"二"]}}');
    assert.deepEqual(raw.value(), { items: [1, '二'] });
    assert.equal(new TextDecoder().decode(encodeJson(undefined)), 'null');
  });
});
