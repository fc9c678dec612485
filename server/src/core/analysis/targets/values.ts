// Value scanning: numbers with their units (5710批次, 98%, 7300余批次,
// 百分之九十), the 每万人 ratio, and what follows a value (以上/以内).
import { parseChineseNumeral } from '../../model/numerals';
import { UNITS } from './vocabulary';

export const VALUE = /(?<![\d.])(\d+(?:\.\d+)?)(余)?(批次\/千人|例\/(?:10|十)万人?|例\/万人?|%|批次|学时|分|人|名|次|个|家)(余)?|百分之([零〇一二两三四五六七八九十百]{1,4}(?:点[零〇一二三四五六七八九]{1,3})?)/g;

/** 每千人 (每千人口) right before a count of batches: 抽检量达到每千人6批次 is 6批次/千人. */
export const PER_THOUSAND = /每千人口?$/;

const DIGIT_CHARS = '零一二三四五六七八九';

/** 每万人一人, 每万人配备1名, 每万人不少于2名. */
export const PER_10K = /^每万人口?((?:配备|配齐|至少|不少于|不低于|达到|有){0,2})(\d{1,3}|[一二两三四五六七八九十]{1,3})(名|人)/;

/** 百分之九十 → 90, 百分之百 → 100, 百分之九十九点五 → 99.5. */
export function parsePercentNumeral(s: string): number {
  const [int, frac] = s.replace(/〇/g, '零').split('点');
  let n: number;
  if (int === '百' || int === '一百') n = 100;
  else if (int.length === 1 && DIGIT_CHARS.indexOf(int) >= 0) n = DIGIT_CHARS.indexOf(int);
  else n = parseChineseNumeral(int);
  if (Number.isNaN(n)) return NaN;
  if (frac) {
    let f = '';
    for (const ch of frac) f += String(DIGIT_CHARS.indexOf(ch));
    n = Number(`${n}.${f}`);
  }
  return n;
}

/** A VALUE match read: value, canonical unit, the text written, 余; undefined when the numeral does not parse. */
export function readValue(m: RegExpExecArray): { value: number; unit: string; valueText: string; approximate: boolean } | undefined {
  if (m[5] !== undefined) {
    const value = parsePercentNumeral(m[5]);
    return Number.isNaN(value) ? undefined : { value, unit: '%', valueText: m[0], approximate: false };
  }
  return { value: Number(m[1]), valueText: m[1], unit: UNITS.find(([w]) => w === m[3])![1], approximate: m[2] !== undefined || m[4] !== undefined };
}

/** 以上 / 以内 / 以下 / 之内 right after a value: the suffix and the bound it sets. */
export function readSuffix(post: string): { suffix: string; ceiling: boolean } {
  const sm = /^(以上|以内|以下|之内)/.exec(post);
  return sm ? { suffix: sm[1], ceiling: sm[1] !== '以上' } : { suffix: '', ceiling: false };
}
