import * as path from 'node:path';
import { parseDocument } from '../server/src/core/document';
import { extractTargets } from '../server/src/core/targets';
import { resolveRules } from '../server/src/core/config';
import { lintDocument } from '../server/src/core/linter';
import { RULES } from '../server/src/rules';
import { environmentFor } from './inproc';
import { loadSamples, scaledPlan } from './inputs';
const s = loadSamples(process.env.REPO ?? path.resolve(__dirname, '..'));
const pair = scaledPlan(s, 'huge', 1_000_000);
const mode = process.argv[2] ?? 'extract';
const rules = resolveRules(RULES, []).filter((r) => !process.argv[3] || r.rule.id.startsWith(process.argv[3]));
const env = environmentFor(pair.municipal);
const t0 = performance.now();
for (let i = 0; i < 10; i++) {
  const d = parseDocument(pair.district);
  if (mode === 'extract') extractTargets(d);
  else if (mode === 'lint') lintDocument(d, rules, env);
}
console.log((performance.now() - t0) / 10);
