import * as z from 'zod';
import { BUILTIN_CONFUSABLES, type Confusable, ConfusableSchema, isWrongUse, Matcher, matcherOf } from '../../core/analysis/confusables';
import { contiguous } from '../../core/analysis/punctuation';
import { defineRule } from '../../core/engine/types';

/**
 * Confusable words from a data table (server/src/data/confusables.json,
 * extended by the `entries` option): 截止2024年底 → 截至, 其它 → 其他,
 * 台帐 → 台账 … Each entry's context patterns decide which uses are wrong.
 * Text inside 《》 is a title quoted as issued and is never reported.
 */
export default defineRule({
  id: 'wording/confusable',
  category: 'wording',
  description: '不写易混淆的错别字和不规范词形（截止/截至、其它/其他、台帐/台账等），词表可在配置中扩充。',
  severity: 'warning',
  fixable: true,
  options: z
    .object({
      /** More entries, same format as the built-in table. */
      entries: z.array(ConfusableSchema).default([]),
      /** Wrong forms of built-in entries not to check. */
      disable: z.array(z.string()).default([]),
    })
    .strict(),
  check({ doc, options, report }) {
    const { matchers, byFirst, starts } = matchersFor(options);
    // per entry: where its next occurrence may start (occurrences of one entry do not overlap) and its findings in the paragraph
    const nextAt = new Int32Array(matchers.length);
    const found = new Int32Array(matchers.length);
    const dateParagraph = doc.front.date?.start;
    for (const p of doc.paragraphs) {
      if (p.start === dateParagraph) continue; // the 成文日期 is document/date-format's
      const t = p.text;
      let titleDepth: Int32Array | undefined; // open 《 before each position, computed on the first occurrence
      nextAt.fill(0);
      found.fill(0);
      // one pass: the regex engine finds where some wrong form starts (a zero-width match: step over it by hand),
      // each such place is tried against the entries starting with its character
      starts.lastIndex = 0;
      while (starts.test(t)) {
        const i = starts.lastIndex++;
        const candidates = byFirst.get(t.charCodeAt(i))!;
        for (const k of candidates) {
          const m = matchers[k];
          const w = m.entry.wrong;
          if (i < nextAt[k] || found[k] >= MAX_PER_PARAGRAPH || !t.startsWith(w, i)) continue;
          nextAt[k] = i + w.length;
          if (!isWrongUse(m, t, i)) continue;
          found[k]++;
          titleDepth ??= depths(t);
          if (titleDepth[i] > 0) continue;
          const r = p.range(i, i + w.length);
          const e = m.entry;
          const fix = { title: e.right ? `改为“${e.right}”` : `删除“${w}”`, edits: [{ ...r, newText: e.right }] };
          const safe = e.fix !== false && contiguous(p, i, i + w.length);
          report({
            message: `${e.right ? `“${w}”应为“${e.right}”` : `“${w}”多余`}${e.note ? `：${e.note}` : ''}（依据：${e.source}）`,
            start: r.start,
            end: r.end,
            fix: safe ? fix : undefined,
            suggestions: safe ? undefined : [fix],
          });
        }
      }
    }
  },
});

interface Matchers {
  matchers: Matcher[];
  /** First UTF-16 unit of a wrong form → indexes of the matchers whose wrong form starts with it. */
  byFirst: Map<number, number[]>;
  /** Matches (zero-width, global) where one of the wrong forms starts. */
  starts: RegExp;
}

/** Matchers of one options object (options are resolved once per configuration). */
const matchersCache = new WeakMap<object, Matchers>();

function matchersFor(options: { entries: Confusable[]; disable: string[] }): Matchers {
  let c = matchersCache.get(options);
  if (!c) {
    const off = new Set(options.disable);
    const matchers: Matcher[] = [...BUILTIN_CONFUSABLES.filter((e) => !off.has(e.wrong)), ...options.entries].map(matcherOf);
    const byFirst = new Map<number, number[]>();
    matchers.forEach((m, k) => {
      const first = m.entry.wrong.charCodeAt(0);
      const list = byFirst.get(first);
      if (list) list.push(k);
      else byFirst.set(first, [k]);
    });
    const words = matchers.map((m) => m.entry.wrong.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    c = { matchers, byFirst, starts: new RegExp(words.length ? `(?=${words.join('|')})` : '[^\\s\\S]', 'g') };
    matchersCache.set(options, c);
  }
  return c;
}

/** At most this many findings of one entry per paragraph (a paragraph of thousands of one slip is one problem). */
const MAX_PER_PARAGRAPH = 20;

/** Number of open 《 before each position of a paragraph (one pass). */
function depths(t: string): Int32Array {
  const d = new Int32Array(t.length + 1);
  let open = 0;
  for (let i = 0; i < t.length; i++) {
    d[i] = open;
    const c = t.charCodeAt(i);
    if (c === 0x300a) open++;
    else if (c === 0x300b && open > 0) open--;
  }
  d[t.length] = open;
  return d;
}
