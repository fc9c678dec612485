// Chinese numerals 一 … 九十九 as used in heading markers.

const DIGITS = '〇一二三四五六七八九';

/** Parses 一 … 九十九 (also 两 for 2 and 〇/零 for 0 inside, e.g. 二十〇 is rejected). Returns NaN when not a numeral. */
export function parseChineseNumeral(s: string): number {
  if (!s || s.length > 3) return NaN;
  const d = (ch: string) => {
    const i = DIGITS.indexOf(ch);
    return i > 0 ? i : ch === '两' ? 2 : NaN;
  };
  if (s.length === 1) return s === '十' ? 10 : d(s);
  if (s.length === 2) {
    if (s[0] === '十') return 10 + d(s[1]);
    if (s[1] === '十') return d(s[0]) * 10;
    return NaN;
  }
  if (s[1] !== '十') return NaN;
  return d(s[0]) * 10 + d(s[2]);
}

/** Writes 1 … 99 as a Chinese numeral (十一, 二十, 三十一). */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}
