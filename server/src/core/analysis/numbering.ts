// Numbering analysis shared by the numbering rules and the renumber command:
// sibling groups per level, the document's convention per level (continuous
// across parents or restarting under each parent), lines that lost their
// marker, and the expected number of every heading. Pure: model in, data out.
import type { Heading, PlanDocument } from '../model/document';
import { findNotes } from '../model/notes';
import { CANONICAL_MARKER, HeadingLevel, nestByLevel } from '../model/headings';
import type { Paragraph } from '../model/text';
import { isNonTaskTitle } from './chapters';

export const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

/** 一级标题 … 四级标题. */
export const LEVEL_NAMES: Record<HeadingLevel, string> = { 1: '一级标题', 2: '二级标题', 3: '三级标题', 4: '四级标题' };

/**
 * A node of the numbering outline: a real heading, or a line that lost its
 * marker (placed where the heading would be, so that what follows it nests
 * under it).
 */
export interface OutlineNode {
  level: HeadingLevel;
  /** As written, or the inferred number of a lost marker. */
  number: number;
  /** Marker start, or the start of the paragraph that lost its marker. */
  start: number;
  heading?: Heading;
  missing?: MissingMarker;
  parent?: OutlineNode;
  children: OutlineNode[];
}

/** Nodes of one level directly under one parent (or at the top), in document order. */
export interface SiblingGroup {
  level: HeadingLevel;
  parent?: OutlineNode;
  nodes: OutlineNode[];
  /** The real headings among `nodes`. */
  headings: Heading[];
}

export interface LevelConvention {
  level: HeadingLevel;
  /** true: numbers run on across parents (1.…19. across chapters); false: restart at 1 under each parent. */
  continuous: boolean;
  /** Boundaries between consecutive groups that continue / restart. */
  votes: { continuous: number; restart: number };
  groups: SiblingGroup[];
  /**
   * The groups numbered as one run, in order. Decided per top-level chapter:
   * a chapter whose own groups continue (1.–33. across （一）…（六）) is one run
   * even when another chapter restarts at 1 under each （一）; a chapter with no
   * boundary of its own follows the document-wide convention.
   */
  runs: Array<{ continuous: boolean; groups: SiblingGroup[] }>;
  /** The most frequent marker style of the level (ties: the GB/T form, then the first seen). */
  dominantStyle: string;
  styleCounts: Map<string, number>;
}

/** A paragraph that reads like a heading whose marker was lost, filling a one-number gap. */
export interface MissingMarker {
  paragraph: Paragraph;
  level: HeadingLevel;
  number: number;
  /** Style to write the marker in (the level's dominant style). */
  style: string;
  /** 'title': a bare short title line; 'item': a paragraph that starts a new item (title。body). */
  shape: 'title' | 'item';
  /** Where the marker goes (original offset of the paragraph's first character). */
  start: number;
}

/** One slot of a numbered sequence: a real heading or a line that lost its marker. */
export interface SequenceItem {
  heading?: Heading;
  missing?: MissingMarker;
  /** The number the item should carry under the document's convention. */
  expected: number;
  /** Index of the sibling group the item belongs to within its level. */
  group: number;
}

/** Items numbered as one run: all items of a level (continuous) or one group (restart). */
export interface NumberSequence {
  level: HeadingLevel;
  continuous: boolean;
  items: SequenceItem[];
}

export interface NumberingAnalysis {
  /** The outline with lost markers in place. */
  roots: OutlineNode[];
  conventions: Map<HeadingLevel, LevelConvention>;
  sequences: NumberSequence[];
  missing: MissingMarker[];
  /** Sequence and position of every real heading. */
  positionOf: Map<Heading, { sequence: NumberSequence; index: number }>;
}

/** Builds the outline tree from the headings and the lost markers with the document's tree step (nestByLevel). */
function buildOutline(doc: PlanDocument, missing: readonly MissingMarker[]): OutlineNode[] {
  const nodes: OutlineNode[] = [
    ...doc.headings.map((h) => ({ level: h.level, number: h.number, start: h.marker.start, heading: h, children: [] })),
    ...missing.map((m) => ({ level: m.level, number: m.number, start: m.start, missing: m, children: [] })),
  ].sort((a, b) => a.start - b.start);
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const n of nodes) nestByLevel(n, open, roots);
  return roots;
}

