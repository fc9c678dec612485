// Layout facts for rule tests: one paragraph per line, as the Word reader
// gives them, with each line's font, size and spacing chosen by the test.
import type { LintEnvironment } from '../../../server/src/core/engine/types';
import type { DocLayout, LineSpacing, SectionLayout } from '../../../server/src/core/model/page-layout';
import { splitLines } from '../../../server/src/core/model/text';

export interface LineStyle {
  font?: string;
  size?: number;
  spacing?: LineSpacing;
  inTable?: boolean;
}

export const A4: Omit<SectionLayout, 'firstParagraph'> = { pageWidth: 210, pageHeight: 297, margins: { top: 37, bottom: 35, left: 28, right: 26 } };

/** `style(line, text)` gives each line's layout; `fallback` the rest. */
export function layoutEnv(text: string, style: (line: number, text: string) => LineStyle | undefined, sections: Array<Omit<SectionLayout, 'firstParagraph'> & { firstParagraph?: number }> = [A4]): LintEnvironment {
  const lines = splitLines(text);
  const secStarts = sections.map((s, i) => s.firstParagraph ?? (i === 0 ? 0 : lines.length));
  const layout: DocLayout = {
    paragraphs: lines.map((l, i) => {
      const st = style(i + 1, text.slice(l.start, l.end)) ?? {};
      let section = 0;
      while (section + 1 < secStarts.length && secStarts[section + 1] <= i) section++;
      return { start: l.start, end: l.end, runs: [{ start: l.start, end: l.end, font: st.font, size: st.size }], lineSpacing: st.spacing, inTable: st.inTable ?? false, section };
    }),
    sections: sections.map((s, i) => ({ ...s, firstParagraph: secStarts[i] })),
  };
  layout.paragraphs[layout.paragraphs.length - 1].end = text.length;
  return { layout };
}

/** GB/T 9704 fonts by line: title, 一、, （一）, else 仿宋 3号, fixed 28 磅. */
export const standard = (line: number, text: string): LineStyle => {
  const spacing: LineSpacing = { rule: 'exact', value: 28 };
  if (line === 1) return { font: '方正小标宋简体', size: 22, spacing };
  if (/^[一二三四五六七八九十]+、/.test(text)) return { font: '黑体', size: 16, spacing };
  if (/^（[一二三四五六七八九十]+）/.test(text)) return { font: '楷体_GB2312', size: 16, spacing };
  return { font: '仿宋_GB2312', size: 16, spacing };
};
