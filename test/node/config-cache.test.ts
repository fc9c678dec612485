// The language server loads the config on every keystroke: an unchanged
// .fsplanrc.json must give the same objects, so that the core's directory
// cache (keyed by identity) hits instead of rebuilding the directory.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildDirectory } from '../../server/src/core/analysis/departments';
import { parseDocument } from '../../server/src/core/model/document';
import { ConfigCache, loadConfigFor } from '../../server/src/node/config-loader';
import { nodeHost } from '../../server/src/node/host';

describe('config cache (language server)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-config-cache-'));
  const plan = path.join(dir, '红桥区2024年食品安全监督管理计划.txt');
  const config = path.join(dir, '.fsplanrc.json');
  const doc = parseDocument('红桥区2024年食品安全监督管理计划\n1.加强监管。（区市场监管局负责）\n');
  const write = (name: string) => fs.writeFileSync(config, JSON.stringify({ root: true, departments: [{ name, aliases: [`${name}办`] }] }));
  const directoryOf = (loaded: ReturnType<typeof loadConfigFor>) =>
    buildDirectory(doc, { departments: { jurisdiction: loaded.settings.jurisdiction, extra: loaded.settings.departments } });

  it('an unchanged config gives the same objects and the same directory', () => {
    write('区美食节组委会');
    const cache = new ConfigCache();
    const a = loadConfigFor(nodeHost, plan, undefined, cache);
    const b = loadConfigFor(nodeHost, plan, undefined, cache);
    assert.equal(b, a);
    assert.equal(b.settings.departments, a.settings.departments);
    assert.equal(directoryOf(b), directoryOf(a));
  });

  it('a changed config is read again', () => {
    write('区美食节组委会');
    const cache = new ConfigCache();
    const a = loadConfigFor(nodeHost, plan, undefined, cache);
    write('区夜市管理办公室');
    const b = loadConfigFor(nodeHost, plan, undefined, cache);
    assert.notEqual(b, a);
    assert.equal(b.settings.departments?.[0].name, '区夜市管理办公室');
    assert.notEqual(directoryOf(b), directoryOf(a));
  });

  it('without a cache every load parses again (the CLI caches per folder itself)', () => {
    write('区美食节组委会');
    assert.notEqual(loadConfigFor(nodeHost, plan), loadConfigFor(nodeHost, plan));
  });
});