function groupsOf(roots: OutlineNode[]): Map<HeadingLevel, SiblingGroup[]> {
  const byLevel = new Map<HeadingLevel, SiblingGroup[]>();
  for (const l of LEVELS) byLevel.set(l, []);
  // the groups of one parent, by level (index 1–4), in order of their first node
  const visit = (parent: OutlineNode | undefined, children: OutlineNode[]) => {
    if (!children.length) return;
    const local: Array<SiblingGroup | undefined> = [undefined, undefined, undefined, undefined, undefined];
    const order: SiblingGroup[] = [];
    for (const n of children) {
      let g = local[n.level];
      if (!g) {
        g = { level: n.level, parent, nodes: [], headings: [] };
        local[n.level] = g;
        order.push(g);
      }
      g.nodes.push(n);
      if (n.heading) g.headings.push(n.heading);
    }
    for (const g of order) byLevel.get(g.level)!.push(g);
    for (const n of children) visit(n, n.children);
  };
  visit(undefined, roots);
  for (const gs of byLevel.values()) gs.sort((a, b) => a.nodes[0].start - b.nodes[0].start);
  return byLevel;
}

/** How the boundary between two consecutive groups numbers: on from the previous group, from 1 again, or neither. */
function boundaryVote(prev: SiblingGroup, next: SiblingGroup): 'continuous' | 'restart' | undefined {
  const last = prev.nodes[prev.nodes.length - 1].number;
  const head = next.nodes[0].number;
  return head === 1 ? 'restart' : head > last ? 'continuous' : undefined;
}

/** The top-level chapter a group sits in (undefined for groups at the top). */
function chapterOf(g: SiblingGroup): OutlineNode | undefined {
  let n = g.parent;
  while (n?.parent) n = n.parent;
  return n;
}

/** A top-level chapter without tasks (保障措施, 工作要求 …). */
function isNonTaskChapter(ch: OutlineNode | undefined): boolean {
  const title = ch?.heading?.title;
  return title !== undefined && isNonTaskTitle(title);
}

/**
 * Groups where numbering may start at 1 again because a block of chapters
 * without tasks numbers its items on its own: tasks （一）…（十二） across
 * chapters, then 保障措施 （一）（二）; or 总体要求 （一）（二） before tasks
 * that start at （一）. Only a block that reads as numbered on its own counts:
 * it starts at 1 and each of its groups goes on from the one before or starts
 * at 1 again. A stray restart (保障措施 （一）, then 工作要求 （六）) is no
 * such block and stays a finding. Such boundaries are no votes for the
 * document's convention and start runs of their own.
 */
function freshStarts(groups: SiblingGroup[]): Set<SiblingGroup> {
  const out = new Set<SiblingGroup>();
  let i = 0;
  while (i < groups.length) {
    const nonTask = isNonTaskChapter(chapterOf(groups[i]));
    let j = i;
    while (j + 1 < groups.length && isNonTaskChapter(chapterOf(groups[j + 1])) === nonTask) j++;
    if (nonTask && groups[i].nodes[0].number === 1) {
      let own = true;
      for (let k = i + 1; k <= j && own; k++) {
        const head = groups[k].nodes[0].number;
        const before = groups[k - 1].nodes;
        own = head === 1 || head === before[before.length - 1].number + 1;
      }
      if (own) {
        if (i > 0) out.add(groups[i]);
        const next = groups[j + 1];
        if (next && next.nodes[0].number === 1) out.add(next);
      }
    }
    i = j + 1;
  }
  return out;
}

/** Runs of groups under per-chapter conventions (see LevelConvention.runs). */
function runsOf(groups: SiblingGroup[], continuous: boolean, fresh: ReadonlySet<SiblingGroup>): LevelConvention['runs'] {
  const own = new Map<OutlineNode | undefined, { continuous: number; restart: number }>();
  for (let i = 1; i < groups.length; i++) {
    const ch = chapterOf(groups[i]);
    if (ch === undefined || chapterOf(groups[i - 1]) !== ch) continue;
    const vote = boundaryVote(groups[i - 1], groups[i]);
    if (!vote) continue;
    let v = own.get(ch);
    if (!v) own.set(ch, (v = { continuous: 0, restart: 0 }));
    v[vote]++;
  }
  // a chapter keeps a convention of its own only on two or more boundaries of its own that
  // outvote the others: one boundary can be a single slip (a gap after a one-item group)
  const chapterContinuous = (ch: OutlineNode | undefined) => {
    const v = own.get(ch);
    if (!v) return continuous;
    if (!continuous && v.continuous >= 2 && v.continuous > v.restart) return true;
    if (continuous && v.restart >= 2 && v.restart > v.continuous) return false;
    return continuous;
  };
  const runs: LevelConvention['runs'] = [];
  let prevChapter: OutlineNode | undefined | null = null;
  for (const g of groups) {
    const ch = chapterOf(g);
    const cont = chapterContinuous(ch);
    const last = runs[runs.length - 1];
    // a continuous chapter goes on from the previous group: inside the chapter always, across chapters when the document numbers on across them
    const joins = last && cont && last.continuous && (ch === prevChapter || continuous) && !fresh.has(g);
    if (joins) last.groups.push(g);
    else runs.push({ continuous: cont, groups: [g] });
    prevChapter = ch;
  }
  return runs;
}

