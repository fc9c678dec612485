import * as z from 'zod';
import { isChineseContext } from '../../core/analysis/punctuation';
import type { TextEdit } from '../../core/engine/types';
import { defineRule } from '../../core/engine/types';

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Straight quotes " and ' in Chinese text (GB/T 15834-2011 4.1: 双引号 “”
 * and 单引号 ‘’). Within a paragraph the straight quotes of one kind pair up
 * in order; when they do, the fix turns each pair into “…” or ‘…’. An odd
 * count is reported without a fix. An apostrophe between ASCII letters
 * (don't) and quotes in ASCII-only text are left alone.
 */
export default defineRule({
  id: 'punctuation/straight-quotes',
  category: 'punctuation',
  description: '中文文字中的引号使用弯引号“”和‘’，不用直引号 " 和 \'（GB/T 15834-2011）。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report }) {
    for (const p of doc.paragraphs) {
      const t = p.text;
      if (!t.includes('"') && !t.includes("'")) continue;
      let chineseText = false;
      for (let i = 0; i < t.length && !chineseText; i++) chineseText = isChineseContext(t.charCodeAt(i));
      if (!chineseText) continue;
      for (const [q, open, close] of [['"', '“', '”'], ["'", '‘', '’']] as const) {
        const at: number[] = [];
        for (let i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + 1)) {
          if (q === "'" && isAsciiLetter(t.charCodeAt(i - 1)) && isAsciiLetter(t.charCodeAt(i + 1))) continue;
          at.push(i);
        }
        if (!at.length) continue;
        if (at.length % 2) {
          const r = p.range(at[at.length - 1], at[at.length - 1] + 1);
          report({
            message: `中文文字中应使用弯引号“${open}${close}”，不用直引号 ${q}；本段的直引号不成对（${at.length} 个），请逐个改正`,
            start: r.start,
            end: r.end,
          });
          continue;
        }
        for (let k = 0; k < at.length; k += 2) {
          const a = p.range(at[k], at[k] + 1);
          const b = p.range(at[k + 1], at[k + 1] + 1);
          const edits: TextEdit[] = [
            { ...a, newText: open },
            { ...b, newText: close },
          ];
          report({
            message: `中文文字中应使用弯引号“${open}…${close}”，不用直引号 ${q}…${q}`,
            start: a.start,
            end: b.end,
            fix: { title: `改为“${open}…${close}”`, edits },
          });
        }
      }
    }
  },
});
