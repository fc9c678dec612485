// The extension manifest (package.json contributes) and the files it points to.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema, registryJsonSchema, SCHEMA_FILES } from '../../server/src/core/engine/schemas';
import { RULES } from '../../server/src/rules';
import { repoRoot } from '../support/paths';
import { COMMAND_TITLES } from '../../server/src/protocol/commands';

const root = repoRoot;
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
      ...c.languages.map((l: { configuration?: string }) => l.configuration).filter(Boolean),
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.snippets.map((s: { path: string }) => s.path),
      pkg.main,
    ].map((f: string) => f.replace(/^\.\//, ''));
    for (const f of files) {
      if (f !== pkg.main) assert.ok(fs.existsSync(path.join(root, f)), `${f} is missing`);
      assert.ok(shipped(f), `${f} is excluded by .vscodeignore`);
    }
    for (const f of ['dist/server.js', 'dist/engine.js', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(shipped(f), f);
    for (const f of ['server/src/lsp/server.ts', 'test/grammar/grammar.test.ts', 'samples/a.txt', 'dist/cli.js', 'node_modules/x/index.js', 'docs/vscode.md']) {
      assert.ok(!shipped(f), `${f} should not be shipped`);
    }
  });

  it('validates .fsplanrc.json and *.registry.json with the schemas generated from the zod schemas, shipped in the .vsix', () => {
    const urls = Object.fromEntries(c.jsonValidation.map((v: { fileMatch: string; url: string }) => [v.fileMatch, v.url.replace(/^\.\//, '')]));
    assert.deepEqual(urls, { '.fsplanrc.json': `dist/${SCHEMA_FILES.config}`, '*.registry.json': `dist/${SCHEMA_FILES.registry}` });
    for (const f of Object.values(urls) as string[]) assert.ok(shipped(f), `${f} is excluded by .vscodeignore`);
    // comments and trailing commas are fine in .fsplanrc.json, as fsplan reads it
    assert.ok(c.languages.some((l: { id: string; filenames?: string[] }) => l.id === 'jsonc' && l.filenames?.includes('.fsplanrc.json')));
    const built = path.join(root, 'dist', SCHEMA_FILES.config);
    if (fs.existsSync(built)) {
      assert.deepEqual(JSON.parse(fs.readFileSync(built, 'utf8')), configJsonSchema(RULES), 'dist schema is stale: run npm run build');
      assert.deepEqual(JSON.parse(fs.readFileSync(path.join(root, 'dist', SCHEMA_FILES.registry), 'utf8')), registryJsonSchema());
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
    assert.deepEqual(Object.keys(props).sort(), ['fsplan.debounce', 'fsplan.enable', 'fsplan.municipalPlan', 'fsplan.registryPath', 'fsplan.run', 'fsplan.trace.server']);
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

  it('is packaged with its icon, repository, and a README whose images and links work', async () => {
    assert.equal(pkg.icon, 'images/icon.png');
    const icon = fs.readFileSync(path.join(root, pkg.icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128], 'a 128×128 icon');
    assert.ok(shipped(pkg.icon), 'the icon is shipped');

    // The extension details page loads images only over https (its CSP is
    // img-src https: data:), so vsce must rewrite the README's relative links
    // from the repository field: images to …/raw/main/, documents to …/blob/main/,
    // the repository the rule documentation links (DOCS_BASE) point to.
    const { DOCS_BASE } = await import('../../server/src/rules');
    assert.doesNotMatch(pkg.scripts.package, /--no-rewrite-relative-links|--allow-missing-repository/);
    const branch = /--githubBranch (\S+)/.exec(pkg.scripts.package)?.[1];
    assert.ok(branch, 'the package script names the branch');
    const { ReadmeProcessor } = (await import(require.resolve('@vscode/vsce/out/package.js'))) as {
      ReadmeProcessor: new (manifest: unknown, options: object) => { processFile(file: object): Promise<{ contents: Buffer }> };
    };
    const processed = await new ReadmeProcessor(pkg, { githubBranch: branch }).processFile({ path: 'README.md', localPath: path.join(root, 'README.md') });
    const readme = processed.contents.toString('utf8');
    const repo = DOCS_BASE.replace(/\/blob\/.*$/, '');
    assert.ok(DOCS_BASE.startsWith(`${repo}/blob/${branch}/`), `${DOCS_BASE} is on branch ${branch}`);
    const links = [...readme.matchAll(/(!?)\[(?:[^\]\[]|!?\[[^\]]*\]\([^)]*\))*\]\(([^)\s]+)\)/g)].map((m) => ({ image: !!m[1], href: m[2] }));
    assert.ok(links.some((l) => l.image) && links.some((l) => !l.image), 'the README has images and links');
    for (const { image, href } of links) {
      if (href.startsWith('#') || href.startsWith('mailto:')) continue;
      assert.match(href, /^https:\/\//, `${href} is a web address`);
      const prefix = `${repo}/${image ? 'raw' : 'blob'}/${branch}/`;
      if (!href.startsWith(repo)) continue;
      assert.ok(href.startsWith(prefix), `${href} starts with ${prefix}`);
      const file = decodeURIComponent(href.slice(prefix.length).replace(/#.*$/, ''));
      assert.ok(fs.existsSync(path.join(root, file)), `${href}: ${file} is in the repository`);
      if (image) assert.match(file, /\.png$/, 'PNG images (vsce refuses SVG)');
    }
  });

  it('declares fsplan.fixAll, registered by the client, in the palette and the context menu', () => {
    const cmd = c.commands.find((x: { command: string }) => x.command === 'fsplan.fixAll');
    assert.ok(cmd, 'fsplan.fixAll is declared');
    assert.equal(cmd.title, '修复所有可自动修复的问题');
    assert.ok(c.menus.commandPalette.some((m: { command: string }) => m.command === 'fsplan.fixAll'));
    assert.ok(c.menus['editor/context'].some((m: { command: string }) => m.command === 'fsplan.fixAll'));
    const extension = fs.readFileSync(path.join(root, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(extension, /registerCommand\('fsplan\.fixAll'/);
  });
});