function conventionOf(level: HeadingLevel, groups: SiblingGroup[]): LevelConvention {
  const votes = { continuous: 0, restart: 0 };
  const fresh = freshStarts(groups);
  for (let i = 1; i < groups.length; i++) {
    if (fresh.has(groups[i])) continue;
    const vote = boundaryVote(groups[i - 1], groups[i]);
    if (vote) votes[vote]++;
  }
  let continuous = votes.continuous > votes.restart;
  if (votes.continuous === votes.restart && votes.continuous > 0) {
    // a tie: the convention that needs fewer renumbered items; still tied, continuous
    // (a stray restart at 1 is the likelier slip of a copy-pasted chapter)
    const cost = (cont: boolean) => {
      let n = 0;
      let k = 0;
      for (const g of groups) {
        if (!cont) k = 0;
        for (const x of g.nodes) if (x.number !== ++k) n++;
      }
      return n;
    };
    continuous = cost(true) <= cost(false);
  }
  const styleCounts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const standardStyle = new Set<string>();
  for (const g of groups)
    for (const h of g.headings) {
      styleCounts.set(h.marker.style, (styleCounts.get(h.marker.style) ?? 0) + 1);
      if (!firstSeen.has(h.marker.style)) firstSeen.set(h.marker.style, h.marker.start);
      if (h.marker.standard) standardStyle.add(h.marker.style);
    }
  let dominantStyle = CANONICAL_MARKER[level];
  let best = -1;
  for (const [style, n] of styleCounts) {
    const better =
      n > best ||
      (n === best && standardStyle.has(style) && !standardStyle.has(dominantStyle)) ||
      (n === best && standardStyle.has(style) === standardStyle.has(dominantStyle) && firstSeen.get(style)! < firstSeen.get(dominantStyle)!);
    if (better) {
      dominantStyle = style;
      best = n;
    }
  }
  return { level, continuous, votes, groups, runs: runsOf(groups, continuous, fresh), dominantStyle, styleCounts };
}

function conventionsOf(roots: OutlineNode[]): Map<HeadingLevel, LevelConvention> {
  const byLevel = groupsOf(roots);
  const conventions = new Map<HeadingLevel, LevelConvention>();
  for (const l of LEVELS) conventions.set(l, conventionOf(l, byLevel.get(l)!));
  return conventions;
}

/** Real-heading sequences of a level under its convention. */
function rawSequences(conv: LevelConvention): Heading[][] {
  return conv.runs.map((r) => r.groups.flatMap((g) => g.headings));
}

// ---- lines that lost their marker -------------------------------------------

const TERMINAL = /[。；;：:，,、！？!?]$/;

/** Text of a heading paragraph after its marker. */
function afterMarker(h: Heading): string {
  return h.paragraph.text.slice(h.paragraph.indexOf(h.marker.end));
}

/** Whether the headings of a level are bare title lines (一、总体要求) rather than items with text (1.加强监管。…). */
function titleOnly(headings: Heading[]): boolean {
  let bare = 0;
  for (const h of headings) if (!afterMarker(h).includes('。')) bare++;
  return bare * 2 >= headings.length;
}

function maxTitleLength(headings: Heading[]): number {
  let m = 0;
  for (const h of headings) m = Math.max(m, h.title.length);
  return m;
}

function hasCjk(s: string): boolean {
  return /[\u4e00-\u9fa5]/.test(s);
}

