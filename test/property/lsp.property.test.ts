// The language server under random sessions: opens, incremental edits,
// closes, config file changes and code action requests against the bundled
// dist/server.js over stdio. The server never dies, and the last diagnostics
// of each open document equal a fresh core check of its final text (same rule
// ids and ranges). A bounded run in `npm test`, long runs with `npm run fuzz`.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { Config, resolveRules } from '../../server/src/core/engine/config';
import { lintText } from '../../server/src/core/engine/linter';
import { LineIndex } from '../../server/src/core/model/positions';
import { RULES } from '../../server/src/rules';
import { fileUri, TestClient } from '../lsp/support/client';
import { tempWorkspace } from '../lsp/support/workspace';
import { FUZZ, mutatedPlan, planFiles, runs } from './arbitraries';

const plans = planFiles().map((p) => p.text);

/** Config files the session switches between; a broken one means checking on defaults. */
const CONFIGS: Array<{ text: string; effective: Config }> = [
  ...[
    { root: true },
    { root: true, rules: { 'numbering/marker-style': 'off' } },
    { root: true, rules: { 'numbering/sequence': 'info', 'responsibility/missing': 'off' } },
    { root: true, jurisdiction: '红桥区' },
  ].map((c) => ({ text: JSON.stringify(c), effective: c as Config })),
  { text: '{ "root": true, "rules": { "numbering/sequense": "off" } }', effective: {} },
  { text: '{ "root": true,, }', effective: {} },
];

const NAMES = ['计划一.txt', '计划二.txt', '子目录/计划三.txt'];
const INSERTS = ['', '1.', '（', '）', '\n', '\r\n', '。（区市场监管局负责）', '一、', '全市', '2024年', '😀', '\u3000', '达到100%'];

type Op =
  | { kind: 'open'; doc: number; text: string }
  | { kind: 'edit'; doc: number; a: number; b: number; insert: string }
  | { kind: 'close'; doc: number }
  | { kind: 'config'; config: number }
  | { kind: 'codeAction'; doc: number; a: number; b: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('open' as const), doc: fc.nat(NAMES.length - 1), text: fc.oneof(fc.constantFrom(...plans), mutatedPlan(plans)) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), doc: fc.nat(NAMES.length - 1), a: fc.nat(), b: fc.nat(40), insert: fc.constantFrom(...INSERTS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), doc: fc.nat(NAMES.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('config' as const), config: fc.nat(CONFIGS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('codeAction' as const), doc: fc.nat(NAMES.length - 1), a: fc.nat(), b: fc.nat(200) }) },
);

function key(code: unknown, r: Diagnostic['range']): string {
  return `${String(code)} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** What a fresh core check of `text` reports, as LSP ranges. */
function expected(text: string, config: Config): string[] {
  const index = new LineIndex(text);
  return lintText(text, resolveRules(RULES, [config]), { departments: { jurisdiction: config.jurisdiction } })
    .findings.map((f) => key(f.ruleId, { start: index.position(f.start), end: index.position(f.end) }))
    .sort();
}

describe('property: language server sessions', function () {
  this.timeout(FUZZ ? 0 : 120_000);

  it('never dies; the last diagnostics of each open document equal a fresh check of its text', async () => {
    const ws = tempWorkspace({ '.fsplanrc.json': CONFIGS[0].text });
    const client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir, debounceMs: 5 });
    let config = CONFIGS[0];
    const uris = NAMES.map((n) => fileUri(ws.file(n)));
    const open = new Set<number>();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
          // every session starts from the same state (so a failure replays and shrinks)
          for (const d of open) client.close(uris[d]);
          open.clear();
          if (config !== CONFIGS[0]) {
            config = CONFIGS[0];
            ws.write('.fsplanrc.json', config.text);
            client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(ws.file('.fsplanrc.json')), type: 2 }] });
          }
          for (const o of ops) {
            if (o.kind === 'open') {
              if (open.has(o.doc)) continue;
              client.open(ws.file(NAMES[o.doc]), o.text);
              open.add(o.doc);
            } else if (o.kind === 'close') {
              if (!open.has(o.doc)) continue;
              client.close(uris[o.doc]);
              open.delete(o.doc);
            } else if (o.kind === 'edit') {
              if (!open.has(o.doc)) continue;
              const text = client.text(uris[o.doc]);
              const index = new LineIndex(text);
              const start = o.a % (text.length + 1);
              const end = Math.min(text.length, start + o.b);
              client.edit(uris[o.doc], [{ range: { start: index.position(start), end: index.position(end) }, newText: o.insert }]);
            } else if (o.kind === 'config') {
              config = CONFIGS[o.config];
              ws.write('.fsplanrc.json', config.text);
              client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(ws.file('.fsplanrc.json')), type: 2 }] });
            } else {
              if (!open.has(o.doc)) continue;
              const text = client.text(uris[o.doc]);
              const index = new LineIndex(text);
              const start = o.a % (text.length + 1);
              const range = { start: index.position(start), end: index.position(Math.min(text.length, start + o.b)) };
              const actions = await client.request<unknown>('textDocument/codeAction', { textDocument: { uri: uris[o.doc] }, range, context: { diagnostics: [] } });
              assert.ok(actions === null || Array.isArray(actions), 'code actions: an array or null');
            }
          }
          assert.equal(client.proc.exitCode, null, `server died: ${client.serverStderr}`);
          // settle: one more (empty) edit per open document; its diagnostics come after every change above
          for (const d of open) {
            const uri = uris[d];
            const version = client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '' }]);
            // only publishes from now on: a reopened document starts again at version 1
            const got = (await client.diagnosticsFor(uri, version, false)).diagnostics.map((x) => key(x.code, x.range)).sort();
            assert.deepEqual(got, expected(client.text(uri), config.effective), `diagnostics of ${NAMES[d]}`);
          }
        }),
        runs(40),
      );
    } finally {
      await client.stop();
      ws.dispose();
    }
  });
});
