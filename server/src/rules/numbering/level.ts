import * as z from 'zod';
import { CANONICAL_MARKER, HeadingLevel } from '../../core/model/headings';
import { analyzeNumbering, LEVEL_NAMES, OutlineNode } from '../../core/analysis/numbering';
import { defineRule } from '../../core/engine/types';

const PARENT_NAMES = ['文件开头', '一级标题', '二级标题', '三级标题', '四级标题'];

function sample(level: number): string {
  return CANONICAL_MARKER[level as HeadingLevel].replace('N', level <= 2 ? '一' : '1');
}

function raw(n: OutlineNode): string {
  return n.heading ? n.heading.marker.raw.trim() : sample(n.level);
}

/**
 * Level structure: under headings of the same level the document uses the
 * same next level (a chapter that jumps to 1. while the others use （一） is a
 * finding; 1. directly under 一、 in every chapter is a convention), a deeper
 * level never precedes a higher one among siblings, and 一、 never holds （1）
 * directly. Works on the outline with lost markers in place, so a dropped
 * 二、 is reported once (by numbering/missing-marker), not as a level defect.
 */
export default defineRule({
  id: 'numbering/level',
  category: 'numbering',
  description: '标题层级使用得当：同级标题下一级的用法一致，不越级、不颠倒层级。',
  severity: 'warning',
  fixable: false,
  options: z.object({}).strict(),
  check({ doc, report, memo }) {
    const analysis = memo('numbering', () => analyzeNumbering(doc));
    // parents with children, with their level (0 = the document itself)
    const parents: Array<{ level: number; children: OutlineNode[] }> = [];
    if (analysis.roots.length) parents.push({ level: 0, children: analysis.roots });
    const visit = (n: OutlineNode) => {
      if (n.children.length) parents.push({ level: n.level, children: n.children });
      n.children.forEach(visit);
    };
    analysis.roots.forEach(visit);

    const reported = new Set<OutlineNode>();
    const flag = (n: OutlineNode, message: string) => {
      if (!n.heading || reported.has(n)) return;
      reported.add(n);
      report({ message, start: n.heading.marker.start, end: n.heading.marker.end });
    };

    // the usual first-child level per parent level; ties go to the level right below
    const counts = new Map<number, Map<number, number>>();
    for (const p of parents) {
      const m = counts.get(p.level) ?? new Map<number, number>();
      const l = p.children[0].level;
      m.set(l, (m.get(l) ?? 0) + 1);
      counts.set(p.level, m);
    }
    const usual = new Map<number, number>();
    for (const [pl, m] of counts) {
      let best = 0;
      let bestN = -1;
      for (const [l, n] of m) if (n > bestN || (n === bestN && Math.abs(l - pl - 1) < Math.abs(best - pl - 1))) [best, bestN] = [l, n];
      usual.set(pl, best);
    }

    for (const p of parents) {
      const first = p.children[0];
      const parentName = PARENT_NAMES[p.level];
      // two levels skipped at once (一、 directly followed by （1）): never a convention
      if (p.level > 0 && first.level - p.level >= 3) {
        flag(first, `${parentName}下直接使用了${LEVEL_NAMES[first.level]}“${raw(first)}”，跳过了“${sample(p.level + 1)}”“${sample(p.level + 2)}”两级，层级使用不当`);
      }
      // a parent whose next level differs from the one its peers use
      const u = usual.get(p.level)!;
      if (first.level !== u && (counts.get(p.level)?.size ?? 0) > 1) {
        flag(
          first,
          first.level > u
            ? `此处${parentName}下直接使用了${LEVEL_NAMES[first.level]}“${raw(first)}”，而本文件其他${parentName}下使用${LEVEL_NAMES[u as HeadingLevel]}“${sample(u)}”，跳过了一级`
            : `此处${parentName}下使用了${LEVEL_NAMES[first.level]}“${raw(first)}”，而本文件其他${parentName}下直接使用${LEVEL_NAMES[u as HeadingLevel]}“${sample(u)}”，层级用法不一致`,
        );
      }
      // a higher level after a deeper one among siblings (1. 2. then （一）)
      let deepest: OutlineNode | undefined;
      for (const c of p.children) {
        if (deepest && c.level < deepest.level) {
          flag(c, `${LEVEL_NAMES[c.level]}“${raw(c)}”出现在同一上级下的${LEVEL_NAMES[deepest.level]}“${raw(deepest)}”之后，层级顺序颠倒`);
        }
        if (!deepest || c.level > deepest.level) deepest = c;
      }
    }
  },
});
