// Matching district targets with municipal targets (docs/targets.md explains
// the method and its measured accuracy). Pure: two lists of targets in, pairs
// and the municipal targets left without a district counterpart out.
import type { Memoized, PlanDocument } from '../model/document';
import { derived } from '../model/document';
import type { Target } from './targets';
import { stripScope } from './targets';
import { bigrams } from './similarity';
import { unitPrefix } from '../model/divisions';

export interface TargetMatch {
  district: Target;
  municipal: Target;
  /** Similarity of the two subjects (higher is closer); only pairs above MIN_SCORE are kept. */
  score: number;
}

export interface Comparison {
  pairs: TargetMatch[];
  /** Municipal targets no district target measures (未落实). */
  missing: Target[];
  /** District targets with no municipal counterpart (the district's own targets). */
  extra: Target[];
}

/**
 * Groups of mutually exclusive subject terms. Two targets whose subjects name
 * terms of one group, with no term in common, measure different things
 * (学校食堂 vs 医疗机构食堂, 食品 vs 食用农产品). Longer terms are taken first
 * and removed, so 食品 is not found inside 保健食品.
 */
const FACETS: Array<{ group: string; terms: Array<[string, string]> }> = [
  {
    group: 'product',
    terms: [
      ['婴幼儿配方乳粉', 'infant-formula'],
      ['保健食品', 'health-food'],
      ['特殊食品', 'special-food'],
      ['食用农产品', 'farm-produce'],
      ['农产品', 'farm-produce'],
      ['林产品', 'forest-produce'],
      ['乳制品', 'dairy'],
      ['肉制品', 'meat'],
      ['肉菜', 'meat-veg'],
      ['粮食', 'grain'],
      ['水产品', 'aquatic'],
      ['冷链食品', 'cold-chain'],
      ['食品', 'food'],
    ],
  },
  {
    group: 'venue',
    terms: [
      ['学校食堂', 'school'],
      ['学校', 'school'],
      ['校园', 'school'],
      ['托幼机构', 'nursery'],
      ['医疗机构', 'hospital'],
      ['养老机构', 'elderly-care'],
      ['入网餐饮', 'online-catering'],
      ['网络餐饮', 'online-catering'],
      ['集体用餐配送', 'catering-delivery'],
      ['中央厨房', 'central-kitchen'],
      ['农贸市场', 'market'],
      ['批发市场', 'market'],
      ['交易市场', 'market'],
    ],
  },
  { group: 'method', terms: [['互联网+明厨亮灶', 'internet-kitchen'], ['明厨亮灶', 'open-kitchen']] },
  {
    group: 'activity',
    terms: [
      ['例行监测', 'routine-monitoring'],
      ['风险监测', 'risk-monitoring'],
      ['监督抽检', 'sampling'],
      ['抽检', 'sampling'],
    ],
  },
];

