// Rolling last year's plan forward: every mention of the plan's own year in
// the plan's own text moves to the new year; cited titles of other documents,
// background years and the old notice's number and date are left alone.
import type { PlanDocument, Span } from '../model/document';
import type { TextEdit } from '../engine/types';

export type RolloverKind = 'title' | 'notice-title' | 'own-title-citation' | 'campaign' | 'deadline' | 'plan-year';

export interface RolloverChange extends Span {
  kind: RolloverKind;
  before: string;
  after: string;
  /** The sentence around the change (logical text), for the printed report. */
  context: string;
}

export interface RolloverReview extends Span {
  /** Why a person must look at this (Chinese). */
  reason: string;
  text: string;
}

export interface RolloverPlan {
  fromYear: number;
  toYear: number;
  changes: RolloverChange[];
  /** Mentions that are not changed but need a person: the notice number, the date, the cited municipal plan. */
  review: RolloverReview[];
  edits: TextEdit[];
}

export class RolloverError extends Error {}

const DEADLINE_AFTER = /^年(?:底|末|内|前|上半年|下半年|第[一二三四]季度|[1-9]\d?月)/;
/** A date something took effect or started (自2024年3月1日起施行, 2024年以来): background, not the plan year. 于/截至 2024年底 are deadlines. */
const BACKGROUND_BEFORE = /(?:自|从)$/;
const BACKGROUND_AFTER = /^年(?:[1-9]\d?月(?:[1-9]\d?日)?)?(?:起|以来|施行|实施|印发|发布)/;
const CAMPAIGN_BEFORE = /(?:昆仑|铁拳|春雷|净网|护苗|秋风|夏季行动|百日行动|清源|利剑|亮剑|雷霆|蓝天|春风|绿盾)[“"]?$/;

/**
 * Plans the edits that move a plan from its year to `toYear`. Pure; the
 * caller applies the edits with applyEdits and writes the result.
 */
export function planRollover(doc: PlanDocument, toYear: number): RolloverPlan {
  const fromYear = doc.front.planTitle?.year;
  if (!fromYear) throw new RolloverError('无法确定计划年度：没有找到形如“XX区2024年食品安全监督管理计划”的标题。请先补全标题');
  if (!Number.isInteger(toYear) || toYear < 1949 || toYear > 2200) throw new RolloverError(`年度“${toYear}”无效`);
  const from = String(fromYear);
  const to = String(toYear);
  const changes: RolloverChange[] = [];
  const review: RolloverReview[] = [];
  const own = doc.front.planTitle!.text;

  // Spans that are never changed: cited titles of other documents.
  const protectedSpans: Span[] = doc.citedTitles.filter((c) => c.text !== own).map((c) => ({ start: c.start, end: c.end }));
  const isProtected = (o: number) => protectedSpans.some((s) => o >= s.start && o < s.end);
  const frontFixed = [doc.front.docNumber, doc.front.date].filter((x): x is NonNullable<typeof x> => !!x);
  for (const f of frontFixed) {
    review.push({
      start: f.start,
      end: f.end,
      text: f.text,
      reason: f === doc.front.docNumber ? '发文字号需按新文件重新编号，未自动修改' : '成文日期需按新文件填写，未自动修改',
    });
  }
  if (doc.municipalCitation) {
    review.push({
      start: doc.municipalCitation.start,
      end: doc.municipalCitation.end,
      text: doc.municipalCitation.text,
      reason: `引用的市级计划未自动修改，请核对是否应改为${to}年的市级计划`,
    });
  }

  const kindAt = (p: { text: string }, i: number, paragraphIsTitle: boolean): RolloverKind | 'background' | undefined => {
    const before = p.text.slice(Math.max(0, i - 8), i);
    const after = p.text.slice(i + 4, i + 16);
    if (/\d$/.test(before) || /^\d/.test(after)) return undefined; // part of a longer number
    if (/^[—–\-~～至到]\d{4}/.test(after) || /\d{4}[—–\-~～至到]$/.test(before)) return undefined; // a period 2024—2026年
    if (paragraphIsTitle) return 'title';
    if (CAMPAIGN_BEFORE.test(before)) return 'campaign';
    if (BACKGROUND_BEFORE.test(before) || BACKGROUND_AFTER.test(after)) return 'background';
    if (DEADLINE_AFTER.test(after)) return 'deadline';
    if (/^年/.test(after)) return 'plan-year';
    return undefined;
  };
  const later = String(fromYear + 1);

  for (const p of doc.paragraphs) {
    const isTitle = doc.front.planTitle !== undefined && p.start === doc.front.planTitle.start;
    const isDocNumberOrDate = frontFixed.some((f) => f.start === p.start);
    if (isDocNumberOrDate) continue;
    let from_ = 0;
    for (;;) {
      const i = p.text.indexOf(from, from_);
      if (i < 0) break;
      from_ = i + 4;
      const r = p.range(i, i + 4);
      if (isProtected(r.start)) continue;
      // the notice title and citations of the plan's own title are the title too
      const inOwnCitation = doc.citedTitles.some((c) => c.text === own && r.start >= c.start && r.end <= c.end);
      const inNoticeTitle = !!doc.front.noticeTitle && r.start >= doc.front.noticeTitle.start && r.end <= doc.front.noticeTitle.end;
      let kind: RolloverKind | 'background' | undefined;
      if (inNoticeTitle) kind = 'notice-title';
      else if (inOwnCitation) kind = 'own-title-citation';
      else kind = kindAt(p, i, isTitle);
      if (!kind) continue;
      const original = doc.text.slice(r.start, r.end);
      const sentence = sentenceAround(p.text, i);
      if (kind === 'background') {
        review.push({ start: r.start, end: r.end, text: sentence, reason: `“${from}年”像是背景或施行日期，未自动修改，请核对` });
        continue;
      }
      // the digits keep their width (２０２４) and a line break inside a wrapped year stays where it is
      let k = 0;
      const after = original.replace(/[0-9０-９]/g, (d) => {
        const digit = to[k++] ?? '';
        return /[０-９]/.test(d) ? String.fromCharCode(0xff10 + Number(digit)) : digit;
      });
      if (k !== 4) continue;
      changes.push({ start: r.start, end: r.end, kind, before: original, after, context: sentence });
    }
    // a deadline in the year after the plan year (考核结果于2025年1月底前报送): it may have to move too
    let j = 0;
    for (;;) {
      const i = p.text.indexOf(later, j);
      if (i < 0) break;
      j = i + 4;
      const before = p.text.slice(Math.max(0, i - 1), i);
      const after = p.text.slice(i + 4, i + 12);
      if (/\d/.test(before) || /^\d/.test(after) || !DEADLINE_AFTER.test(after)) continue;
      const r = p.range(i, i + 4);
      if (isProtected(r.start)) continue;
      review.push({ start: r.start, end: r.end, text: sentenceAround(p.text, i), reason: `完成时限在计划年度之后，未自动修改，请核对是否应改为${toYear + 1}年` });
    }
  }
  review.sort((a, b) => a.start - b.start);
  changes.sort((a, b) => a.start - b.start);
  return { fromYear, toYear, changes, review, edits: changes.map((c) => ({ start: c.start, end: c.end, newText: c.after })) };
}

function sentenceAround(t: string, i: number): string {
  let a = i;
  while (a > 0 && !/[。；！？]/.test(t[a - 1]) && i - a < 80) a--;
  let b = i;
  while (b < t.length && !/[。；！？]/.test(t[b]) && b - i < 80) b++;
  return t.slice(a, Math.min(t.length, b + 1));
}
