// Inserting a district clause for a municipal target the district plan does
// not take up (compare.ts `missing`): the municipal clause adapted to the
// district (draft.ts: departments mapped, 全市 → 全区, the value as it is),
// placed at the end of the district chapter that corresponds to the municipal
// chapter, with the items after it renumbered. Pure; the editor offers each
// insertion as a code action on the chapter.
import { matchClauses, titleSimilarity } from '../analysis/clause-match';
import { compareTargets, formatValue, indicatorLabel } from '../analysis/compare';
import type { Clause, Heading, PlanDocument } from '../model/document';
import { parseDocument } from '../model/document';
import { adaptClause, mapperForPlan, marker } from './draft';
import { renumberDocument } from './renumber';
import { extractTargets, Target } from '../analysis/targets';
import { applyEdits } from '../engine/fix';
import type { LintEnvironment, TextEdit } from '../engine/types';

export interface ClauseInsertion {
  /** The district chapter the clause goes to; undefined when no chapter corresponds (offered in every chapter). */
  chapter?: Heading;
  municipal: Clause;
  /** The municipal targets of that clause the district plan lacks. */
  targets: Target[];
  /** Code action title (Chinese). */
  title: string;
  /** Municipal bodies without a district counterpart, left as 【待定：…】. */
  undecided: string[];
}

/** Chapters of the district plan whose title is at least this close to the municipal chapter's. */
const MIN_CHAPTER_SCORE = 0.3;

function chapterOf(h: Heading): Heading {
  let c = h;
  while (c.parent) c = c.parent;
  return c;
}

/** The municipal clauses with targets the district plan lacks, and where each would go. */
export function missingClauses(district: PlanDocument, municipal: PlanDocument, env: LintEnvironment = {}): ClauseInsertion[] {
  const dT = extractTargets(district);
  const mT = extractTargets(municipal);
  const cmp = compareTargets(dT, mT);
  const byClause = new Map<Clause, Target[]>();
  for (const t of cmp.missing) if (t.clause) byClause.set(t.clause, [...(byClause.get(t.clause) ?? []), t]);
  if (!byClause.size) return [];
  const matches = matchClauses(district, municipal, cmp);
  const map = mapperForPlan(district, env);
  const out: ClauseInsertion[] = [];
  for (const [clause, targets] of byClause) {
    const mChapter = chapterOf(clause.heading);
    // the district chapter where the other clauses of this municipal chapter went, else the closest title
    const votes = new Map<Heading, number>();
    for (const m of matches) if (m.district && chapterOf(m.municipal.heading) === mChapter) votes.set(chapterOf(m.district.heading), (votes.get(chapterOf(m.district.heading)) ?? 0) + 1);
    let chapter = [...votes].sort((a, b) => b[1] - a[1] || a[0].index - b[0].index)[0]?.[0];
    if (!chapter) {
      const best = district.roots.map((r) => ({ r, s: titleSimilarity(r.title, mChapter.title) })).sort((a, b) => b.s - a.s)[0];
      if (best && best.s >= MIN_CHAPTER_SCORE) chapter = best.r;
    }
    const what = targets.map((t) => `${indicatorLabel(t)} ${formatValue(t)}`).join('、');
    out.push({
      chapter,
      municipal: clause,
      targets,
      title: `插入市级第 ${clause.heading.number} 条“${clause.heading.title}”对应的区级条目（${what}）`,
      undecided: adaptClause(municipal, clause.heading, map).undecided,
    });
  }
  return out;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The last clause under a heading (itself when it is a clause). */
function lastClause(doc: PlanDocument, h: Heading): Clause | undefined {
  const within = doc.clauses.filter((c) => c.heading.span.start >= h.span.start && c.heading.span.end <= h.span.end);
  return within[within.length - 1];
}

/**
 * The edits inserting `ins` at the end of `chapter`: the adapted clause as a
 * new last item, and the numbers of the items after it moved on. Numbering
 * defects before the insertion are left to the numbering rules.
 */
export function insertionEdits(district: PlanDocument, municipal: PlanDocument, ins: ClauseInsertion, chapter: Heading, env: LintEnvironment = {}): TextEdit[] {
  const text = district.text;
  const eol = eolOf(text);
  const blank = /\r?\n[ \t]*\r?\n/.test(text.slice(chapter.span.start, chapter.span.end)) || district.paragraphs.length < 2 ? eol + eol : eol;
  const last = lastClause(district, chapter);
  const level = last && last.heading !== chapter ? last.heading.level : Math.min(4, chapter.level + 2);
  const number = last && last.heading !== chapter ? last.heading.number + 1 : 1;
  const { paragraphs } = adaptClause(municipal, ins.municipal.heading, mapperForPlan(district, env));
  const at = chapter.span.end;
  const inserted = blank + marker(level, number) + paragraphs.join(blank);
  const after = applyEdits(text, [{ start: at, end: at, newText: inserted }]);
  // renumber edits of the new text, mapped back: inside the insertion they change it, after it they shift
  const own: TextEdit[] = [];
  const rest: TextEdit[] = [];
  for (const e of renumberDocument(parseDocument(after))) {
    if (e.start >= at && e.end <= at + inserted.length) own.push({ start: e.start - at, end: e.end - at, newText: e.newText });
    else if (e.start >= at + inserted.length) rest.push({ start: e.start - inserted.length, end: e.end - inserted.length, newText: e.newText });
  }
  return [{ start: at, end: at, newText: applyEdits(inserted, own) }, ...rest.sort((a, b) => a.start - b.start)];
}
