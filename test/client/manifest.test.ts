// The extension manifest (package.json contributes) and the files it points to.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMAND_TITLES } from '../../server/src/protocol/commands';

const root = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const c = pkg.contributes;
const CJK = /[\u4e00-\u9fff]/;

/** Whether .vscodeignore (ignore everything, then re-include) ships `file`. */
function shipped(file: string): boolean {
  const lines = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const toRe = (glob: string) => new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*') + '$');
  let included = true;
  for (const l of lines) {
    const negate = l.startsWith('!');
    if (toRe(negate ? l.slice(1) : l).test(file)) included = negate;
  }
  return included;
}

describe('extension manifest', () => {
  it('points to files that exist and are shipped in the .vsix', () => {
    const files = [
      ...c.languages.map((l: { configuration: string }) => l.configuration),
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.snippets.map((s: { path: string }) => s.path),
      pkg.main,
    ].map((f: string) => f.replace(/^\.\//, ''));
    for (const f of files) {
      if (f !== pkg.main) assert.ok(fs.existsSync(path.join(root, f)), `${f} is missing`);
      assert.ok(shipped(f), `${f} is excluded by .vscodeignore`);
    }
    for (const f of ['dist/server.js', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(shipped(f), f);
    for (const f of ['server/src/lsp/server.ts', 'test/grammar/grammar.test.ts', 'samples/a.txt', 'dist/cli.js', 'node_modules/x/index.js', 'docs/vscode.md']) {
      assert.ok(!shipped(f), `${f} should not be shipped`);
    }
  });

  it('opens .fsplan, .plan.txt and *计划*.txt / *方案*.txt / *要点*.txt as fsplan', () => {
    const lang = c.languages.find((l: { id: string }) => l.id === 'fsplan');
    assert.deepEqual(lang.extensions, ['.fsplan', '.plan.txt']);
    assert.deepEqual(lang.filenamePatterns, ['*计划*.txt', '*方案*.txt', '*要点*.txt']);
  });

  it('declares the language configuration brackets and auto-closing pairs', () => {
    const conf = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
    for (const pair of [['（', '）'], ['《', '》'], ['“', '”'], ['〔', '〕']]) {
      assert.ok(conf.brackets.some((b: string[]) => b[0] === pair[0] && b[1] === pair[1]), `bracket ${pair.join('')}`);
      assert.ok(conf.autoClosingPairs.some((p: { open: string; close: string }) => p.open === pair[0] && p.close === pair[1]), `auto-closing ${pair.join('')}`);
    }
  });

  it('has Chinese titles for every command, and menus only name declared commands', () => {
    const ids = new Set(c.commands.map((x: { command: string }) => x.command));
    for (const cmd of c.commands) assert.match(cmd.title, CJK, cmd.command);
    for (const id of ['fsplan.renumber', 'fsplan.compare', 'fsplan.draftFromMunicipal', 'fsplan.rollover']) assert.ok(ids.has(id), id);
    // the shared command protocol names the server's commands with the manifest's titles
    for (const [id, title] of Object.entries(COMMAND_TITLES)) assert.equal(c.commands.find((x: { command: string }) => x.command === id)?.title, title, id);
    for (const items of Object.values(c.menus) as { command: string }[][]) {
      for (const item of items) assert.ok(ids.has(item.command), `menu names undeclared ${item.command}`);
    }
  });

  it('declares the fsplan.* settings with Chinese descriptions', () => {
    const props = c.configuration.properties;
    assert.deepEqual(Object.keys(props).sort(), ['fsplan.enable', 'fsplan.municipalPlan', 'fsplan.registryPath', 'fsplan.run', 'fsplan.trace.server']);
    assert.deepEqual(props['fsplan.run'].enum, ['onType', 'onSave']);
    assert.deepEqual(props['fsplan.trace.server'].enum, ['off', 'messages', 'verbose']);
    for (const [key, p] of Object.entries(props) as [string, { description?: string; markdownDescription?: string }][]) {
      assert.match(p.description ?? p.markdownDescription ?? '', CJK, key);
    }
  });

  it('declares support for untrusted workspaces', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  });

  it('has snippets for a clause with its note and for a chapter', () => {
    const snippets = JSON.parse(fs.readFileSync(path.join(root, 'snippets', 'fsplan.json'), 'utf8')) as Record<string, { body: string[] }>;
    const bodies = Object.values(snippets).map((s) => s.body.join('\n'));
    assert.ok(bodies.some((b) => /^\$\{1:1\}\..*（.*(负责|牵头).*）/.test(b)), 'clause snippet with a note');
    assert.ok(bodies.some((b) => /^\$\{1:一\}、/.test(b)), 'chapter snippet');
  });
});
