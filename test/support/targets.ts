// Shared helpers for target tests: a one-clause plan around a phrase, fixture
// pairs with their hand-labelled matches, and target keys.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, PlanDocument } from '../../server/src/core/model/document';
import { extractTargets, Target } from '../../server/src/core/analysis/targets';

import { corpusDir, repoRoot } from './paths';
export { corpusDir, repoRoot };
export { clausePlan as plan } from './plan';

/** [clause number, indicator, value, occurrence among targets with the same three]. */
export type TargetKey = [number, string, number, number];

export function keyOf(all: readonly Target[], t: Target): TargetKey {
  const n = t.clause?.heading.number ?? 0;
  const same = all.filter((x) => (x.clause?.heading.number ?? 0) === n && x.indicator === t.indicator && x.value === t.value);
  return [n, t.indicator, t.value, same.indexOf(t)];
}

export const keyString = (k: TargetKey) => k.join('|');

export interface FixturePair {
  name: string;
  districtText: string;
  municipalText: string;
  district: PlanDocument;
  municipal: PlanDocument;
  targets: number;
  pairs: Array<[TargetKey, TargetKey]>;
}

function resolve(p: string): string | undefined {
  const file = p.startsWith('corpus:') ? path.join(corpusDir, p.slice(7)) : path.join(repoRoot, p);
  return fs.existsSync(file) ? file : undefined;
}

/** The labelled fixture pairs whose files exist (corpus pairs are skipped without the corpus). */
export function fixturePairs(): FixturePair[] {
  const spec = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'targets', 'pairs.json'), 'utf8')) as {
    fixtures: Array<{ district: string; municipal: string; targets: number; pairs: Array<[TargetKey, TargetKey]> }>;
  };
  const out: FixturePair[] = [];
  for (const f of spec.fixtures) {
    const d = resolve(f.district);
    const m = resolve(f.municipal);
    if (!d || !m) continue;
    const districtText = fs.readFileSync(d, 'utf8');
    const municipalText = fs.readFileSync(m, 'utf8');
    out.push({
      name: path.basename(d),
      districtText,
      municipalText,
      district: parseDocument(districtText),
      municipal: parseDocument(municipalText),
      targets: f.targets,
      pairs: f.pairs,
    });
  }
  return out;
}

export { extractTargets };
