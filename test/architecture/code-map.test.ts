// ARCHITECTURE.md's code map names every source file under server/src and
// client/src. A row's first cell names files by path (`server/src/x/a.ts`),
// by name in the folder of the path before it (`b.ts`), or by pattern
// (`server/src/rules/<category>/<name>.ts`, `engine*.ts`).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|json)$/.test(e.name)) out.push(rel);
  }
  return out;
}

/** The patterns the code map's first column names. */
function codeMapPatterns(markdown: string): RegExp[] {
  const section = markdown.slice(markdown.indexOf('## Code map'));
  const table = section.slice(0, section.indexOf('\n## ', 1));
  const out: RegExp[] = [];
  for (const line of table.split('\n')) {
    const first = /^\| ([^|]+) \|/.exec(line)?.[1];
    if (!first) continue;
    let folder = '';
    for (const [, name] of first.matchAll(/`([^`]+)`/g)) {
      const full = name.includes('/') ? name : folder + name;
      if (name.includes('/')) folder = name.slice(0, name.lastIndexOf('/') + 1);
      if (full.endsWith('/')) continue; // a folder names no file
      const re = full
        .split(/(<[^>]+>|\*)/)
        .map((part) => (part === '*' ? '[^/]*' : part.startsWith('<') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      out.push(new RegExp(`^${re}$`));
    }
  }
  return out;
}

describe('architecture: code map', () => {
  it('ARCHITECTURE.md names every file under server/src and client/src', () => {
    const patterns = codeMapPatterns(fs.readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8'));
    const unnamed = [...sourceFiles('server/src'), ...sourceFiles('client/src')].filter((f) => !patterns.some((p) => p.test(f)));
    assert.deepEqual(unnamed, []);
  });

  it('reads paths, names in the same folder and patterns', () => {
    const md = '## Code map\n\n| path | what |\n|---|---|\n| `server/src/a/b.ts`, `c.ts` | x |\n| `server/src/r/<category>/<name>.ts` | y |\n| `server/src/l/engine*.ts` | z |\n| `server/src/d/` | folder |\n\n## Next\n| `server/src/n.ts` | not in the map |\n';
    const p = codeMapPatterns(md);
    const named = (f: string) => p.some((re) => re.test(f));
    assert.ok(named('server/src/a/b.ts') && named('server/src/a/c.ts') && named('server/src/r/x/y.ts') && named('server/src/l/engine-ops.ts'));
    assert.ok(!named('server/src/c.ts') && !named('server/src/d/e.ts') && !named('server/src/n.ts') && !named('server/src/r/x/y/z.ts'));
  });
});
