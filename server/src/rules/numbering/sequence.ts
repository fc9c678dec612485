import * as z from 'zod';
import { analyzeNumbering, LEVEL_NAMES } from '../../core/analysis/numbering';
import { markerText, renumberSequence } from '../../core/drafting/renumber';
import { defineRule } from '../../core/engine/types';

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
      // the items that start a defect; the ones that follow their predecessor are covered by it
      const starts: number[] = [];
      for (let i = 0; i < seq.items.length; i++) {
        const it = seq.items[i];
        const h = it.heading;
        if (!h || h.number === it.expected) continue;
        const prev = i > 0 ? seq.items[i - 1] : undefined;
        // the number the previous slot carries (a lost marker counts as its expected number)
        const prevNumber = prev ? (prev.heading ? prev.heading.number : prev.expected) : 0;
        if (prev && h.number === prevNumber + 1) continue;
        starts.push(i);
      }
      for (let k = 0; k < starts.length; k++) {
        const i = starts[k];
        const it = seq.items[i];
        const h = it.heading!;
        const prev = i > 0 ? seq.items[i - 1] : undefined;
        const prevNumber = prev ? (prev.heading ? prev.heading.number : prev.expected) : 0;
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
        // renumber up to the next defect of this sequence: that one carries the rest, so every
        // fix stays local and the fixes of all findings together renumber the sequence (linear in size)
        const edits = renumberSequence(doc.text, seq, i, k + 1 < starts.length ? starts[k + 1] : seq.items.length);
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
