// Every safe fix of a plan, as `--fix` applies it: through fixAll/applyEdits,
// re-linting between passes, with line breaks inside fix edits in the text's
// own line ending. Shared by the CLI and the browser page.
import type { ResolvedRule } from './config';
import { fixAll } from './fix';
import { lintText } from './linter';
import type { Finding, LintEnvironment, TextEdit } from './types';

/** The line ending a text mostly uses ("\r\n", "\r" or "\n"). */
export function dominantEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/** Line breaks inside fix edits follow the text's own line ending. */
export function withEol(findings: readonly Finding[], eol: string): Finding[] {
  if (eol === '\n') return findings as Finding[];
  return findings.map((f) =>
    f.fix ? { ...f, fix: { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, newText: e.newText.replace(/\r\n|\r|\n/g, eol) })) } } : f,
  );
}

/**
 * Applies every safe fix until none is left; returns the fixed text, how many
 * edits were applied and the whole change as edits of the original text.
 */
export function fixPlanText(text: string, rules: readonly ResolvedRule[], env: LintEnvironment): { text: string; fixed: number; edits: TextEdit[] } {
  const eol = dominantEol(text);
  const r = fixAll(text, (t) => withEol(lintText(t, rules, env).findings, eol));
  return { text: r.text, fixed: r.fixed, edits: r.edits };
}
