import { z } from 'zod';
import { markerEndsOf } from '../../core/analysis/punctuation';
import { defineRule } from '../../core/engine/types';

/** Opening mark → its kind; closing mark → its kind. （ and ( are one kind, so （…) is left to punctuation/half-width. */
const OPEN: Record<string, number> = { '“': 0, '‘': 1, '《': 2, '（': 3, '(': 3, '【': 4, '〔': 5 };
const CLOSE: Record<string, number> = { '”': 0, '’': 1, '》': 2, '）': 3, ')': 3, '】': 4, '〕': 5 };
const PAIRS = ['“”', '‘’', '《》', '（）', '【】', '〔〕'];
/** A closing bracket of an enumeration: 1） a） 一） at the start of a clause. */
const ENUMERATION = /(?:^|[：:；;，,。\s“])(?:\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})$/;
/** At most this many findings per paragraph. */
const MAX_PER_PARAGRAPH = 10;
/** The end of a responsibility note without its opening bracket (responsibility/format reports it). */
const NOTE_END = /(?:牵头|负责|配合|协助|参与)$/;

/**
 * Paired marks that do not pair up within a logical paragraph (GB/T
 * 15834-2011 4.1, 4.9, 4.15): “” ‘’ 《》 （） 【】 〔〕. The finding points
 * at the unmatched mark. One stack pass per paragraph: a closing mark pops
 * the open marks above its partner (each is reported once), so the cost is
 * linear in the paragraph.
 */
export default defineRule({
  id: 'punctuation/unbalanced',
  category: 'punctuation',
  description: '成对的标点（“”‘’《》（）【】〔〕）在同一段中成对出现（GB/T 15834-2011）。',
  severity: 'warning',
  fixable: false,
  options: z.object({}).strict(),
  check({ doc, report }) {
    const markerEnds = markerEndsOf(doc);
    // unclosed notes are responsibility/format's finding
    const unclosedNotes = new Set(doc.notes.filter((n) => !n.closed).map((n) => n.start));
    for (const p of doc.paragraphs) {
      const t = p.text;
      const skipTo = markerEnds.has(p.index) ? p.indexOf(markerEnds.get(p.index)!) : 0;
      const stack: Array<{ i: number; kind: number }> = [];
      const open = [0, 0, 0, 0, 0, 0];
      let sentence = 0; // start of the current sentence at depth 0
      const unmatched: number[] = [];
      for (let i = skipTo; i < t.length; i++) {
        const code = t.charCodeAt(i);
        // most characters are not marks: one range test before any lookup
        if (code < 0x28 || (code > 0x29 && code < 0x2018) || (code > 0x201d && code < 0x3002) || (code > 0x3015 && code < 0xff08) || code > 0xff09) continue;
        const ch = t[i];
        if (ch === '。' && stack.length === 0) sentence = i + 1;
        const o = OPEN[ch];
        if (o !== undefined) {
          stack.push({ i, kind: o });
          open[o]++;
          continue;
        }
        const c = CLOSE[ch];
        if (c === undefined) continue;
        if (open[c] > 0) {
          for (;;) {
            const top = stack.pop()!;
            open[top.kind]--;
            if (top.kind === c) break;
            unmatched.push(top.i);
          }
          continue;
        }
        if (c === 3) {
          // a window of 4 cannot be all enumerator, so ^ only matches at the paragraph start
          if (ENUMERATION.test(t.slice(Math.max(0, i - 4), i))) continue;
          if (i - sentence <= 80 && NOTE_END.test(t.slice(Math.max(sentence, i - 6), i))) continue;
        }
        unmatched.push(i);
      }
      for (const s of stack) unmatched.push(s.i);
      // a paragraph of thousands of stray marks is one problem, not thousands: the first few are shown
      if (unmatched.length > MAX_PER_PARAGRAPH) unmatched.sort((a, b) => a - b).length = MAX_PER_PARAGRAPH;
      for (const i of unmatched) {
        const r = p.range(i, i + 1);
        if (unclosedNotes.has(r.start)) continue;
        const ch = t[i];
        const isOpen = OPEN[ch] !== undefined;
        const pair = PAIRS[isOpen ? OPEN[ch] : CLOSE[ch]];
        report({
          message: isOpen
            ? `“${ch}”在本段中没有对应的“${pair[1]}”，请补上或删除`
            : `“${ch}”在本段中没有对应的“${pair[0]}”，请补上或删除`,
          start: r.start,
          end: r.end,
        });
      }
    }
  },
});
