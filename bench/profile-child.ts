// The profiled child of bench/profile.ts: runs the full check of one plan size
// repeatedly so that the profile is dominated by it.
import * as path from 'node:path';
import { resolveRules } from '../server/src/core/engine/config';
import { parseDocument } from '../server/src/core/model/document';
import { lintDocument } from '../server/src/core/engine/linter';
import { RULES } from '../server/src/rules';
import { environmentFor } from './inproc';
import { loadSamples, scaledPlan, typicalPlan } from './inputs';

const size = (process.argv[2] ?? 'huge') as 'typical' | 'large' | 'huge';
const repoRoot = process.argv[3] ?? path.resolve(__dirname, '..');
const s = loadSamples(repoRoot);
const pair = size === 'typical' ? typicalPlan(s) : scaledPlan(s, size, size === 'large' ? 100_000 : 1_000_000);
const rules = resolveRules(RULES, []);
const env = environmentFor(pair.municipal);
const reps = size === 'typical' ? 5000 : size === 'large' ? 200 : 20;
let n = 0;
for (let i = 0; i < reps; i++) n += lintDocument(parseDocument(pair.district), rules, env).length;
process.stdout.write(String(n));
