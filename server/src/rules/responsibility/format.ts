import * as z from 'zod';
import { classify, directoryOf } from '../../core/analysis/departments';
import type { Mention, Note, PlanDocument } from '../../core/model/document';
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

function checkStrayClose(doc: PlanDocument, report: (r: Report) => void): void {
  const seen = new Set<number>();
  for (const c of doc.clauses) {
    for (const p of [c.heading.paragraph, ...c.heading.body]) {
      if (seen.has(p.index)) continue;
      seen.add(p.index);
      const t = p.text;
      let depth = 0;
      let sentence = 0;
      for (let i = 0; i < t.length; i++) {
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
        } else if (ch === 0x3002 && depth === 0) sentence = i + 1; // 。
      }
    }
  }
}

function sameDepartmentKey(dir: ReturnType<typeof directoryOf>, m: Mention): string {
  const s = classify(dir, m.name);
  return s.kind === 'known' ? s.info.canonical : m.name;
}

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
    const dir = directoryOf(ctx);
    const clauseNotes = doc.notes.filter((n) => n.clause);
    for (const n of clauseNotes) checkNote(n);
    checkStrayClose(doc, report);
    if (options.checkPosition) checkPositions(clauseNotes);

    function checkNote(n: Note): void {
      if (!n.closed) {
        // close with the partner of the opening bracket: a ） after 【 closes nothing, and fix-all would add one on every pass
        const open = text[n.start];
        const close = CLOSER[open] ?? '）';
        report({ message: `责任分工括号没有闭合：“${open in CLOSER ? open : '（'}${n.inner}”`, start: n.start, end: n.end, fix: replaceFix(`补上右括号“${close}”`, n.end, n.end, close) });
      }
      const leads = n.groups.filter((g) => g.role === 'lead');
      if (leads.length > 1) {
        report({ message: `一条责任分工中有 ${leads.length} 处“牵头”，牵头单位应写在同一组（用“、”连接）并只出现一次`, start: leads[1].start, end: leads[1].end });
      }
      const others = n.groups.filter((g) => g.role !== 'lead' && g.departments.length);
      // （牵头单位：市市场监管局） names the lead by its label, with no 配合单位 to name: not a verb without partners
      if (leads.length === 1 && !others.length && n.groups.length === 1 && leads[0].verb) {
        const g = leads[0];
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
        const s = classify(dir, n.mentions[0].name);
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
      n.groups.forEach((g, i) => {
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
      });
      if (n.mentions.length < 2) return; // nothing can repeat
      const seen = new Map<string, Mention>();
      for (const m of n.mentions) {
        const key = sameDepartmentKey(dir, m);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, m);
          continue;
        }
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

    function checkPositions(notes: Note[]): void {
      const closed = notes.filter((n) => n.closed);
      const after = closed.filter((n) => n.position === 'after-period');
      const before = closed.filter((n) => n.position === 'before-period');
      if (after.length === before.length) return;
      const majority = after.length > before.length ? 'after-period' : 'before-period';
      const minority = majority === 'after-period' ? before : after;
      for (const n of minority) {
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
              ? `本计划的责任分工一般写在句号之后（“……。（区市场监管局负责）”），这里写在句号之前（${after.length} 处在后，${before.length} 处在前）`
              : `本计划的责任分工一般写在句号之前（“……（区市场监管局负责）。”），这里写在句号之后（${before.length} 处在前，${after.length} 处在后）`,
          start,
          end,
          fix,
        });
      }
    }
  },
});
