import * as z from 'zod';
import { IntStack, markerEndsOf, runStartBefore } from '../../core/analysis/punctuation';
import { defineRule } from '../../core/engine/types';

/**
 * The kind of a mark: 0 “” 1 ‘’ 2 《》 3 （）() 4 【】 5 〔〕, plus 8 for an
 * opening mark; -1 for anything else. （ and ( are one kind, so （…) is left
 * to punctuation/half-width. Char codes only: no string per character.
 */
function markKind(c: number): number {
  switch (c) {
    case 0x201c: return 8;
    case 0x201d: return 0;
    case 0x2018: return 9;
    case 0x2019: return 1;
    case 0x300a: return 10;
    case 0x300b: return 2;
    case 0xff08: case 0x28: return 11;
    case 0xff09: case 0x29: return 3;
    case 0x3010: return 12;
    case 0x3011: return 4;
    case 0x3014: return 13;
    case 0x3015: return 5;
    default: return -1;
  }
}
/** Runs of 。 and the marks markKind knows (isMark: the same characters). */
const MARK_RUNS = /[\u3002\u201c\u201d\u2018\u2019\u300a\u300b\uff08\uff09()\u3010\u3011\u3014\u3015]+/g;

function isMark(c: number): boolean {
  return c === 0x3002 || markKind(c) >= 0;
}
const PAIRS = ['“”', '‘’', '《》', '（）', '【】', '〔〕'];
const NUMERALS = '一二三四五六七八九十';
const CLAUSE_START = '：:；;，,。 “';

/** Whether t[..i) ends with an enumerator (1 12 a 一 十二) at a clause start: the ） at i closes 1） a） 一）. No allocation. */
function endsWithEnumerator(t: string, i: number): boolean {
  let j = i;
  const c = t.charCodeAt(j - 1);
  if (c >= 0x30 && c <= 0x39) {
    j--;
    if (j > 0 && t.charCodeAt(j - 1) >= 0x30 && t.charCodeAt(j - 1) <= 0x39) j--;
  } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) j--;
  else while (j > 0 && i - j < 3 && NUMERALS.includes(t[j - 1])) j--;
  if (j === i) return false;
  return j === 0 || CLAUSE_START.includes(t[j - 1]);
}
/** At most this many findings per paragraph. */
const MAX_PER_PARAGRAPH = 10;
/** The end of a responsibility note without its opening bracket (responsibility/format reports it). */
const NOTE_END = ['牵头', '负责', '配合', '协助', '参与'];

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
  check({ doc, report, memo }) {
    const markerEnds = memo('punctuation/marker-ends', () => markerEndsOf(doc));
    // unclosed notes are responsibility/format's finding
    let unclosedNotes: Set<number> | undefined;
    for (const n of doc.notes) if (!n.closed) (unclosedNotes ??= new Set()).add(n.start);
    // the stack as two typed stacks of small integers: no object per mark (a paragraph of 100,000 open brackets
    // stays cheap), reused from paragraph to paragraph
    const stackAt = new IntStack();
    const stackKind = new IntStack();
    const open = [0, 0, 0, 0, 0, 0];
    // only the first MAX_PER_PARAGRAPH unmatched marks are reported: keep the smallest positions in a bounded array
    const unmatched: number[] = [];
    const keep = (at: number) => {
      unmatched.push(at);
      if (unmatched.length > 8 * MAX_PER_PARAGRAPH) unmatched.sort((a, b) => a - b).length = MAX_PER_PARAGRAPH;
    };
    for (const p of doc.paragraphs) {
      const t = p.text;
      const markerEnd = markerEnds.get(p.index);
      const skipTo = markerEnd !== undefined ? p.indexOf(markerEnd) : 0;
      stackAt.clear();
      stackKind.clear();
      open.fill(0);
      unmatched.length = 0;
      let sentence = 0; // start of the current sentence at depth 0
      // the regex engine finds the runs of marks (and 。): test allocates no match, lastIndex is the run's end and
      // its start is found back from there; the marks of a run are read directly (no regex call per mark)
      MARK_RUNS.lastIndex = skipTo;
      let prevEnd = skipTo;
      while (MARK_RUNS.test(t)) {
        const runEnd = MARK_RUNS.lastIndex;
        const runStart = runStartBefore(t, runEnd, prevEnd, isMark);
        prevEnd = runEnd;
        for (let i = runStart; i < runEnd; i++) {
          const code = t.charCodeAt(i);
          if (code === 0x3002) {
            if (stackAt.length === 0) sentence = i + 1;
            continue;
          }
          const k = markKind(code);
          if (k < 0) continue;
          if (k >= 8) {
            stackAt.push(i);
            stackKind.push(k - 8);
            open[k - 8]++;
            continue;
          }
          const c = k;
          if (open[c] > 0) {
            for (;;) {
              const at = stackAt.pop();
              const kind = stackKind.pop();
              open[kind]--;
              if (kind === c) break;
              keep(at);
            }
            continue;
          }
          if (c === 3) {
            if (endsWithEnumerator(t, i)) continue;
            if (i - sentence <= 80 && NOTE_END.some((w) => i - w.length >= sentence && t.startsWith(w, i - w.length))) continue;
          }
          keep(i);
        }
      }
      // the marks left open, in text order: only the first few can be reported
      for (let k = 0; k < stackAt.length && k < MAX_PER_PARAGRAPH; k++) keep(stackAt.at(k));
      // a paragraph of thousands of stray marks is one problem, not thousands: the first few are shown
      if (unmatched.length > MAX_PER_PARAGRAPH) unmatched.sort((a, b) => a - b).length = MAX_PER_PARAGRAPH;
      for (const i of unmatched) {
        const r = p.range(i, i + 1);
        if (unclosedNotes?.has(r.start)) continue;
        const ch = t[i];
        const kind = markKind(t.charCodeAt(i));
        const isOpen = kind >= 8;
        const pair = PAIRS[isOpen ? kind - 8 : kind];
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
