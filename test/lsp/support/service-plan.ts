// A ServicePlan for in-process tests of the language service: the text linted
// with every rule at its default, no reference data unless given.
import { resolveRules } from '../../../server/src/core/engine/config';
import { lintText } from '../../../server/src/core/engine/linter';
import { LineIndex } from '../../../server/src/core/model/positions';
import type { ServicePlan } from '../../../server/src/service';
import { RULES } from '../../../server/src/rules';

export function servicePlan(text: string, extra: Partial<ServicePlan> = {}): ServicePlan {
  const rules = resolveRules(RULES, []);
  const { doc, findings } = lintText(text, rules, extra.env);
  return { uri: 'file:///ws/plan.txt', version: 1, text, index: new LineIndex(text), doc, findings, env: {}, rules, ...extra };
}
