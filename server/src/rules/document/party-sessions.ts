import * as z from 'zod';
import { Congress, currentCongress, dayNumber, mergeSessions, PARTY_SESSIONS } from '../../core/analysis/party-sessions';
import { contiguous } from '../../core/analysis/punctuation';
import { formatChineseNumeral, parseChineseNumeral } from '../../core/model/numerals';
import { defineRule } from '../../core/engine/types';

const N = '[一二三四五六七八九十]{1,3}';
const S = '[一二三四五六七八九]中';
/**
 * The standard formulation: 党的二十大(和二十届二中、三中全会)精神, or a list of
 * sessions alone (二十届三中全会精神). Groups: 1 congress, 2 list congress, 3
 * sessions; or 4 list congress, 5 sessions. Every repetition starts with a
 * separator, so the pattern cannot backtrack.
 */
const FORMULA = new RegExp(
  `(?:党的)?(${N})大(?:(?:和|以及|、)(?:党的)?(${N})届(${S}(?:[、和及与]${S})*)全会)?精神|(?:党的)?(${N})届(${S}(?:[、和及与]${S})*)全会精神`,
  'g',
);
/** A clause that implements the spirit rather than recounts history. */
const IMPLEMENTS = /贯彻|落实|学习|领会|践行|遵循|以/;
const BACKGROUND = /以来|召开|审议|通过了|作出|提出/;

function sessionList(numbers: number[]): string {
  return numbers.map((n) => `${formatChineseNumeral(n)}中`).join('、');
}

function dateText(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${y}年${m}月`;
}

/**
 * The preamble's list of Party congress and plenary sessions against the
 * plan's date (成文日期, or else 1 January of the plan year) and the table
 * in server/src/data/party-sessions.json: a session held before that date
 * missing from a list of the same congress's sessions, and an earlier
 * congress named as the one to implement. Titles in 《》 and background
 * sentences (…以来, 召开) never count.
 */
export default defineRule({
  id: 'document/party-sessions',
  category: 'document',
  description: '“全面贯彻党的二十大和二十届二中、三中全会精神”等表述与成文日期相符：不漏列已召开的全会，不沿用上一届代表大会的提法。',
  severity: 'warning',
  fixable: false,
  options: z
    .object({
      /** Sessions held since the built-in table was last updated. */
      sessions: z
        .array(
          z
            .object({
              congress: z.number().int().min(1).max(99),
              number: z.number().int().min(1).max(9),
              closed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写作 YYYY-MM-DD'),
              cited: z.boolean().optional(),
            })
            .strict(),
        )
        .default([]),
    })
    .strict(),
  check({ doc, options, report }) {
    const date = doc.front.date;
    const year = date?.year ?? doc.front.planTitle?.year;
    if (!year) return;
    const day = date ? date.year * 10000 + date.month * 100 + date.day : year * 10000 + 101;
    const dateShown = date ? `${date.year}年${date.month}月${date.day}日` : `${year}年`;
    const congresses = options.sessions.length ? mergeSessions(options.sessions) : PARTY_SESSIONS.congresses;
    const current = currentCongress(congresses, day);
    if (!current) return;
    const byNumber = new Map<number, Congress>(congresses.map((c) => [c.number, c]));
    /** Sessions of a congress the formulation lists, held before the plan's date. */
    const citedHeld = (c: Congress) => c.plenums.filter((p) => p.cited !== false && dayNumber(p.closed) < day);

    for (const p of doc.paragraphs) {
      const raw = p.text;
      // every match ends with 大精神 or 全会精神 (one search for 精神 first: most paragraphs have none)
      if (raw.indexOf('精神') < 0 || (!raw.includes('大精神') && !raw.includes('全会精神'))) continue;
      // titles in 《》 never count: blank them out (same length)
      const t = raw.includes('《') ? raw.replace(/《[^《》]*》/g, (m) => '□'.repeat(m.length)) : raw;
      FORMULA.lastIndex = 0;
      for (let m = FORMULA.exec(t); m; m = FORMULA.exec(t)) {
        const at = m.index;
        // the clause before: back to the last 。；, at most 40 characters
        let s = at;
        while (s > 0 && at - s < 40 && !'。；！？'.includes(t[s - 1])) s--;
        let e = at + m[0].length;
        while (e < t.length && e - at < 80 && !'。；！？'.includes(t[e])) e++;
        const clause = t.slice(s, at);
        if (!IMPLEMENTS.test(clause) || BACKGROUND.test(t.slice(s, e))) continue;
        const congressNo = parseChineseNumeral(m[1] ?? m[4]);
        const listNo = m[2] ? parseChineseNumeral(m[2]) : m[4] ? congressNo : NaN;
        const listed = (m[3] ?? m[5] ?? '').split(/[、和及与]/).filter(Boolean).map((x) => parseChineseNumeral(x[0]));
        if (m[2] && listNo !== congressNo) continue;
        const r = p.range(at, at + m[0].length);
        if (congressNo < current.number) {
          const held = citedHeld(current);
          const cn = formatChineseNumeral(current.number);
          const expected = `党的${cn}大${held.length ? `和${cn}届${sessionList(held.map((x) => x.number))}全会` : ''}精神`;
          report({
            message: `计划成文时（${dateShown}）党的${cn}大已于${dateText(current.closed)}召开，“${m[0]}”是上一届的提法，应为“${expected}”`,
            start: r.start,
            end: r.end,
            suggestions: contiguous(p, at, at + m[0].length) ? [{ title: `改为“${expected}”`, edits: [{ ...r, newText: expected }] }] : undefined,
          });
          continue;
        }
        const c = byNumber.get(listNo);
        if (!c || !listed.length || listed.some((x) => !Number.isFinite(x))) continue;
        const first = Math.min(...listed);
        const have = new Set(listed);
        const expectedNos = citedHeld(c).filter((x) => x.number >= first).map((x) => x.number);
        for (const x of listed) if (!expectedNos.includes(x)) expectedNos.push(x);
        expectedNos.sort((a, b) => a - b);
        const missing = c.plenums.filter((x) => expectedNos.includes(x.number) && !have.has(x.number));
        if (!missing.length) continue;
        const ln = formatChineseNumeral(c.number);
        const listText = m[3] ?? m[5];
        const listAt = at + m[0].indexOf(`${m[2] ?? m[4]}届${listText}`) + (m[2] ?? m[4]).length + 1;
        const lr = p.range(listAt, listAt + listText.length);
        const completed = sessionList(expectedNos);
        report({
          message: `计划成文时（${dateShown}）已召开${missing.map((x) => `${ln}届${formatChineseNumeral(x.number)}中全会（${dateText(x.closed)}）`).join('、')}，“${ln}届${listText}全会”列举不全，应为“${ln}届${completed}全会”`,
          start: lr.start,
          end: lr.end,
          suggestions: contiguous(p, listAt, listAt + listText.length) ? [{ title: `改为“${completed}”`, edits: [{ ...lr, newText: completed }] }] : undefined,
        });
      }
    }
  },
});
