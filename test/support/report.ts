// Shared by the report tests: what a self-contained report may link to, and
// the expected findings of a folder (from `fsplan check --format json`).
import * as path from 'node:path';
import { RULE_MAP, ruleDocUrl } from '../../server/src/rules';
import { cli, parseJson } from '../cli/support';

export const hostileDir = path.join(__dirname, '..', 'fixtures', 'report', 'hostile');

/** Rule ids `fsplan check` reports for the inputs, in report order (file by file, by position). */
export async function expectedRuleIds(inputs: string[], cwd: string): Promise<string[][]> {
  const { stdout } = await cli(['check', ...inputs, '--format', 'json'], { cwd });
  return parseJson(stdout).map((f) => f.messages.map((m) => m.ruleId));
}

/** An href the report may contain: an anchor in the page or the doc page of a known rule. */
export function allowedHref(href: string, ids: ReadonlySet<string>): boolean {
  if (href.startsWith('#')) return ids.has(href.slice(1));
  const m = /\/docs\/rules\/([a-z-]+\/[a-z-]+)\.md$/.exec(href);
  return !!m && RULE_MAP.has(m[1]) && href === ruleDocUrl(m[1]);
}

/** The text of every `name="…"` attribute, HTML entities decoded. */
export function attributes(page: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`\\s${name}="([^"]*)"`, 'g');
  for (let m = re.exec(page); m; m = re.exec(page)) out.push(m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  return out;
}
