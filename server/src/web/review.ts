// “下载带批注的 Word 文档”: the review copy `fsplan review` writes, made in
// the page. The findings come from checkPlan (the CLI's rules and
// environment), the copy from docx/review.ts, the writer the CLI uses; only
// the package is opened differently: every entry is inflated first with the
// browser's DecompressionStream, within the CLI's limits.
import { DocxXmlError } from '../docx/dom';
import { loadPackage } from '../docx/package';
import { reviewBase, reviewPackage } from '../docx/review';
import { ZipError } from '../input/zip';
import { checkPlan, CheckInput, EngineSetup } from './engine';
import { inflateRaw } from './read';

export interface ReviewInput extends CheckInput {
  /** The bytes of a Word plan (kind 'docx'): that document is annotated; without them a new one is made from the text. */
  bytes?: Uint8Array;
}

export interface ReviewedPlan {
  bytes: Uint8Array;
  comments: number;
  changes: number;
  skippedChanges: number;
}

/** Thrown when the Word document cannot be written; the message is Chinese and says what to do. */
export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

/** The annotated .docx of a plan, dated `date` (the CLI's SOURCE_DATE_EPOCH, or now). */
export async function reviewPlan(setup: EngineSetup, input: ReviewInput, date: Date): Promise<ReviewedPlan> {
  const { doc, findings } = checkPlan(setup, input);
  try {
    const base = reviewBase({ kind: input.bytes ? 'docx' : 'text', bytes: input.bytes }, doc);
    const r = reviewPackage(await loadPackage(base, inflateRaw), doc, findings, date);
    return { bytes: r.bytes, comments: r.comments, changes: r.changes, skippedChanges: r.skippedChanges };
  } catch (e) {
    if (e instanceof ZipError || e instanceof DocxXmlError) throw new ReviewError(`${input.fileName}：无法生成审核稿：${e.message}。请用 Word 重新保存后再试`);
    throw e;
  }
}

/** What the page says after a download, in the words of `fsplan review`. */
export function reviewSummary(name: string, r: ReviewedPlan): string {
  const skipped = r.skippedChanges ? `；${r.skippedChanges} 处修复无法标成修订，只写在批注中` : '';
  return `已下载审核稿 ${name}（${r.comments} 条批注，${r.changes} 处修订${skipped}）`;
}
