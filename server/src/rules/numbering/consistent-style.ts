import { analyzeNumbering, LEVEL_NAMES } from '../../core/analysis/numbering';
import { markerText } from '../../core/drafting/renumber';
import { isStandardMarker, MarkerFormOptions } from '../../core/model/headings';
import { defineRule } from '../../core/engine/types';

/**
 * One marker variant per level within a document: the minority form is
 * reported and fixed to the form the document mostly uses. Only GB/T forms
 * are compared here (1. against 1．): a non-standard form is reported once,
 * by numbering/marker-style, and a GB/T form is never "fixed" to a
 * non-standard majority, so the two rules never pull in opposite directions.
 */
export default defineRule({
  id: 'numbering/consistent-style',
  category: 'numbering',
  description: '同一文件内同级标题序号写法统一（如“1.”与“1．”、“（一）”与“(一)”不混用）。',
  severity: 'warning',
  fixable: true,
  options: MarkerFormOptions,
  check({ doc, options, report, memo }) {
    const standard = (h: { marker: { style: string; standard: boolean } }) => isStandardMarker(h.marker, options.allowFullWidthPoint);
    const analysis = memo('numbering', () => analyzeNumbering(doc));
    for (const conv of analysis.conventions.values()) {
      if (conv.styleCounts.size < 2) continue;
      const target = conv.dominantStyle;
      const headings = conv.groups.flatMap((g) => g.headings);
      const targetStandard = headings.some((h) => h.marker.style === target && standard(h));
      for (const h of headings) {
        if (h.marker.style === target) continue;
        // a non-standard minority form is reported by numbering/marker-style with the same fix:
        // report it once, there
        if (!standard(h)) continue;
        if (!targetStandard) continue;
        const expected = markerText(h.level, h.number, target);
        const n = conv.styleCounts.get(target)!;
        report({
          message: `${LEVEL_NAMES[h.level]}序号写法不统一：本文件多数（${n} 处）写作“${markerText(h.level, h.number, target)}”这种形式，此处写作“${h.marker.raw.trim()}”`,
          start: h.marker.start,
          end: h.marker.end,
          fix: { title: `统一为“${expected}”`, edits: [{ start: h.marker.start, end: h.marker.end, newText: expected }] },
        });
      }
    }
  },
});
