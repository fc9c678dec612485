import { z } from 'zod';
import { analyzeNumbering, LEVEL_NAMES } from '../../core/numbering';
import { markerText, renumberSequence } from '../../core/renumber';
import { defineRule, TextEdit } from '../../core/types';

/**
 * Findings of one sequence that carry a fix. Each fix renumbers the rest of
 * the sequence, so fixes on every finding of a sequence with thousands of
 * wrong numbers would be quadratic; the first fix already corrects the rest.
 */
export const MAX_FIXES_PER_SEQUENCE = 50;

/**
 * Numbers per level among siblings: gaps, duplicates, out-of-order numbers, a
 * missing first item, and restarts where the document numbers continuously
 * (or continuous numbers where it restarts under each parent).
 */
export default defineRule({
  id: 'numbering/sequence',
  category: 'numbering',
  description: '同级标题序号连续：不跳号、不重号、不颠倒，并与本文件“跨章连续编号”或“各章重新编号”的做法一致。',
  severity: 'error',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report, memo }) {
    const analysis = memo('numbering', () => analyzeNumbering(doc));
    for (const seq of analysis.sequences) {
      const conv = analysis.conventions.get(seq.level)!;
      const name = LEVEL_NAMES[seq.level];
      let all: TextEdit[] | undefined; // renumbering of the whole sequence, computed once
      let fixes = 0;
      for (let i = 0; i < seq.items.length; i++) {
        const it = seq.items[i];
        const h = it.heading;
        if (!h || h.number === it.expected) continue;
        const prev = i > 0 ? seq.items[i - 1] : undefined;
        // the number the previous slot carries (a lost marker counts as its expected number)
        const prevNumber = prev ? (prev.heading ? prev.heading.number : prev.expected) : 0;
        if (prev && h.number === prevNumber + 1) continue; // follows its predecessor: an earlier finding covers it
        const expected = markerText(h.level, it.expected, h.marker.style);
        const actual = h.marker.raw.trim();
        const prevMarker = markerText(h.level, prevNumber, h.marker.style);
        const groupStart = !prev || prev.group !== it.group;
        let message: string;
        const before = it.group > 0 ? conv.groups[it.group - 1].nodes : [];
        if (!prev && !seq.continuous && before.length && h.number === before[before.length - 1].number + 1) {
          message = `本文件${name}在每个上级标题下重新编号，此处不应接续上一部分编号，应为“${expected}”`;
        } else if (!prev) {
          message = `${name}序号应从“${expected}”开始，此处为“${actual}”，缺少前面的序号`;
        } else if (groupStart && seq.continuous && h.number === 1) {
          message = `本文件${name}跨上级标题连续编号，此处不应重新从1开始，应为“${expected}”`;
        } else if (h.number === prevNumber) {
          message = `${name}序号“${actual}”与上一项重复，应为“${expected}”`;
        } else if (h.number < prevNumber) {
          message = `${name}序号“${actual}”顺序颠倒（上一项为“${prevMarker}”），应为“${expected}”`;
        } else {
          message = `${name}序号不连续：上一项为“${prevMarker}”，此处为“${actual}”，中间缺号，应为“${expected}”`;
        }
        let edits: TextEdit[] = [];
        if (fixes < MAX_FIXES_PER_SEQUENCE) {
          all ??= renumberSequence(doc.text, seq);
          // items are in document order, so the edits from item i on are a suffix
          const from = all.findIndex((e) => e.start >= h.marker.start);
          edits = from < 0 ? [] : all.slice(from);
          if (edits.length) fixes++;
        }
        report({
          message,
          start: h.marker.start,
          end: h.marker.end,
          fix: edits.length ? { title: `从此处起重新编号${name}（共 ${edits.length} 处）`, edits } : undefined,
          data: { expected: it.expected, continuous: conv.continuous },
        });
      }
    }
  },
});
