// The one check() helper for rule tests: lint text with chosen rules and
// return findings with 1-based line/column, plus the text after safe fixes.
import { resolveRules } from '../../server/src/core/engine/config';
import { applyEdits, fixAll } from '../../server/src/core/engine/fix';
import { lintText } from '../../server/src/core/engine/linter';
import { LineIndex } from '../../server/src/core/model/positions';
import type { Finding, LintEnvironment } from '../../server/src/core/engine/types';
import { RULE_MAP, RULES } from '../../server/src/rules';

export interface CheckOptions {
  /** Only these rules (default: all rules at their default settings). */
  rules?: string[];
  /** Per-rule settings as in .fsplanrc.json. */
  config?: Record<string, unknown>;
  env?: LintEnvironment;
}

export interface CheckedFinding extends Finding {
  line: number;
  column: number;
  /** The text the finding covers. */
  quoted: string;
}

export function rulesFor(opts: CheckOptions = {}) {
  const selected = opts.rules ? opts.rules.map((id) => {
    const r = RULE_MAP.get(id);
    if (!r) throw new Error(`no rule ${id}`);
    return r;
  }) : RULES;
  return resolveRules(selected, [{ rules: (opts.config ?? {}) as never }]);
}

export function check(text: string, opts: CheckOptions = {}): { findings: CheckedFinding[]; fixed: string } {
  const rules = rulesFor(opts);
  const lint = (t: string) => lintText(t, rules, opts.env ?? {}).findings;
  const index = new LineIndex(text);
  const findings = lint(text).map((f) => {
    const p = index.position(f.start);
    return { ...f, line: p.line + 1, column: p.character + 1, quoted: text.slice(f.start, f.end) };
  });
  const fixed = fixAll(text, lint).text;
  return { findings, fixed };
}

/** Applies one finding's fix. */
export function applyFix(text: string, f: Finding): string {
  if (!f.fix) throw new Error(`finding of ${f.ruleId} has no fix`);
  return applyEdits(text, f.fix.edits);
}
