import * as path from 'node:path';
import { resolveRules } from '../server/src/core/config';
import { parseDocument } from '../server/src/core/document';
import { lintDocument } from '../server/src/core/linter';
import { extractTargets } from '../server/src/core/targets';
import { analyzeNumbering } from '../server/src/core/numbering';
import { RULES } from '../server/src/rules';
import { environmentFor } from './inproc';
import { loadSamples, scaledPlan, typicalPlan } from './inputs';
const size = (process.argv[2] ?? 'huge') as 'typical' | 'large' | 'huge';
const s = loadSamples(process.env.REPO ?? path.resolve(__dirname, '..'));
const pair = size === 'typical' ? typicalPlan(s) : scaledPlan(s, size, size === 'large' ? 100_000 : 1_000_000);
const rules = resolveRules(RULES, []);
const env = environmentFor(pair.municipal);
const reps = size === 'typical' ? 2000 : size === 'large' ? 30 : 5;
function cpu(f: () => void) { const c0 = process.cpuUsage(); for (let i = 0; i < reps; i++) f(); const c = process.cpuUsage(c0); return (c.user + c.system) / 1000 / reps; }
const docs = () => { const d = []; for (let i = 0; i < reps; i++) d.push(parseDocument(pair.district)); return d; };
for (let k = 0; k < 2; k++) {
  const p = cpu(() => parseDocument(pair.district));
  const f = cpu(() => lintDocument(parseDocument(pair.district), rules, env));
  let ds = docs(); let i = 0;
  const ex = cpu(() => extractTargets(ds[i++]));
  ds = docs(); i = 0;
  const nu = cpu(() => analyzeNumbering(ds[i++]));
  console.log(`cpu ms: parse ${p.toFixed(3)} full ${f.toFixed(3)} (rules ${(f - p).toFixed(3)}) extractTargets ${ex.toFixed(3)} analyzeNumbering ${nu.toFixed(3)}`);
}
if (process.argv[3] === 'rules') {
  const ds = docs();
  for (const r of rules) {
    let i = 0;
    const c = cpu(() => lintDocument(ds[i++], [r], env));
    console.log(r.rule.id, c.toFixed(2));
  }
}
