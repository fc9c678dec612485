// --format github: GitHub Actions workflow commands, so findings show up as
// annotations on the pull request.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Severity } from '../../core/engine/types';
import type { FileResult, FormatContext } from '../result';
import { displayPath } from './location';
import { locate } from '../../core/engine/results';
import { countsOf, FilePiece, formatAll, FormatStream, stream, Totals } from './stream';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file, title): also ":" and ",". */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(r: FileResult, ctx: FormatContext): FilePiece {
  const file = displayPath(r.filePath, ctx.cwd);
  let out = '';
  for (const f of locate(r)) {
    const props = [`file=${escapeProperty(file)}`];
    if (f.paragraph === undefined) {
      props.push(`line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`);
    }
    props.push(`title=${escapeProperty(`fsplan ${f.ruleId}`)}`);
    const msg = f.paragraph !== undefined ? `${f.message}（第 ${f.paragraph} 段：“${f.quoted}”）` : f.message;
    out += `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(msg)}\n`;
  }
  return { text: out, counts: countsOf(r) };
}

export function openGithub(ctx: FormatContext): FormatStream {
  const totals = new Totals();
  return stream(renderGithub, ctx, {
    add(piece) {
      totals.add(piece.counts);
      return piece.text;
    },
    end: () => `fsplan：已检查 ${totals.files} 个文件，${totals.errors} 个错误，${totals.warnings} 个警告，${totals.infos} 个提示。\n`,
  });
}

export function formatGithub(results: readonly FileResult[], ctx: FormatContext): string {
  return formatAll(openGithub, results, ctx);
}
