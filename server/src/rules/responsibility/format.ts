import * as z from 'zod';
import { mentionStatusesOf, type MentionStatus } from '../../core/analysis/departments';
import type { Mention, Note, PlanDocument, RoleGroup } from '../../core/model/document';
import type { Fix, Report } from '../../core/engine/types';
import { defineRule } from '../../core/engine/types';

const CJK = /[\u4e00-\u9fa5]/;

/** Offset of the separator character just before `pos` in the original text (skipping line breaks), or -1. */
function separatorBefore(text: string, pos: number, chars: string): number {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && chars.includes(text[i]) ? i : -1;
}

function replaceFix(title: string, start: number, end: number, newText: string): Fix {
  return { title, edits: [{ start, end, newText }] };
}

/** The characters checkStrayClose looks at: brackets and 。 (the regex engine skips the rest). */
const STRAY_MARKS = /[（()）。]/g;

function checkStrayClose(doc: PlanDocument, report: (r: Report) => void): void {
  const seen = new Uint8Array(doc.paragraphs.length);
  for (const c of doc.clauses) {
    const h = c.heading;
    // the heading's own paragraph, then its body paragraphs
    for (let k = -1; k < h.body.length; k++) {
      const p = k < 0 ? h.paragraph : h.body[k];
      if (seen[p.index]) continue;
      seen[p.index] = 1;
      const t = p.text;
      let depth = 0;
      let sentence = 0;
      // lastIndex - 1 is the mark (test allocates no match)
      STRAY_MARKS.lastIndex = 0;
      while (STRAY_MARKS.test(t)) {
        const i = STRAY_MARKS.lastIndex - 1;
        const ch = t.charCodeAt(i);
        if (ch === 0xff08 || ch === 0x28) depth++; // （ (
        else if (ch === 0xff09 || ch === 0x29) {
          // ） )
          if (depth > 0) depth--;
          else {
            const seg = t.slice(sentence, i);
            if (/(牵头|负责|配合)$/.test(seg) && /^(区|市|县|公安|各|相关)/.test(seg) && seg.length <= 80 && !seg.includes('。')) {
              const at = p.offsetAt(i);
              const canFix = sentence > 0 && t.charCodeAt(sentence - 1) === 0x3002; // 。
              report({
                message: `责任分工缺少左括号“（”：“${seg}）”`,
                start: canFix ? p.offsetAt(sentence) : at,
                end: at + 1,
                fix: canFix ? replaceFix('补上左括号', p.offsetAt(sentence), p.offsetAt(sentence), '（') : undefined,
              });
            }
            sentence = i + 1;
          }
        } else if (depth === 0) sentence = i + 1; // 。
      }
    }
  }
}

/** Mentions of one department share a key: its canonical name when it is known, else the name as written. */
function sameDepartmentKey(s: MentionStatus, m: Mention): string {
  return s.kind === 'known' ? s.info.canonical : m.name;
}

/** Notes with at most this many mentions look for repeats without a map. */
const SHORT_NOTE = 16;

/** The closing bracket of each opening bracket a note can start with (a half-width ( is closed full-width). */
const CLOSER: Record<string, string> = { '（': '）', '(': '）', '【': '】', '［': '］', '[': ']' };

