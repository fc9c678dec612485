// The closing block of a plan published on its own: the issuing body's name
// (署名), the 成文日期 and the 附注, and the 版记 (抄送, 印发) after the last
// clause. Without this step those lines would be read as task text of the last
// clause, after its responsibility note.
import type { Paragraph } from './text';

/** 2024年5月20日, with an Arabic year. */
export const ARABIC_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** 二〇二四年五月二十日, which GB/T 9704 no longer uses for 成文日期. */
export const CHINESE_DATE = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
/** 附注: （此件主动公开）, （此件公开发布）. */
export const ANNOTATION = /^[（(]此件.{0,12}[）)]$/;
/**
 * An issuing body signing the plan: a short name ending with an office's word,
 * 红桥区食品安全委员会办公室, 大邑县人民政府, 中共某某县委办公室, 某某县市场监督管理局.
 */
const SIGNATURE = /^[\u4e00-\u9fa5（）()]{2,36}(?:人民政府办公室|人民政府|办公室|办公厅|委员会|领导小组|指挥部|管理局|局|委|办)$/;
/** 版记: 抄送：…, and the printing line 某某办公室　2024年5月20日印发. */
const IMPRINT = /^(?:抄送[：:].*|[\u4e00-\u9fa5]{2,36}\s*\d{4}年\d{1,2}月\d{1,2}日印发)$/;

/** True when the paragraph is a 成文日期. */
export function isDateLine(text: string): boolean {
  return ARABIC_DATE.test(text) || CHINESE_DATE.test(text);
}

/**
 * Index of the first paragraph of the closing block, or `paragraphs.length`
 * when the plan has none. The block is read backwards from the end: 版记
 * lines, a 附注, the 成文日期 (required), then up to two signatures (a plan
 * issued jointly). Only paragraphs from `from` on are considered.
 */
export function closingStart(paragraphs: readonly Paragraph[], from: number): number {
  let i = paragraphs.length - 1;
  while (i >= from && IMPRINT.test(paragraphs[i].text)) i--;
  if (i >= from && ANNOTATION.test(paragraphs[i].text)) i--;
  if (i < from || !isDateLine(paragraphs[i].text)) return paragraphs.length;
  let start = i;
  for (let k = 0; k < 2 && start - 1 >= from && SIGNATURE.test(paragraphs[start - 1].text); k++) start--;
  return start;
}
