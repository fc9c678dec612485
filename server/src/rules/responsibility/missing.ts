import * as z from 'zod';
import type { Clause, Heading, TaskRun } from '../../core/model/document';
import { unitKind, unitPrefix, upperUnitPrefix } from '../../core/model/divisions';
import { defineRule } from '../../core/engine/types';
import { NON_TASK_HEADINGS } from '../../core/analysis/chapters';

/** Chapters that hold no tasks (matched as part of a heading title). */
export const DEFAULT_EXEMPT_HEADINGS: string[] = [...NON_TASK_HEADINGS];

/** A heading title holds one of the words: one alternation, built once per options object. */
let exemptFor: object | undefined;
let exemptWords: RegExp | undefined;

function exemptPattern(options: { exemptHeadings: string[]; extraExemptHeadings: string[] }): RegExp {
  if (exemptFor !== options || !exemptWords) {
    const words = [...options.exemptHeadings, ...options.extraExemptHeadings].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    exemptWords = new RegExp(words.length ? words.join('|') : '[^\\s\\S]');
    exemptFor = options;
  }
  return exemptWords;
}

function exempt(h: Heading | undefined, words: RegExp): boolean {
  for (let x = h; x; x = x.parent) if (words.test(x.title)) return true;
  return false;
}

/** True when the run is only the item's own title without a full stop (a heading with nothing under it). */
function onlyTitle(c: Clause, run: TaskRun): boolean {
  const strip = (s: string) => s.replace(/[\s，、：,:]/g, '');
  return strip(run.text) === '' || (!/[。；;！？!?]/.test(run.text) && strip(run.text) === strip(c.heading.title));
}

/**
 * A closing paragraph written without a heading after the last item
 * (工作要求：各单位要…, 保障措施): the rest of the clause holds no tasks.
 */
const CLOSING = /^(?:[一二三四五六七八九十]+[、.．]?)?(?:工作要求|保障措施|有关要求|其他要求|工作保障|组织保障|组织领导|组织实施)(?:[：:。]|$)/;

function closingStart(run: TaskRun): boolean {
  return run.segments.some((s) => s.from === 0 && CLOSING.test(s.paragraph.text.slice(0, 12)));
}

export default defineRule({
  id: 'responsibility/missing',
  category: 'responsibility',
  description: '任务章节中的每项任务都写明责任单位：整项没有责任分工，或最后一个责任单位之后还有任务，都会报告。',
  severity: 'error',
  fixable: false,
  options: z
    .object({
      /** Headings (any part of the title) whose items hold no tasks. */
      exemptHeadings: z.array(z.string().min(1)).default(DEFAULT_EXEMPT_HEADINGS),
      /** More exempt headings, added to exemptHeadings. */
      extraExemptHeadings: z.array(z.string().min(1)).default([]),
    })
    .strict(),
  check({ doc, options, report }) {
    const words = exemptPattern(options);
    const j = doc.front.planTitle?.jurisdiction;
    const upper = j && (j.level === 'city' || j.level === 'province');
    const kind = j && !upper ? (j.kind ?? unitKind(j.name)) : undefined;
    // the plan's own prefix: 区/县/市/旗, or 市/州/省/自治区 in a city's or province's plan
    const example = `（${kind ? unitPrefix(kind) : upper ? upperUnitPrefix(j.name) : '区'}市场监管局负责）`;
    for (const c of doc.clauses) {
      if (exempt(c.heading, words)) continue;
      const item = c.heading.marker.raw.trim() + c.heading.title;
      for (const run of c.runs) {
        if (closingStart(run)) break;
        if (run.note || onlyTitle(c, run)) continue;
        const message = !c.notes.length
          ? `“${item}”没有写明责任单位。请在任务后用括号注明，如“${example}”`
          : `“${item}”最后一个责任单位之后的任务没有写明责任单位。请补充括号注明，或把它移到责任单位之前`;
        report({ message, start: run.start, end: run.end, data: { item: c.heading.index } });
      }
    }
  },
});
