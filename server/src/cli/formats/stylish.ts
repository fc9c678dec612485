// --format stylish: file:line:column  severity  message  rule-id, grouped by file.
import * as path from 'node:path';
import type { FileResult } from '../run';
import { locate } from './location';

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function formatStylish(results: readonly FileResult[], cwd: string): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    if (!r.findings.length) continue;
    const rel = path.relative(cwd, r.filePath) || r.filePath;
    out += `\n${rel}\n`;
    for (const f of locate(r.text, r.findings)) {
      out += `  ${rel}:${f.line}:${f.column}  ${LABEL[f.severity]}  ${f.message}  ${f.ruleId}\n`;
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  const total = errors + warnings + infos;
  const fixable = results.reduce((n, r) => n + r.findings.filter((f) => f.fix).length, 0);
  if (!total) return `已检查 ${results.length} 个文件，未发现问题。\n`;
  out += `\n已检查 ${results.length} 个文件，发现 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`;
  if (fixable) out += `，其中 ${fixable} 个可用 --fix 自动修复`;
  return out + '。\n';
}