export default defineRule({
  id: 'responsibility/format',
  category: 'responsibility',
  description: '责任分工括号的写法清楚无歧义：括号成对、只有一组牵头单位、分隔符正确、不重复、位置与全文一致。',
  severity: 'warning',
  fixable: true,
  options: z
    .object({
      /** Report notes whose position against 。 differs from the rest of the plan. */
      checkPosition: z.boolean().default(true),
    })
    .strict(),
  check(ctx) {
    const { doc, options, report } = ctx;
    const text = doc.text;
    // statuses of every mention, in note and mention order: a note's own start at `base`
    const statuses = mentionStatusesOf(ctx);
    const keys: string[] = [];
    let base = 0;
    for (const n of doc.notes) {
      if (n.clause) checkNote(n, base);
      base += n.mentions.length;
    }
    checkStrayClose(doc, report);
    if (options.checkPosition) checkPositions(doc.notes);

    function checkNote(n: Note, base: number): void {
      if (!n.closed) {
        // close with the partner of the opening bracket: a ） after 【 closes nothing, and fix-all would add one on every pass
        const open = text[n.start];
        const close = CLOSER[open] ?? '）';
        report({ message: `责任分工括号没有闭合：“${open in CLOSER ? open : '（'}${n.inner}”`, start: n.start, end: n.end, fix: replaceFix(`补上右括号“${close}”`, n.end, n.end, close) });
      }
      // the lead groups (counted, the first two kept) and whether another group names departments: no arrays
      let leads = 0;
      let lead0: RoleGroup | undefined;
      let lead1: RoleGroup | undefined;
      let others = false;
      for (const g of n.groups) {
        if (g.role === 'lead') {
          if (leads === 0) lead0 = g;
          else if (leads === 1) lead1 = g;
          leads++;
        } else if (g.departments.length) others = true;
      }
      if (lead1) {
        report({ message: `一条责任分工中有 ${leads} 处“牵头”，牵头单位应写在同一组（用“、”连接）并只出现一次`, start: lead1.start, end: lead1.end });
      }
      // （牵头单位：市市场监管局） names the lead by its label, with no 配合单位 to name: not a verb without partners
      if (leads === 1 && !others && n.groups.length === 1 && lead0!.verb) {
        const g = lead0!;
        const verbOk = text.slice(g.verbSpan.start, g.verbSpan.end) === g.verb;
        report({
          message: `“${g.verb}”但没有写其他参与单位：只有一个单位时写“负责”，有配合单位时请写明`,
          start: g.verbSpan.start,
          end: g.verbSpan.end,
          suggestions: verbOk && g.verb === '牵头' ? [replaceFix('改为“负责”', g.verbSpan.start, g.verbSpan.end, '负责')] : undefined,
        });
      }
      if (n.mentions.length === 1 && n.groups.length === 1) {
        const g = n.groups[0];
        const s = statuses[base];
        // a collective or a placeholder (【待定：…】) may stand for several bodies
        if (/分工/.test(g.verb) && s.kind !== 'collective' && s.kind !== 'placeholder') {
          const replacement = g.role === 'cooperate' ? '配合' : '负责';
          const verbOk = text.slice(g.verbSpan.start, g.verbSpan.end) === g.verb;
          report({
            message: `只有一个单位“${n.mentions[0].name}”，不必写“${g.verb}”，写“${replacement}”即可`,
            start: g.verbSpan.start,
            end: g.verbSpan.end,
            fix: verbOk ? replaceFix(`改为“${replacement}”`, g.verbSpan.start, g.verbSpan.end, replacement) : undefined,
          });
        }
      }
      for (let i = 0; i < n.groups.length; i++) {
        const g = n.groups[i];
        if (g.separatorBefore === '、') {
          const at = separatorBefore(text, g.start, '、');
          if (at >= 0) {
            report({
              message: `“${n.groups[i - 1].verb}”之后应使用“，”分隔不同职责的单位，不用“、”`,
              start: at,
              end: at + 1,
              fix: replaceFix('改为“，”', at, at + 1, '，'),
            });
          }
        }
        const next = n.groups[i + 1];
        if (n.form === 'verb' && g.role === 'unspecified' && g.departments.length && next && next.verb && (next.separatorBefore === '，' || next.separatorBefore === ',')) {
          const at = separatorBefore(text, next.start, '，,');
          if (at >= 0) {
            report({
              message: `同一职责的单位之间应使用“、”分隔，不用“，”：“${g.departments.map((d) => d.name).join('、')}”与“${next.departments[0]?.name ?? ''}”`,
              start: at,
              end: at + 1,
              fix: replaceFix('改为“、”', at, at + 1, '、'),
            });
          }
        }
      }
      const ms = n.mentions;
      if (ms.length < 2) return; // nothing can repeat
      // the first mention of each department: a short note is searched in the keys so far (reused array), a long one by map
      const seen = ms.length > SHORT_NOTE ? new Map<string, Mention>() : undefined;
      for (let j = 0; j < ms.length; j++) {
        const m = ms[j];
        const key = sameDepartmentKey(statuses[base + j], m);
        let first: Mention | undefined;
        if (seen) {
          first = seen.get(key);
          if (!first) seen.set(key, m);
        } else {
          keys[j] = key;
          for (let i = 0; i < j; i++) {
            if (keys[i] === key) {
              first = ms[i];
              break;
            }
          }
        }
        if (!first) continue;
        let fix: Fix | undefined;
        let start = m.start;
        const list = m.group.departments;
        const idx = list.indexOf(m);
        if (first.group === m.group && idx > 0 && /^\s*[、]\s*$/.test(text.slice(list[idx - 1].end, m.start))) {
          // the range covers the separator the fix deletes with the name
          start = list[idx - 1].end;
          fix = replaceFix(`删除重复的“${m.name}”`, start, m.end, '');
        }
        report({ message: `“${m.name}”在同一条责任分工中重复出现`, start, end: m.end, fix });
      }
    }

    /** Notes of clauses placed against 。 unlike most of them. */
    function checkPositions(notes: readonly Note[]): void {
      // count first: most plans are consistent, and then nothing is collected
      let afterCount = 0;
      let beforeCount = 0;
      for (const n of notes) {
        if (!n.clause || !n.closed) continue;
        if (n.position === 'after-period') afterCount++;
        else if (n.position === 'before-period') beforeCount++;
      }
      if (afterCount === beforeCount) return;
      const majority = afterCount > beforeCount ? 'after-period' : 'before-period';
      const minorityPosition = majority === 'after-period' ? 'before-period' : 'after-period';
      for (const n of notes) {
        if (!n.clause || !n.closed || n.position !== minorityPosition) continue;
        let fix: Fix | undefined;
        // the range includes the 。 next to the note, which the fix moves
        let start = n.start;
        let end = n.end;
        if (majority === 'after-period' && text[n.end] === '。' && CJK.test(text[n.start - 1] ?? '')) {
          end = n.end + 1;
          fix = { title: '把“。”移到责任分工之前', edits: [{ start: n.start, end: n.start, newText: '。' }, { start: n.end, end: n.end + 1, newText: '' }] };
        } else if (majority === 'before-period' && text[n.start - 1] === '。' && !/[。，；：]/.test(text[n.end] ?? '')) {
          start = n.start - 1;
          fix = { title: '把“。”移到责任分工之后', edits: [{ start: n.start - 1, end: n.start, newText: '' }, { start: n.end, end: n.end, newText: '。' }] };
        }
        report({
          message:
            majority === 'after-period'
              ? `本计划的责任分工一般写在句号之后（“……。（区市场监管局负责）”），这里写在句号之前（${afterCount} 处在后，${beforeCount} 处在前）`
              : `本计划的责任分工一般写在句号之前（“……（区市场监管局负责）。”），这里写在句号之后（${beforeCount} 处在前，${afterCount} 处在后）`,
          start,
          end,
          fix,
        });
      }
    }
  },
});
