// The review copy of a plan (`fsplan review` and the page's “下载带批注的
// Word 文档”): every finding a comment (批注) by “fsplan” on the flagged
// text, every safe fix a tracked change (修订). One implementation for the
// CLI and the browser page, so both write the same bytes for the same plan,
// findings and date; only opening the package (node:zlib or the browser's
// DecompressionStream) differs.
import { selectFixes } from '../core/engine/fix';
import type { Finding } from '../core/engine/types';
import type { PlanDocument } from '../core/model/document';
import { LineIndex } from '../core/model/positions';
import { AnnotateResult, annotatePackage, ChangeMark, CommentMark, TextPoint } from './annotate';
import { newDocx } from './new';
import type { WordPackage } from './package';

/** The author of the comments and tracked changes. */
export const REVIEWER = { author: 'fsplan', initials: 'fs' } as const;

/** The comment text of a finding: its message and rule id, then the fix offered. */
export function commentText(f: Finding, tracked: boolean): string[] {
  const lines = [`${f.message}（${f.ruleId}）`];
  if (f.fix) lines.push(tracked ? `建议：${f.fix.title}（已作为修订标出，可接受或拒绝）` : `建议：${f.fix.title}`);
  else if (f.suggestions?.length) lines.push(`可考虑：${f.suggestions.map((s) => s.title).join('；')}`);
  return lines;
}

/** Offsets of the text → paragraph and column (lines as LineIndex splits them; a leading BOM is not in the Word text). */
function pointer(doc: PlanDocument): (offset: number) => TextPoint {
  const index = new LineIndex(doc.text);
  const bom = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (offset) => {
    const { line, character } = index.position(offset);
    const l = doc.lines[line];
    const col = Math.min(character, l.end - l.start);
    return { para: line, col: Math.max(0, line === 0 ? col - bom : col) };
  };
}

export interface ReviewMarks {
  comments: CommentMark[];
  changes: ChangeMark[];
}

/** Comments and tracked changes for the findings of one plan. */
export function reviewMarks(doc: PlanDocument, findings: readonly Finding[]): ReviewMarks {
  const at = pointer(doc);
  const changes: ChangeMark[] = [];
  const trackedBy = new Set<Finding>();
  const edits = new Set(selectFixes(findings));
  for (const f of findings) {
    if (!f.fix || !f.fix.edits.every((e) => edits.has(e))) continue;
    const marks: ChangeMark[] = [];
    for (const e of f.fix.edits) {
      const a = at(e.start);
      const b = at(e.end);
      if (a.para !== b.para) break;
      marks.push({ para: a.para, start: a.col, end: b.col, newText: e.newText });
    }
    if (marks.length !== f.fix.edits.length) continue;
    changes.push(...marks);
    trackedBy.add(f);
  }
  const comments = findings.map((f) => {
    let { start, end } = f;
    if (end <= start) {
      // a point finding: anchor on the character there (or the one before at a line end)
      const line = doc.lines[at(start).para];
      if (start < line.end) end = start + 1;
      else if (start > line.start) start -= 1;
      end = Math.max(end, start);
    }
    return { from: at(start), to: at(end), text: commentText(f, trackedBy.has(f)) };
  });
  return { comments, changes };
}

/** The paragraphs of a new Word document for a plan read from text: its lines, without a leading BOM. */
export function reviewParagraphs(doc: PlanDocument): string[] {
  const bom = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return doc.lines.map((l, i) => doc.text.slice(i === 0 ? l.start + bom : l.start, l.end));
}

/**
 * The .docx a review annotates: the plan's own bytes for a Word document,
 * else a new document with one paragraph per line of the checked text.
 */
export function reviewBase(plan: { kind: string; bytes?: Uint8Array }, doc: PlanDocument): Uint8Array {
  if (plan.kind === 'docx') {
    if (!plan.bytes) throw new Error('reviewBase: a Word plan needs its bytes');
    return plan.bytes;
  }
  return newDocx(reviewParagraphs(doc));
}

/** The review copy: `base` (opened from reviewBase's bytes) with the findings as comments and tracked changes dated `date`. */
export function reviewPackage(base: WordPackage, doc: PlanDocument, findings: readonly Finding[], date: Date): AnnotateResult {
  const marks = reviewMarks(doc, findings);
  return annotatePackage(base, marks.comments, marks.changes, { ...REVIEWER, date });
}
