// A second LSP client: headless Neovim (Debian's 0.7 does not advertise pull
// diagnostics, so this checks the push path end to end over --stdio).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';

const root = repoRoot;
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;

describe('editors: Neovim over --stdio', function () {
  this.timeout(60_000);
  it('receives the same diagnostics as the CLI reports', function () {
    if (!hasNvim) this.skip(); // install Debian's neovim to run this test
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-nvim-'));
    try {
      const plan = path.join(dir, '河北区2025年食品安全监督管理计划.txt');
      fs.copyFileSync(path.join(root, 'samples', path.basename(plan)), plan);
      const out = path.join(dir, 'out.json');
      const args = JSON.stringify([path.join(root, 'dist', 'server.js'), plan, out]);
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '--cmd', `let g:fsplan_args = ${args}`, '-c', `luafile ${path.join(__dirname, 'neovim.lua')}`], {
        encoding: 'utf8',
        timeout: 50_000,
      });
      assert.ok(fs.existsSync(out), `Neovim wrote no result: ${run.stderr}`);
      const got = JSON.parse(fs.readFileSync(out, 'utf8')) as { error?: string; diagnostics: Array<{ code: string; line: number; character: number }> };
      assert.equal(got.error, undefined, 'no diagnostics were pushed to Neovim');
      const cli = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', plan, '--format', 'json'], { encoding: 'utf8' });
      const expected = (JSON.parse(cli.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>)[0].messages;
      const key = (c: string, l: number, ch: number) => `${c}@${l}:${ch}`;
      assert.deepEqual(
        got.diagnostics.map((d) => key(d.code, d.line + 1, d.character + 1)).sort(),
        expected.map((m) => key(m.ruleId, m.line, m.column)).sort(),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
