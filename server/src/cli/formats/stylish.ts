// --format stylish: file:line:column  severity  message  rule-id, grouped by
// file, with a summary line. For a .docx: "file 第 N 段" and the quoted text.
import { countBy, FileResult, FormatContext } from '../result';
import { displayPath, where } from './location';
import { locate } from '../../core/engine/results';

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function formatStylish(results: readonly FileResult[], ctx: FormatContext): string {
  let out = '';
  for (const r of results) {
    if (!r.findings.length) continue;
    const shown = displayPath(r.filePath, ctx.cwd);
    out += `\n${shown}\n`;
    for (const f of locate(r)) {
      const q = f.paragraph !== undefined ? `（原文：“${f.quoted}”）` : '';
      out += `  ${where(shown, f)}  ${SEVERITY_LABEL[f.severity]}  ${f.message}${q}  ${f.ruleId}\n`;
    }
  }
  const { errors, warnings, infos, fixable } = countBy(results);
  const suppressed = results.reduce((n, r) => n + r.suppressed, 0);
  const fixed = results.reduce((n, r) => n + r.fixed, 0);
  const total = errors + warnings + infos;
  let summary = total
    ? `已检查 ${results.length} 个文件，发现 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`
    : `已检查 ${results.length} 个文件，未发现问题`;
  if (fixable) summary += `，其中 ${fixable} 个可用 --fix 自动修复`;
  if (fixed) summary += ctx.dryRun ? `；上面的差异可自动修复 ${fixed} 处（未写入文件），以上为修复后仍存在的问题` : `；已自动修复 ${fixed} 处`;
  if (suppressed) summary += `；基线中已记录的 ${suppressed} 个问题未列出`;
  return `${out}${out ? '\n' : ''}${summary}。\n`;
}
