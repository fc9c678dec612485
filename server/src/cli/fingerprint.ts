// The identity of a finding that survives edits elsewhere in the file: rule
// id + clause number + normalised quoted text (never the line number).
import type { PlanDocument } from '../core/model/document';
import { normalize } from '../core/model/text';
import type { Finding } from '../core/engine/types';

export interface FindingKey {
  ruleId: string;
  /** Number path of the innermost heading around the finding, e.g. "2.3"; "" before the first heading. */
  clause: string;
  /** Normalised quoted text (no whitespace, full-width digits made ASCII). */
  text: string;
}

const MAX_TEXT = 120;

export function clauseNumber(doc: PlanDocument, offset: number): string {
  let best: PlanDocument['headings'][number] | undefined;
  for (const h of doc.headings) {
    if (h.marker.start > offset) break;
    if (h.span.start <= offset && offset <= h.span.end) best = h;
  }
  const path: number[] = [];
  for (let h = best; h; h = h.parent) path.unshift(h.number);
  return path.join('.');
}

export function normalisedQuote(text: string, start: number, end: number): string {
  let q = text.slice(start, end);
  if (!q.trim()) {
    // an empty range (an insertion point): identify it by what follows on its line
    const rest = text.slice(start, start + 40);
    const eol = rest.search(/[\r\n]/);
    q = eol < 0 ? rest : rest.slice(0, eol);
  }
  return normalize(q).replace(/\s+/g, '').slice(0, MAX_TEXT);
}

export function findingKey(doc: PlanDocument, f: Finding): FindingKey {
  return { ruleId: f.ruleId, clause: clauseNumber(doc, f.start), text: normalisedQuote(doc.text, f.start, f.end) };
}

export function keyString(k: FindingKey): string {
  return `${k.ruleId}\u0000${k.clause}\u0000${k.text}`;
}

/** A short stable hash of the key (SARIF partialFingerprints). */
export function fingerprintHash(k: FindingKey): string {
  return nodeCrypto().createHash('sha256').update(keyString(k)).digest('hex').slice(0, 32);
}

/** node:crypto is loaded on first use: most runs of the CLI never need it, and loading it costs a few ms at start. */
function nodeCrypto(): typeof import('node:crypto') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:crypto') as typeof import('node:crypto');
}
