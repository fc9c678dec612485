import * as z from 'zod';
import { formatValue } from '../../core/analysis/compare';
import { extractTargets } from '../../core/analysis/targets';
import { defineRule } from '../../core/engine/types';

/** Targets that cannot be met or mean nothing: a rate above 100%, zero or negative, a score above its scale. */
export default defineRule({
  id: 'target/out-of-range',
  category: 'target',
  description: '量化指标的数值在合理范围内：比率不超过 100%，指标不为零或负数，满意度不超过满分。',
  severity: 'error',
  fixable: false,
  options: z
    .object({
      /** Full marks of satisfaction scores written in 分. */
      satisfactionScale: z.number().positive().default(100),
    })
    .strict(),
  check({ doc, options, report, memo }) {
    for (const t of memo('targets', () => extractTargets(doc))) {
      let why: string | undefined;
      if (t.value <= 0 && t.bound === 'floor') why = '指标值为零或负数，无法作为工作目标';
      else if (t.value < 0) why = '指标值为负数';
      else if (t.unit === '%' && t.value > 100) why = '百分比超过 100%';
      else if (t.unit === '分' && t.indicator === '满意度' && t.value > options.satisfactionScale) why = `满意度超过满分 ${options.satisfactionScale} 分`;
      if (!why) continue;
      report({ message: `${t.phrase} ${formatValue(t)}：${why}。请核对数值`, start: t.valueSpan.start, end: t.valueSpan.end });
    }
  },
});
