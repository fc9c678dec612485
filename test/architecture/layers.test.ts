// The layers hold: dependency-cruiser finds no cycle, no import against the
// allowed directions and no Node/vscode import in a pure room (the rules are
// in .dependency-cruiser.cjs), and it does report each kind of bad import in
// a fixture. The pure rooms' tsconfig rejects a node: import. ARCHITECTURE.md
// shows the same directions as the config.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '..', '..');
const CONFIG = path.join(root, '.dependency-cruiser.cjs');
const FIXTURE = path.join(root, 'test', 'fixtures', 'layers');
const { LAYERS } = require(CONFIG).layers as { LAYERS: Record<string, string[]> };

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: Array<{ name: string }>;
}

async function cruise(cwd: string): Promise<Violation[]> {
  const bin = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'server/src', 'client/src', '--config', CONFIG, '--output-type', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 }).catch(
    // exit code 1 with violations of severity error: the JSON is on stdout all the same
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
  );
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const show = (v: Violation) => `${v.rule.name}: ${v.from} → ${v.to}`;

describe('architecture: layers', function () {
  this.timeout(180_000);

  it('the code has no cycle, no layer violation and no Node or vscode import in a pure room', async () => {
    const violations = await cruise(root);
    assert.deepEqual(violations.map(show), []);
  });

  it('each kind of bad import in the fixture is reported', async () => {
    const violations = await cruise(FIXTURE);
    const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\//, 'node_modules/')}`).sort();
    assert.deepEqual(found, [
      'layer-client: client/src/reaches-core.ts → server/src/core/model/reads-files.ts',
      'layer-core-model: server/src/core/model/upward.ts → server/src/cli/a.ts',
      'no-cycles: server/src/cli/a.ts → server/src/cli/b.ts',
      'pure-no-node: server/src/core/model/reads-files.ts → fs',
      'pure-packages: server/src/service/connection.ts → node_modules/vscode-languageserver/lib/node/main.js',
    ]);
  });

  it('tsconfig.pure.json (no Node types) rejects a node: import in a pure room', () => {
    const file = ts.readConfigFile(path.join(root, 'tsconfig.pure.json'), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(file.config, ts.sys, root);
    assert.deepEqual(parsed.options.types, []);
    for (const room of ['core', 'rules', 'report', 'service', 'protocol', 'input', 'docx']) assert.ok(parsed.fileNames.some((f) => f.includes(`/server/src/${room}/`)), `${room} is type-checked without Node`);
    const program = ts.createProgram([path.join(FIXTURE, 'server', 'src', 'core', 'model', 'reads-files.ts')], parsed.options);
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.ok(messages.some((m) => m.includes("Cannot find module 'node:fs'")), messages.join('\n'));
  });

  it('ARCHITECTURE.md lists the allowed directions of .dependency-cruiser.cjs', () => {
    const doc = fs.readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
    const rows = new Map<string, string[]>();
    for (const m of doc.matchAll(/^\| `([\w/]+)` \| (.*) \|$/gm)) {
      if (m[1] in LAYERS) rows.set(m[1], m[2] === '—' ? [] : [...m[2].matchAll(/`([\w/]+)`/g)].map((x) => x[1]));
    }
    assert.deepEqual(Object.fromEntries(rows), LAYERS);
  });
});
