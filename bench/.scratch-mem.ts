import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as url from 'node:url';
import { LspSession } from './lsp';
import { loadSamples, typicalPlan } from './inputs';
const repo = path.resolve(__dirname, '..');
const s = loadSamples(repo);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-mem-'));
const args = process.argv.slice(2);
(async () => {
  const sess = await LspSession.start(path.join(repo, 'dist/server.js'), dir, false, args);
  const pending = [];
  for (let i = 0; i < 50; i++) {
    const f = path.join(dir, `p${i}.txt`); const text = typicalPlan(s, i).district; fs.writeFileSync(f, text);
    const uri = url.pathToFileURL(f).href; await sess.open(uri, text); pending.push(sess.waitPublish(uri, 1, 30000));
  }
  await Promise.all(pending);
  const r = [];
  for (let i = 0; i < 5; i++) { await new Promise((x) => setTimeout(x, 100)); r.push(sess.rss()!); }
  r.sort((a, b) => a - b);
  console.log(args.join(' ') || '(none)', 'rss MB', (r[2] / 2 ** 20).toFixed(1));
  await sess.stop();
  fs.rmSync(dir, { recursive: true });
})();
