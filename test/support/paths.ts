// Where the tests find the repository and the published plans: the one
// definition of each.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root. */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** Real published plans next to the repository (reference only; tests pass without them). */
export const corpusDir = path.join(repoRoot, '..', 'shared', 'corpus');

/** The .txt plans of the corpus, [] when it is absent. */
export function corpusPlans(): string[] {
  if (!fs.existsSync(corpusDir)) return [];
  return fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(corpusDir, f));
}
