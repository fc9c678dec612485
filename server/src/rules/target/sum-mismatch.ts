import * as z from 'zod';
import { formatValue, granularity } from '../../core/analysis/compare';
import { extractTargets, Target } from '../../core/analysis/targets';
import { defineRule } from '../../core/engine/types';

/** The interval a written value stands for: 6.5 → [6.45, 6.55], 7300余 → [7300, 7400]. */
function interval(t: Target): [number, number] {
  const g = granularity(t.valueText, t.value);
  if (t.approximate) return [t.value, t.value + g];
  const r = /\./.test(t.valueText) ? g / 2 : 0;
  return [t.value - r, t.value + r];
}

/** A total whose components (其中…) add up to something else. */
export default defineRule({
  id: 'target/sum-mismatch',
  category: 'target',
  description: '总量指标与“其中”列出的分项之和一致（允许“余”和四舍五入误差）。',
  severity: 'warning',
  fixable: false,
  options: z.object({}).strict(),
  check({ doc, report, memo }) {
    for (const t of memo('targets', () => extractTargets(doc))) {
      if (t.role !== 'total' || !t.components.length) continue;
      const [lo, hi] = interval(t);
      let sLo = 0;
      let sHi = 0;
      for (const c of t.components) {
        const [a, b] = interval(c);
        sLo += a;
        sHi += b;
      }
      const eps = 1e-9 * Math.max(1, Math.abs(hi));
      const parts = t.components.map(formatValue).join(' + ');
      if (t.components.length === 1) {
        // a single listed component may not exceed the total
        if (sLo > hi + eps) report({ message: `分项 ${parts} 超过总量 ${formatValue(t)}（${t.phrase}）。请核对数值`, start: t.components[0].valueSpan.start, end: t.components[0].valueSpan.end });
        continue;
      }
      if (sHi + eps < lo || sLo > hi + eps) {
        const sum = Math.round(t.components.reduce((n, c) => n + c.value, 0) * 1e6) / 1e6;
        report({
          message: `${t.phrase} 总量为 ${formatValue(t)}，但其中各分项之和为 ${parts} = ${sum}${t.unit}。请核对总量或分项`,
          start: t.valueSpan.start,
          end: t.valueSpan.end,
          data: { components: t.components.map((c) => ({ start: c.valueSpan.start, end: c.valueSpan.end, value: c.value })) },
        });
      }
    }
  },
});
