// --format junit: one test suite per file, one failing test case per finding
// (a file without findings is one passing case), for CI test reports.
import { escapeXml } from '../../input/xml';
import { FileResult, FormatContext } from '../result';
import { SEVERITY_LABEL } from './stylish';
import { displayPath, where } from './location';
import { locate } from '../../core/engine/results';
import { countsOf, FilePiece, formatAll, FormatStream, stream } from './stream';

/** Removes characters XML 1.0 cannot carry, then escapes. */
function x(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeXml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}

// The header counts every test case, so the suites wait for the end (as
// strings: the file's text and document are not kept).
export function renderJunit(r: FileResult, ctx: FormatContext): FilePiece {
  const file = displayPath(r.filePath, ctx.cwd);
  const found = locate(r);
  let body = `  <testsuite name="${x(file)}" tests="${found.length || 1}" failures="${found.length}" errors="0" skipped="0">\n`;
  if (!found.length) body += `    <testcase classname="${x(file)}" name="fsplan" />\n`;
  for (const f of found) {
    const at = where(file, f);
    const text = `${at}  ${SEVERITY_LABEL[f.severity]}  ${f.message}  ${f.ruleId}${f.paragraph !== undefined ? `\n原文：“${f.quoted}”` : ''}`;
    body += `    <testcase classname="${x(file)}" name="${x(`${f.ruleId} ${at}`)}">\n`;
    body += `      <failure type="${x(f.ruleId)}" message="${x(f.message)}">${x(text)}</failure>\n`;
    body += `    </testcase>\n`;
  }
  return { text: body + '  </testsuite>\n', counts: countsOf(r) };
}

export function openJunit(ctx: FormatContext): FormatStream {
  let body = '';
  let tests = 0;
  let failures = 0;
  return stream(renderJunit, ctx, {
    add(piece) {
      // one test case per finding, one passing case for a file without findings
      const found = piece.counts.errors + piece.counts.warnings + piece.counts.infos;
      tests += found || 1;
      failures += found;
      body += piece.text;
      return '';
    },
    end: () => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fsplan" tests="${tests}" failures="${failures}">\n${body}</testsuites>\n`,
  });
}

export function formatJunit(results: readonly FileResult[], ctx: FormatContext): string {
  return formatAll(openJunit, results, ctx);
}
