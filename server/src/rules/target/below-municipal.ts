import * as z from 'zod';
import { compareTargets, formatValue, isWeaker } from '../../core/analysis/compare';
import { clauseLabel, extractTargets, targetText } from '../../core/analysis/targets';
import { defineRule } from '../../core/engine/types';

/** Quotes inside a quotation become ‘’ (Chinese nesting). */
function innerQuotes(s: string): string {
  return s.replace(/“/g, '‘').replace(/”/g, '’');
}

/**
 * A district target weaker than the municipal target measuring the same
 * thing. `data.municipal` locates the municipal target for hover and
 * go-to-definition (shape documented in docs/targets.md).
 */
export default defineRule({
  id: 'target/below-municipal',
  category: 'target',
  description: '区级量化指标不低于市级计划中同一指标的要求（上限类指标不高于市级）。',
  severity: 'warning',
  fixable: false,
  options: z.object({}).strict(),
  check({ doc, env, report, memo }) {
    const municipal = env.municipal;
    if (!municipal) return;
    // a municipal plan is not held to another municipal plan (document/structure says so)
    const level = doc.front.planTitle?.jurisdiction?.level;
    if (level === 'city' || level === 'province') return;
    const mine = memo('targets', () => extractTargets(doc));
    const theirs = memo('targets/municipal', () => extractTargets(municipal));
    const cmp = memo('targets/comparison', () => compareTargets(mine, theirs));
    for (const { district: d, municipal: m } of cmp.pairs) {
      if (!isWeaker(d, m)) continue;
      const word = d.bound === 'ceiling' ? '高于' : '低于';
      const mv = formatValue(m);
      report({
        message: `${d.phrase}：本计划为 ${formatValue(d)}，${word}市级计划第 ${m.clause?.heading.number ?? '?'} 条（${clauseLabel(m)}）要求的 ${mv}（市级原文：“${innerQuotes(targetText(municipal, m))}”）。请不${word}市级要求`,
        start: d.start,
        end: d.end,
        suggestions: d.numberSpan
          ? [{ title: `改为市级要求的 ${mv}`, edits: [{ start: d.numberSpan.start, end: d.numberSpan.end, newText: /^\d/.test(m.valueText) ? m.valueText : String(m.value) }] }]
          : undefined,
        data: {
          municipal: {
            file: typeof env.municipalFile === 'string' ? env.municipalFile : undefined,
            start: m.start,
            end: m.end,
            text: targetText(municipal, m),
            clause: m.clause ? { number: m.clause.heading.number, title: m.clause.heading.title, start: m.clause.heading.marker.start } : undefined,
            value: m.value,
            unit: m.unit,
            bound: m.bound,
          },
          district: { value: d.value, unit: d.unit, bound: d.bound },
        },
      });
    }
  },
});
