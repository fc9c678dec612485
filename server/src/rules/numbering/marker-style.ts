import { CANONICAL_MARKER, isStandardMarker, MarkerFormOptions } from '../../core/model/headings';
import { LEVEL_NAMES } from '../../core/analysis/numbering';
import { markerText } from '../../core/drafting/renumber';
import { defineRule } from '../../core/engine/types';


/** GB/T 9704-2012 marker forms: 一、 （一） 1. （1）. */
export default defineRule({
  id: 'numbering/marker-style',
  category: 'numbering',
  description: '标题序号的写法符合 GB/T 9704：“一、”“（一）”“1.”“（1）”。',
  severity: 'warning',
  fixable: true,
  options: MarkerFormOptions,
  check({ doc, options, report }) {
    for (const h of doc.headings) {
      if (isStandardMarker(h.marker, options.allowFullWidthPoint)) continue;
      const expected = markerText(h.level, h.number, CANONICAL_MARKER[h.level]);
      report({
        message: `${LEVEL_NAMES[h.level]}序号“${h.marker.raw.trim()}”写法不规范，应写作“${expected}”`,
        start: h.marker.start,
        end: h.marker.end,
        fix: { title: `改为“${expected}”`, edits: [{ start: h.marker.start, end: h.marker.end, newText: expected }] },
      });
    }
  },
});
