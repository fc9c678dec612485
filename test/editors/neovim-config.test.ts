// The Neovim configuration that docs/editors.md gives for Neovim 0.7–0.10,
// run as written (only the server path replaced) on the Neovim installed here
// (Debian ships 0.7): the plan gets the fsplan filetype, the server pushes the
// CLI's diagnostics, and saving applies every automatic fix (as `fsplan check
// --fix` does).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const PLAN = '河北区2025年食品安全监督管理计划.txt';

/** The first ```lua block under the heading `### Neovim 0.7–0.10`. */
export function documentedConfig(markdown: string): string {
  const section = markdown.split(/^### Neovim 0\.7–0\.10\s*$/m)[1];
  assert.ok(section, 'docs/editors.md has a “### Neovim 0.7–0.10” section');
  const m = /```lua\n([\s\S]*?)```/.exec(section.split(/^#{2,3} /m)[0]);
  assert.ok(m, 'the section has a lua block');
  return m[1];
}

describe('editors: the documented Neovim 0.7–0.10 configuration', function () {
  this.timeout(90_000);
  it('uses no API newer than Neovim 0.7', () => {
    const lua = documentedConfig(fs.readFileSync(path.join(root, 'docs', 'editors.md'), 'utf8'));
    // vim.lsp.start (0.8), vim.fs (0.8), vim.lsp.config/enable (0.11), code_action's apply (0.8, and asynchronous)
    assert.doesNotMatch(lua, /vim\.lsp\.start\(|vim\.fs\.|vim\.lsp\.config|vim\.lsp\.enable|apply\s*=\s*true|lspconfig/);
  });

  it('checks a plan and fixes it on save, on the Neovim installed here', function () {
    if (!hasNvim) this.skip(); // install Debian's neovim to run this test
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-nvim-config-'));
    try {
      const plan = path.join(dir, PLAN);
      fs.copyFileSync(path.join(root, 'samples', PLAN), plan);
      const original = fs.readFileSync(plan, 'utf8');
      const lua = documentedConfig(fs.readFileSync(path.join(root, 'docs', 'editors.md'), 'utf8'));
      assert.ok(lua.includes('/path/to/fsplan/dist/server.js'));
      const init = path.join(dir, 'init.lua');
      fs.writeFileSync(init, lua.replace('/path/to/fsplan/dist/server.js', path.join(root, 'dist', 'server.js')));
      const out = path.join(dir, 'out.json');
      const run = spawnSync(
        'nvim',
        ['--headless', '-u', init, '-i', 'NONE', '--cmd', `let g:fsplan_out = ${JSON.stringify(out)}`, plan, '-c', `luafile ${path.join(__dirname, 'neovim-config.lua')}`],
        { cwd: dir, encoding: 'utf8', timeout: 80_000 },
      );
      assert.ok(fs.existsSync(out), `Neovim wrote no result: ${run.stderr}${run.stdout}`);
      const got = JSON.parse(fs.readFileSync(out, 'utf8')) as { filetype: string; error?: string; saved?: boolean; diagnostics: Array<{ code: string; line: number; character: number }> };
      assert.equal(got.filetype, 'fsplan');
      assert.equal(got.error, undefined);

      const cli = (args: string[]) => spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
      const reference = path.join(dir, 'reference', PLAN);
      fs.mkdirSync(path.dirname(reference));
      fs.writeFileSync(reference, original);
      const expected = (JSON.parse(cli(['check', reference, '--format', 'json']).stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; fix?: unknown }> }>)[0].messages;
      const key = (c: string, l: number, ch: number) => `${c}@${l}:${ch}`;
      // Neovim's diagnostic columns are byte offsets into the line: back to UTF-16 columns
      const lines = original.split(/\r?\n/);
      const utf16 = (line: number, byte: number) => Buffer.from(lines[line], 'utf8').subarray(0, byte).toString('utf8').length;
      assert.deepEqual(
        got.diagnostics.map((d) => key(d.code, d.line + 1, utf16(d.line, d.character) + 1)).sort(),
        expected.map((m) => key(m.ruleId, m.line, m.column)).sort(),
      );
      assert.ok(expected.some((m) => m.fix), 'the sample has fixable findings');

      // saving applied the same fixes as fsplan check --fix
      assert.equal(got.saved, true);
      cli(['check', reference, '--fix']);
      const fixed = fs.readFileSync(plan, 'utf8');
      assert.notEqual(fixed, original, 'saving fixed the plan');
      assert.equal(fixed, fs.readFileSync(reference, 'utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