/** Normalises a subject for comparison: scope words, quotes, brackets and synonyms. */
export function normalizeSubject(s: string): string {
  return stripScope(s)
    .replace(/（[^（）]*）|\([^()]*\)/g, '')
    .replace(/[“”"‘’'「」『』《》\s]/g, '')
    .replace(/＋/g, '+')
    .replace(/抽验/g, '抽检')
    .replace(/抽查/g, '抽检')
    .replace(/年均|平均|全年|计划|持续|进一步/g, '');
}

export interface Facets {
  [group: string]: Set<string>;
}

export function facetsOf(subject: string): Facets {
  const out: Facets = {};
  for (const f of FACETS) {
    let s = subject;
    const found = new Set<string>();
    for (const [term, id] of f.terms) {
      if (s.includes(term)) {
        found.add(id);
        s = s.split(term).join('\u0000');
      }
    }
    out[f.group] = found;
  }
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

/** Pairs scoring below this are not the same target. */
export const MIN_SCORE = 0.3;

interface Prepared {
  t: Target;
  subject: string;
  grams: Set<string>;
  /** Bigrams of the clause title and the subject, for short subjects (企业, 按期, 发现风险). */
  context?: Set<string>;
  facets: Facets;
}

/**
 * 食品安全 names food when it is the whole product of a subject (食品安全抽检量
 * = 食品抽检量); next to another product (乳制品生产企业食品安全自查率) it says nothing.
 * 质量安全 never says anything about what is measured.
 */
function matchingSubject(s: string): string {
  s = s.replace(/质量安全|年度/g, '');
  const other = facetsOf(s.replace(/食品安全/g, '')).product;
  return s.replace(/食品安全/g, other.size ? '' : '食品').replace(/安全/g, '');
}

/** What `prepare` derives from a subject alone: shared by every target with that subject. */
interface SubjectInfo {
  subject: string;
  grams: Set<string>;
  facets: Facets;
}

/** Subjects repeat (every 抽检量 of a plan, every plan of a folder): each is normalised once. */
const subjectCache = new Map<string, SubjectInfo>();
const contextCache = new Map<string, { grams: Set<string>; facets: Facets }>();
const CACHE_LIMIT = 20000;

function cached<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    v = compute();
    cache.set(key, v);
  }
  return v;
}

function prepare(t: Target): Prepared {
  const info = cached(subjectCache, t.subject, () => {
    const subject = matchingSubject(normalizeSubject(t.subject));
    return { subject, grams: bigrams(subject), facets: facetsOf(subject) };
  });
  const { subject, facets } = info;
  const p: Prepared = { t, subject, grams: info.grams, facets };
  if (subject.length < 6 && t.clause) {
    const title = t.clause.heading.title;
    const ctx = cached(contextCache, `${title}\u0000${subject}`, () => {
      const text = matchingSubject(normalizeSubject(title)) + subject;
      return { grams: bigrams(text), facets: facetsOf(text) };
    });
    p.context = ctx.grams;
    // the clause title names the product or venue the subject leaves out
    if (!Object.values(facets).some((f) => f.size)) p.facets = ctx.facets;
  }
  return p;
}

/**
 * Similarity of a district and a municipal target, or -1 when they cannot
 * measure the same thing: different indicator, unit or bound, a component
 * against a total, or conflicting subject terms.
 */
function score(d: Prepared, m: Prepared): number {
  if (d.t.indicator !== m.t.indicator || d.t.unit !== m.t.unit || d.t.bound !== m.t.bound) return -1;
  if ((d.t.role === 'component') !== (m.t.role === 'component')) return -1;
  let shared = 0;
  let oneSided = 0;
  for (const f of FACETS) {
    const a = d.facets[f.group];
    const b = m.facets[f.group];
    if (a.size && b.size) {
      let common = 0;
      for (const x of a) if (b.has(x)) common++;
      if (!common) return -1;
      shared += common;
    } else if (a.size !== b.size && f.group !== 'product') oneSided++;
  }
  let sim = dice(d.grams, m.grams);
  if (d.context || m.context) sim = Math.max(sim, dice(d.context ?? d.grams, m.context ?? m.grams));
  return sim + 0.25 * shared - 0.1 * oneSided;
}

/** Targets with the same indicator, unit, bound, role and subject score alike: they are scored once. */
type Groups = Map<string, Prepared[][]>;

/**
 * Groups by indicator|unit, each a list of groups of alike targets (members in
 * text order). Computed once per target list and kept by the list (lists are
 * kept by their document), so the municipal plan a host keeps parsed is
 * prepared and grouped once, not on every check of a district plan.
 */
function groupsOf(list: readonly Target[]): Groups {
  return derived(list as readonly Target[] & Memoized, groupsOf, () => groupsIn(list));
}

function groupsIn(list: readonly Target[]): Groups {
  const bySig = new Map<string, Map<string, Prepared[]>>();
  for (const t of list) {
    const p = prepare(t);
    const key = `${t.indicator}|${t.unit}`;
    const sig = `${t.bound}|${t.role === 'component'}|${p.subject}|${t.clause && p.context ? t.clause.heading.title : ''}`;
    let byKey = bySig.get(key);
    if (!byKey) bySig.set(key, (byKey = new Map()));
    const members = byKey.get(sig);
    if (members) members.push(p);
    else byKey.set(sig, [p]);
  }
  const out: Groups = new Map();
  for (const [key, byKey] of bySig) out.set(key, [...byKey.values()]);
  return out;
}

/**
 * Matches each district target to at most one municipal target: best scores
 * first, ties in text order. Identical subjects are scored once, so a long
 * plan with repeated wording is compared in time proportional to its
 * distinct targets.
 */
export function compareTargets(district: readonly Target[], municipal: readonly Target[]): Comparison {
  const dGroups = groupsOf(district);
  const mGroups = groupsOf(municipal);
  const cands: Array<{ d: Prepared[]; m: Prepared[]; score: number }> = [];
  for (const [key, dg] of dGroups) {
    const mg = mGroups.get(key);
    if (!mg) continue;
    for (const d of dg) {
      for (const m of mg) {
        const s = score(d[0], m[0]);
        if (s >= MIN_SCORE) cands.push({ d, m, score: s });
      }
    }
  }
  cands.sort((a, b) => b.score - a.score || a.d[0].t.index - b.d[0].t.index || a.m[0].t.index - b.m[0].t.index);
  // members are paired in text order: the next unpaired member of each group
  // (two maps: a plan compared with itself has the same groups on both sides)
  const nextD = new Map<Prepared[], number>();
  const nextM = new Map<Prepared[], number>();
  const pairs: TargetMatch[] = [];
  for (const c of cands) {
    let i = nextD.get(c.d) ?? 0;
    let j = nextM.get(c.m) ?? 0;
    while (i < c.d.length && j < c.m.length) pairs.push({ district: c.d[i++].t, municipal: c.m[j++].t, score: c.score });
    nextD.set(c.d, i);
    nextM.set(c.m, j);
  }
  const usedD = new Set(pairs.map((p) => p.district.index));
  const usedM = new Set(pairs.map((p) => p.municipal.index));
  pairs.sort((a, b) => a.municipal.index - b.municipal.index);
  return {
    pairs,
    missing: municipal.filter((t) => !usedM.has(t.index)),
    extra: district.filter((t) => !usedD.has(t.index)),
  };
}

/** Granularity of a value as written: 7300 → 100, 6.5 → 0.1, 90 → 10. */
export function granularity(valueText: string, value: number): number {
  const dot = valueText.indexOf('.');
  if (dot >= 0) return Math.pow(10, -(valueText.length - dot - 1));
  if (!/^\d+$/.test(valueText) || value === 0) return 1;
  let g = 1;
  let v = value;
  while (v % 10 === 0 && v > 0) {
    v /= 10;
    g *= 10;
  }
  return g;
}

/** The district asks less than the municipal plan: a lower floor, or a higher ceiling. */
export function isWeaker(d: Target, m: Target): boolean {
  if (d.bound === 'ceiling') return d.value > m.value;
  if (d.value >= m.value) return false;
  // 7300余 may well reach a municipal 7350
  if (d.approximate && d.value + granularity(d.valueText, d.value) > m.value) return false;
  return true;
}

/** The value as written with its unit: 70%, 6.5批次/千人, 7300余批次. */
export function formatValue(t: Target): string {
  const v = /^\d/.test(t.valueText) ? t.valueText : String(t.value);
  return `${v}${t.approximate ? '余' : ''}${t.unit}${t.bound === 'ceiling' ? '以内' : ''}`;
}

export type CoverageStatus = 'met' | 'below' | 'missing' | 'extra';

export interface CoverageSide {
  /** The target as written. */
  text: string;
  /** 70%, 6.5批次/千人 … */
  value: string;
  /** The number and canonical unit (70 and %), for charts. */
  amount: number;
  unit: string;
  clause?: { number: number; title: string };
  start: number;
  end: number;
}

export interface CoverageRow {
  /** What is measured: the municipal phrase (or the district one for extra rows). */
  indicator: string;
  municipal?: CoverageSide;
  district?: CoverageSide;
  status: CoverageStatus;
}

/** What a target measures, for tables: its phrase, with an inherited subject put back (满意度 → 群众食品安全满意度). */
export function indicatorLabel(t: Target): string {
  const phrase = normalizeSubject(t.phrase);
  const subject = normalizeSubject(t.subject);
  return (subject && !phrase.includes(subject) ? subject + phrase : phrase) || t.indicator;
}

function side(t: Target): CoverageSide {
  const h = t.clause?.heading;
  return { text: t.text, value: formatValue(t), amount: t.value, unit: t.unit, clause: h ? { number: h.number, title: h.title } : undefined, start: t.start, end: t.end };
}

/**
 * The coverage table shown by `fsplan compare` and the editor: one row per
 * municipal target (met, below, or missing in the district plan), then the
 * district's own targets.
 */
export function coverageRows(cmp: Comparison, municipal: readonly Target[], district: readonly Target[]): CoverageRow[] {
  const byMunicipal = new Map(cmp.pairs.map((p) => [p.municipal.index, p.district]));
  const rows: CoverageRow[] = [];
  for (const m of municipal) {
    const d = byMunicipal.get(m.index);
    rows.push({
      indicator: indicatorLabel(m),
      municipal: side(m),
      district: d ? side(d) : undefined,
      status: !d ? 'missing' : isWeaker(d, m) ? 'below' : 'met',
    });
  }
  const extra = new Set(cmp.extra.map((t) => t.index));
  for (const d of district) if (extra.has(d.index)) rows.push({ indicator: indicatorLabel(d), district: side(d), status: 'extra' });
  return rows;
}

/**
 * Why a document cannot be the municipal plan a district plan is compared
 * with (no dated plan title or no numbered items; a district or county plan),
 * in Chinese after `named` ("--municipal 指定的文件 x.txt"); undefined when it can.
 */
export function notMunicipalPlan(doc: PlanDocument, named: string): string | undefined {
  const title = doc.front.planTitle;
  if (!title?.year || !doc.headings.length) {
    return `${named} 不是计划文件：第 1 行起没有找到带年份的计划标题（如“天津市2024年食品安全监督管理计划”）或编号条目。请指定市级计划的文本文件`;
  }
  const j = title.jurisdiction;
  if (j && (j.level === 'district' || j.level === 'county')) {
    return `${named} 是区县级计划（${title.text}），不是市级计划。请指定市级计划（如“天津市${title.year}年食品安全监督管理计划”）`;
  }
  return undefined;
}

/** The level word of a county-level plan: 区, 县, 市 (a county-level city) or 旗; 区 when the title does not say. */
export type OwnLevel = '区' | '县' | '市' | '旗';

export function ownLevelOf(doc: PlanDocument): OwnLevel {
  const kind = doc.front.planTitle?.jurisdiction?.kind;
  return kind ? unitPrefix(kind) : '区';
}

/** How a coverage row's status is shown: 已落实, 低于市级, 未落实, or 本区新增 / 本县新增 … for the plan's own level. */
export function statusLabel(status: CoverageRow['status'], own: OwnLevel): string {
  return status === 'met' ? '已落实' : status === 'below' ? '低于市级' : status === 'missing' ? '未落实' : `本${own}新增`;
}
