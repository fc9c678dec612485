// Lint environments for department rule tests: the fictional 江城市 registry file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRegistry, Registry } from '../../../server/src/core/analysis/registry';
import type { LintEnvironment } from '../../../server/src/core/engine/types';

export const JIANGCHENG_FILE = path.join(__dirname, '..', '..', 'fixtures', 'departments', 'jiangcheng.registry.json');

export function jiangcheng(): Registry {
  return parseRegistry(JSON.parse(fs.readFileSync(JIANGCHENG_FILE, 'utf8')), JIANGCHENG_FILE);
}

export function jiangchengEnv(extra: Partial<NonNullable<LintEnvironment['departments']>> = {}): LintEnvironment {
  return { departments: { registry: jiangcheng(), registrySource: JIANGCHENG_FILE, ...extra } };
}
