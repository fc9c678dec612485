// --format stylish: file:line:column  severity  message  rule-id, grouped by
// file, with a summary line. For a .docx: "file 第 N 段" and the quoted text.
import type { FileResult, FormatContext } from '../result';
import { displayPath, where } from './location';
import { locate } from '../../core/engine/results';
import { countsOf, FilePiece, formatAll, FormatStream, stream, Totals } from './stream';

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function renderStylish(r: FileResult, ctx: FormatContext): FilePiece {
  const counts = countsOf(r);
  if (!r.findings.length) return { text: '', counts };
  const shown = displayPath(r.filePath, ctx.cwd);
  let out = `\n${shown}\n`;
  for (const f of locate(r)) {
    const q = f.paragraph !== undefined ? `（原文：“${f.quoted}”）` : '';
    out += `  ${where(shown, f)}  ${SEVERITY_LABEL[f.severity]}  ${f.message}${q}  ${f.ruleId}\n`;
  }
  return { text: out, counts };
}

export function openStylish(ctx: FormatContext): FormatStream {
  const totals = new Totals();
  let wrote = false;
  return stream(renderStylish, ctx, {
    add(piece) {
      totals.add(piece.counts);
      if (piece.text) wrote = true;
      return piece.text;
    },
    end() {
      const { files, errors, warnings, infos, fixable, fixed, suppressed } = totals;
      const total = errors + warnings + infos;
      let summary = total
        ? `已检查 ${files} 个文件，发现 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`
        : `已检查 ${files} 个文件，未发现问题`;
      if (fixable) summary += `，其中 ${fixable} 个可用 --fix 自动修复`;
      if (fixed) summary += ctx.dryRun ? `；上面的差异可自动修复 ${fixed} 处（未写入文件），以上为修复后仍存在的问题` : `；已自动修复 ${fixed} 处`;
      if (suppressed) summary += `；基线中已记录的 ${suppressed} 个问题未列出`;
      return `${wrote ? '\n' : ''}${summary}。\n`;
    },
  });
}

export function formatStylish(results: readonly FileResult[], ctx: FormatContext): string {
  return formatAll(openStylish, results, ctx);
}
