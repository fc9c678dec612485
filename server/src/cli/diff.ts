// Unified diff of two texts, by lines (for --fix-dry-run). The edit script
// is jsdiff's (Myers); the unchanged lines before the first and after the last
// change are cut off first, so one fix in a large plan costs one pass.
import type * as Jsdiff from 'diff';
import type { StructuredPatch, StructuredPatchHunk } from 'diff';

/** jsdiff, loaded for the first diff (the CLI bundles it apart: scripts/build.mjs). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsdiff = (): typeof Jsdiff => require('diff');

/**
 * Myers' search grows with the square of the changes; beyond this many
 * changed lines the changed region is shown as removed and re-added instead.
 */
const MAX_EDIT_LENGTH = 1000;

/** Lines with their final \n (the last one may lack it). Line endings were made \n first. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The changed region `oldMid` → `newMid` as one hunk, with `before`/`after` as context. */
function replacementHunk(before: string[], oldMid: string[], newMid: string[], after: string[], at: number): StructuredPatchHunk {
  const out: string[] = [];
  const add = (op: string, ls: string[]) => {
    for (const l of ls) {
      out.push(op + (l.endsWith('\n') ? l.slice(0, -1) : l));
      if (!l.endsWith('\n')) out.push('\\ No newline at end of file');
    }
  };
  add(' ', before);
  add('-', oldMid);
  add('+', newMid);
  add(' ', after);
  const oldLines = before.length + oldMid.length + after.length;
  const newLines = before.length + newMid.length + after.length;
  return { oldStart: oldLines ? at + 1 : at, oldLines, newStart: newLines ? at + 1 : at, newLines, lines: out };
}

/** `--- oldName` / `+++ newName` and unified hunks with `context` lines around each change; '' when equal. Line endings do not show. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  const a = lines(oldText.replace(/\r\n?/g, '\n'));
  const b = lines(newText.replace(/\r\n?/g, '\n'));
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  if (pre === a.length && pre === b.length) return '';
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  // the changed region with `context` unchanged lines on each side
  const start = Math.max(0, pre - context);
  const keepAfter = Math.min(suf, context);
  const oldRegion = a.slice(start, a.length - suf + keepAfter);
  const newRegion = b.slice(start, b.length - suf + keepAfter);
  const patch: StructuredPatch | undefined = jsdiff().structuredPatch(oldName, newName, oldRegion.join(''), newRegion.join(''), undefined, undefined, { context, maxEditLength: MAX_EDIT_LENGTH });
  const hunks = patch
    ? patch.hunks.map((h) => ({ ...h, oldStart: h.oldStart + start, newStart: h.newStart + start }))
    : [replacementHunk(a.slice(start, pre), a.slice(pre, a.length - suf), b.slice(pre, b.length - suf), a.slice(a.length - suf, a.length - suf + keepAfter), start)];
  const { formatPatch, OMIT_HEADERS } = jsdiff();
  const body = formatPatch({ oldFileName: oldName, newFileName: newName, oldHeader: undefined, newHeader: undefined, hunks }, OMIT_HEADERS);
  // the names as given (jsdiff would quote non-ASCII names the way git does)
  return `--- ${oldName}\n+++ ${newName}\n${body}`;
}