/** A bare short title line: 指导思想, 加强源头管理 (no 。, no note, not a list item). */
function isBareTitle(p: Paragraph, maxLen: number): boolean {
  const t = p.text;
  if (t.length < 2 || t.length > Math.max(maxLen + 4, 12) || t.length > 30) return false;
  if (t.includes('。') || TERMINAL.test(t) || !hasCjk(t)) return false;
  if (/^[（(《“"]/.test(t) || /^\d/.test(t)) return false;
  return findNotes(t).length === 0;
}

/** A paragraph that starts a new task item: a short title sentence, then body text. */
function isItemStart(p: Paragraph, maxLen: number): boolean {
  const t = p.text;
  const stop = t.indexOf('。');
  if (stop < 2 || stop > Math.min(Math.max(maxLen + 6, 12), 24)) return false;
  const title = t.slice(0, stop);
  if (!hasCjk(title) || /^[（(《“"0-9]/.test(title) || /[，,；;：:]/.test(title)) return false;
  if (findNotes(title).length) return false;
  return t.length > stop + 1;
}

/**
 * Whether the paragraph before `p` ended a sentence (or is a heading), so that
 * `p` is a paragraph of its own and not the tail of a hard-wrapped sentence
 * that layout could not join (…特殊食品生 / 产企业体系检查工作。…).
 */
function startsFresh(doc: PlanDocument, headingParas: Set<Paragraph>, p: Paragraph): boolean {
  const prev = doc.paragraphs[p.index - 1];
  if (!prev || prev.index < doc.bodyStart) return true;
  if (headingParas.has(prev) && !prev.text.includes('。')) return true; // a bare heading line: 一、总体要求
  return /[。）)；;：:！？!?”]$/.test(prev.text);
}

/** Non-heading paragraphs strictly between two original offsets. */
function paragraphsBetween(doc: PlanDocument, headingParas: Set<Paragraph>, from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  // binary search for the first paragraph after `from` (paragraphs are in text order)
  let lo = doc.bodyStart;
  let hi = doc.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.paragraphs[mid].start <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    if (p.start >= to) break;
    if (!headingParas.has(p)) out.push(p);
  }
  return out;
}

function findMissing(doc: PlanDocument, conventions: Map<HeadingLevel, LevelConvention>): MissingMarker[] {
  const headingParas = new Set(doc.headings.map((h) => h.paragraph));
  const claimed = new Set<Paragraph>();
  const ambiguous = new Set<Paragraph>();
  const found: MissingMarker[] = [];
  const bodyStartOffset = doc.bodyStart > 0 && doc.bodyStart <= doc.paragraphs.length ? doc.paragraphs[doc.bodyStart - 1].end : -1;
  for (const level of LEVELS) {
    const conv = conventions.get(level)!;
    const all = conv.groups.flatMap((g) => g.headings);
    if (all.length < 2) continue;
    // the level's shape is read at its first one-number gap (most plans have none)
    let bare = false;
    let maxLen = -1;
    // a lost title may also have been run together with its first sentence (指导思想。坚持…)
    const fits = (p: Paragraph) => (bare ? isBareTitle(p, maxLen) || isItemStart(p, maxLen) : isItemStart(p, maxLen));
    for (const seq of rawSequences(conv)) {
      for (let i = 0; i < seq.length; i++) {
        const h = seq[i];
        const g = i > 0 ? seq[i - 1] : undefined;
        const prevNumber = g ? g.number : 0;
        if (h.number !== prevNumber + 2) continue;
        if (maxLen < 0) {
          bare = titleOnly(all);
          maxLen = maxTitleLength(all);
        }
        // the region where the lost heading must sit
        let from: number;
        if (g) from = g.paragraph.start;
        else if (h.parent) from = h.parent.paragraph.start;
        else from = bodyStartOffset;
        const candidates = paragraphsBetween(doc, headingParas, from, h.marker.start).filter((p) => startsFresh(doc, headingParas, p) && fits(p));
        if (candidates.length !== 1) continue;
        const p = candidates[0];
        if (claimed.has(p)) {
          // the line fills gaps at two levels (三、…五、 and （六）…（八）): do not guess
          ambiguous.add(p);
          continue;
        }
        claimed.add(p);
        found.push({ paragraph: p, level, number: h.number - 1, style: conv.dominantStyle, shape: bare && isBareTitle(p, maxLen) ? 'title' : 'item', start: p.start });
      }
    }
  }
  return found.filter((m) => !ambiguous.has(m.paragraph)).sort((a, b) => a.start - b.start);
}

// ---- sequences with expected numbers ------------------------------------------

/** Analyses the numbering of a document. Use `ctx.memo('numbering', …)` in rules. */
export function analyzeNumbering(doc: PlanDocument): NumberingAnalysis {
  // pass 1: the headings as written, to find lines that lost their marker
  const written = buildOutline(doc, []);
  const writtenConventions = conventionsOf(written);
  const missing = findMissing(doc, writtenConventions);
  // pass 2: the outline with those lines in place (the same outline when none was lost)
  const roots = missing.length ? buildOutline(doc, missing) : written;
  const conventions = missing.length ? conventionsOf(roots) : writtenConventions;

  const sequences: NumberSequence[] = [];
  const positionOf = new Map<Heading, { sequence: NumberSequence; index: number }>();
  for (const level of LEVELS) {
    const conv = conventions.get(level)!;
    if (!conv.groups.length) continue;
    const index = new Map<SiblingGroup, number>();
    conv.groups.forEach((g, gi) => index.set(g, gi));
    for (const r of conv.runs) {
      const items: SequenceItem[] = [];
      const seq: NumberSequence = { level, continuous: r.continuous, items };
      for (const g of r.groups) {
        const group = index.get(g)!;
        for (const n of g.nodes) {
          if (n.heading) positionOf.set(n.heading, { sequence: seq, index: items.length });
          items.push({ heading: n.heading, missing: n.missing, group, expected: items.length + 1 });
        }
      }
      sequences.push(seq);
    }
  }
  return { roots, conventions, sequences, missing, positionOf };
}
