// Which clauses of the municipal plan have a counterpart in a district plan:
// a clause whose target is matched by compare.ts has one; otherwise the
// clause titles (and, for short titles, the first sentence) are compared by
// shared character pairs. Used by `fsplan rollover --municipal` to list the
// new municipal items the old district text does not take up. Pure.
import type { Comparison } from './compare';
import type { Clause, PlanDocument } from '../model/document';
import { derived } from '../model/document';
import { stripScope } from './targets';
import { bigrams } from './similarity';

/** Title similarity from which two clauses are taken for the same task. */
export const MIN_TITLE_SCORE = 0.45;

/** Words every plan puts in front of its tasks; they say nothing about which task it is. */
const GENERIC = /加强|强化|推进|推动|深化|开展|持续|严格|完善|健全|落实|提升|做好|组织|实施|扎实|全面|深入|进一步|工作|建设|管理|监管|食品安全|专项|行动/g;

function key(s: string): string {
  return stripScope(s)
    .replace(/[“”"‘’'《》（）()、，。；：\s]/g, '')
    .replace(GENERIC, '');
}

/** Share of a's pairs found in b. */
function containment(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

/** The clause's text up to its first note or 。 after the title: what the task is. */
function firstSentence(c: Clause): string {
  const t = c.heading.paragraph.text.slice(c.heading.paragraph.indexOf(c.heading.titleSpan.end));
  const end = t.search(/[。（]/);
  return end < 0 ? t : t.slice(0, end);
}

/** Similarity of two headings' titles (shared character pairs, generic words ignored), 0…1. */
export function titleSimilarity(a: string, b: string): number {
  return dice(bigrams(key(a)), bigrams(key(b)));
}

export interface ClauseMatch {
  municipal: Clause;
  /** The district clause taken for the same task, when there is one. */
  district?: Clause;
  /** 'target' when a matched target links them, 'title' when their titles are alike. */
  by?: 'target' | 'title';
  score: number;
}

interface ClauseKeys {
  titleKey: string;
  title: Set<string>;
  text: Set<string>;
}

/** Bigrams of a clause: computed once per clause (models are immutable), so the municipal plan a host keeps parsed is read once. */
function keysOf(c: Clause): ClauseKeys {
  return derived(c, keysOf, () => {
    const titleKey = key(c.heading.title);
    return { titleKey, title: bigrams(titleKey), text: bigrams(key(c.heading.title + firstSentence(c))) };
  });
}

function allOf(c: Clause): Set<string> {
  return derived(c, allOf, () => bigrams(key(c.runs.map((r) => r.text).join(''))));
}

/** For each municipal clause, its district counterpart (or none). */
export function matchClauses(district: PlanDocument, municipal: PlanDocument, cmp?: Comparison): ClauseMatch[] {
  const byTarget = new Map<Clause, Clause>();
  for (const p of cmp?.pairs ?? []) if (p.municipal.clause && p.district.clause && !byTarget.has(p.municipal.clause)) byTarget.set(p.municipal.clause, p.district.clause);
  const prepared = district.clauses.map((c) => ({ c, ...keysOf(c), all: allOf(c) }));
  return municipal.clauses.map((m) => {
    const viaTarget = byTarget.get(m);
    if (viaTarget) return { municipal: m, district: viaTarget, by: 'target' as const, score: 1 };
    const { titleKey, title, text } = keysOf(m);
    let best: { c: Clause; score: number } | undefined;
    for (const d of prepared) {
      // a distinctive title (昆仑2025) found whole in the district clause's text counts as well
      const contained = titleKey.length >= 4 ? 0.9 * containment(title, d.all) : 0;
      const s = Math.max(dice(title, d.title), 0.9 * dice(text, d.text), contained >= 0.72 ? contained : 0);
      if (!best || s > best.score) best = { c: d.c, score: s };
    }
    return best && best.score >= MIN_TITLE_SCORE ? { municipal: m, district: best.c, by: 'title' as const, score: best.score } : { municipal: m, score: best?.score ?? 0 };
  });
}
