// Drafting a district plan from the municipal plan: same chapters and items,
// renumbered per GB/T 9704, departments mapped from city to district through
// the registry (each district body names its municipal counterpart), 全市 →
// 全区, targets carried over at the municipal value, and the parts only the
// drafter knows left as marked placeholders.
import { buildDirectory, classify, Directory } from '../analysis/departments';
import type { Heading, Note, PlanDocument } from '../model/document';
import { parseDocument } from '../model/document';
import { applyEdits } from '../engine/fix';
import { formatChineseNumeral } from '../model/numerals';
import { planRollover } from './rollover';
import { builtinTianjin, collectiveEntry, instantiate, Registry } from '../analysis/registry';
import type { Paragraph } from '../model/text';
import type { LintEnvironment } from '../engine/types';

export function placeholder(what: string): string {
  return `【待填写：${what}】`;
}

export function undecided(name: string): string {
  return `【待定：${name}】`;
}

/** Maps a municipal department to its district counterpart, or undefined when there is none. */
export type DepartmentMapper = (municipalName: string) => string | undefined;

export type NumberingConvention = 'continuous' | 'restart';

export interface DraftOptions {
  /** District name as written in titles: 红桥区, 滨海新区. */
  district: string;
  /** Full name of the city the district belongs to: 天津市. */
  city: string;
  year: number;
  mapDepartment: DepartmentMapper;
  /** The item level numbered through the whole plan (default) or restarting in each chapter. */
  numbering?: NumberingConvention;
}

export interface DraftResult {
  text: string;
  /** Municipal bodies with no district counterpart, kept and marked 【待定：…】, in order of first use. */
  undecided: string[];
  /** Number of clauses and notes carried over. */
  clauses: number;
  notes: number;
  /** Placeholders 【待填写：…】 the drafter fills in (front matter, preamble). */
  toFill: string[];
}

export class DraftError extends Error {}

// ---- department mapping from the registry -------------------------------------

export interface DistrictRef {
  name: string;
  short: string;
}

/** A district of the registry by full name (红桥区, 滨海新区), short name (红桥) or with the city (天津市红桥区). */
export function findDistrict(reg: Registry, input: string): DistrictRef | undefined {
  const s = input.replace(/\s+/g, '');
  const bare = s.startsWith(reg.jurisdiction.name) ? s.slice(reg.jurisdiction.name.length) : s;
  return reg.districts.find((d) => d.name === bare || d.short === bare);
}

/** The department directory of a district plan of that district and year (the draft's own directory). */
export function districtDirectory(district: DistrictRef, year: number, env: LintEnvironment = {}): Directory {
  return buildDirectory(parseDocument(`${district.name}${year}年食品安全监督管理计划`), env);
}

/**
 * The mapping of municipal bodies to district bodies, read from the registry
 * data: every district department (and collective) names its municipal
 * counterpart (`municipal`); all forms of that city body map to it. When two
 * district bodies name the same city body, the one the registry limits to
 * this district comes first (滨海: 区教育体育局 before 区教育局), then
 * registry order. A name already valid in the district plan (相关部门) is kept;
 * anything else has no counterpart.
 */
export function registryMapper(dir: Directory, reg: Registry): DepartmentMapper {
  const own = dir.ownDistrict;
  const specific = new Set<string>();
  if (own) {
    for (const e of reg.districtLevel.departments) if (e.districts?.includes(own.short)) specific.add(instantiate(e.name, own));
  }
  const table = new Map<string, Array<{ name: string; specific: boolean; order: number }>>();
  dir.entries.forEach((info, order) => {
    if (info.level !== 'district' || !info.municipal) return;
    const city = dir.cityForms.get(info.municipal);
    const forms = city ? city.forms : [info.municipal];
    const isSpecific = info.forms.some((f) => specific.has(f));
    for (const f of forms) {
      const list = table.get(f) ?? [];
      list.push({ name: info.canonical, specific: isSpecific, order });
      table.set(f, list);
    }
  });
  for (const list of table.values()) list.sort((a, b) => Number(b.specific) - Number(a.specific) || a.order - b.order);
  const districtCollectives = new Set((reg.districtLevel.collectives ?? []).map((c) => collectiveEntry(c).name));
  const cityOnly = new Set((reg.cityLevel?.collectives ?? []).map((c) => collectiveEntry(c).name).filter((n) => !districtCollectives.has(n)));
  return (raw) => {
    const name = raw.replace(/\s+/g, '');
    const hit = table.get(name);
    if (hit) return hit[0].name;
    const s = classify(dir, name);
    if (s.kind === 'known') return s.info.canonical;
    // 相关部门, 各成员单位: valid in both; 各区人民政府, 市…成员单位: city only
    if (s.kind === 'collective' && !cityOnly.has(name) && !name.startsWith('市')) return name;
    return undefined;
  };
}

/** The mapping for a district plan's own district (its title, else the configured jurisdiction). */
export function mapperForPlan(doc: PlanDocument, env: LintEnvironment = {}): DepartmentMapper {
  const dir = buildDirectory(doc, env);
  const base = registryMapper(dir, env.departments?.registry ?? builtinTianjin());
  // the form the plan already writes for a body (区卫健委 rather than 区卫生健康委), most used first
  const used = new Map<string, Map<string, number>>();
  for (const n of doc.notes) {
    for (const m of n.mentions) {
      const s = classify(dir, m.name);
      if (s.kind !== 'known') continue;
      const forms = used.get(s.info.canonical) ?? new Map<string, number>();
      forms.set(s.form, (forms.get(s.form) ?? 0) + 1);
      used.set(s.info.canonical, forms);
    }
  }
  return (name) => {
    const mapped = base(name);
    const forms = mapped ? used.get(mapped) : undefined;
    return forms ? [...forms].sort((a, b) => b[1] - a[1])[0][0] : mapped;
  };
}

// ---- the draft ---------------------------------------------------------------

/** Scope words of a municipal plan and their district form. */
const SCOPE: Array<[RegExp, string]> = [
  [/全市/g, '全区'],
  [/我市/g, '我区'],
  [/本市/g, '本区'],
];

/** 全市 → 全区 … in task text (never inside a cited title 《…》). */
export function localize(text: string): string {
  return text
    .split(/(《[^《》]*》)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part;
      for (const [re, to] of SCOPE) out = out.replace(re, to);
      return out;
    })
    .join('');
}

/** The district form of a note: each department mapped, duplicates dropped, a lone 按职责分工负责 simplified. */
export function mapNote(note: Note, map: DepartmentMapper, undecidedOut: Set<string>): string {
  const groups: string[] = [];
  const seen = new Set<string>();
  let names = 0;
  for (const g of note.groups) {
    const list: string[] = [];
    for (const m of g.departments) {
      const mapped = map(m.name);
      let name: string;
      if (mapped) name = mapped;
      else {
        undecidedOut.add(m.name);
        name = undecided(m.name);
      }
      if (seen.has(name)) continue;
      seen.add(name);
      list.push(name);
    }
    names += list.length;
    if (!list.length) continue;
    groups.push(list.join('、') + g.verb);
  }
  if (!groups.length) return `（${localize(note.inner)}）`;
  // one department left of a 按职责分工 list: it simply 负责
  if (groups.length === 1 && names === 1) groups[0] = groups[0].replace(/(?:按职责分工|按照职责分工|共同|分工)(负责|配合)$/, '负责');
  const label = note.label ? `${note.label}：` : '';
  return `（${label}${groups.join('，')}）`;
}

/** A paragraph's logical text with its notes in district form and the rest localised. */
function rewriteParagraph(p: Paragraph, notes: readonly Note[], map: DepartmentMapper, undecidedOut: Set<string>, from = 0): string {
  let out = '';
  let at = from;
  for (const n of notes) {
    const a = p.indexOf(n.start);
    const b = p.indexOf(n.end);
    if (a < at) continue;
    out += localize(p.text.slice(at, a)) + mapNote(n, map, undecidedOut);
    at = b;
  }
  return out + localize(p.text.slice(at));
}

function notesByParagraph(doc: PlanDocument): Map<Paragraph, Note[]> {
  const out = new Map<Paragraph, Note[]>();
  for (const n of doc.notes) {
    const list = out.get(n.paragraph) ?? [];
    list.push(n);
    out.set(n.paragraph, list);
  }
  return out;
}

/** The paragraphs of a heading (its own text after the marker, then its body) in district form. */
function adaptParagraphs(h: Heading, notesOf: Map<Paragraph, Note[]>, map: DepartmentMapper, undecidedOut: Set<string>): string[] {
  return [h.paragraph, ...h.body].map((p, i) => rewriteParagraph(p, notesOf.get(p) ?? [], map, undecidedOut, i === 0 ? p.indexOf(h.marker.end) : 0).trimStart());
}

/**
 * One municipal clause in district form (departments mapped, 全市 → 全区,
 * values as they are), its paragraphs without the marker; for inserting a
 * clause the district plan lacks.
 */
export function adaptClause(municipal: PlanDocument, h: Heading, map: DepartmentMapper): { paragraphs: string[]; undecided: string[] } {
  const undecidedSet = new Set<string>();
  const paragraphs = adaptParagraphs(h, notesByParagraph(municipal), map, undecidedSet);
  return { paragraphs, undecided: [...undecidedSet] };
}

/** The GB/T 9704 marker of a heading level with number n: 一、（一）1.（1）. */
export function marker(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${formatChineseNumeral(n)}、`;
    case 2:
      return `（${formatChineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}

/** The level most clauses sit at: the items numbered through the plan under the continuous convention. */
function itemLevel(doc: PlanDocument): number {
  const count = new Map<number, number>();
  for (const c of doc.clauses) count.set(c.heading.level, (count.get(c.heading.level) ?? 0) + 1);
  let best = 0;
  let level = 0;
  for (const [l, n] of count) if (l > 1 && (n > best || (n === best && l > level))) [best, level] = [n, l];
  return level;
}

/** The title of the district plan: the municipal title with the district and year put in. */
export function draftTitle(municipal: PlanDocument, district: string, year: number): string {
  const t = municipal.front.planTitle?.text.replace(/^《|》$/g, '');
  const rest = t ? /^.*?\d{4}年度?(.+)$/.exec(t)?.[1] : undefined;
  return `${district}${year}年${rest ?? '食品安全监督管理计划'}`;
}

export function draftFromMunicipal(municipal: PlanDocument, opts: DraftOptions): DraftResult {
  const undecidedSet = new Set<string>();
  const title = draftTitle(municipal, opts.district, opts.year);
  const municipalTitle = municipal.front.planTitle?.text.replace(/^《|》$/g, '');
  const toFill = ['发文字号', '成文日期', '我区工作基础和总体要求'];
  if (!municipalTitle) toFill.splice(2, 0, '市级计划名称');
  const lines: string[] = [
    placeholder('发文字号'),
    '',
    `${opts.city}${opts.district}人民政府办公室`,
    '',
    `关于印发《${title}》的通知`,
    '',
    '各街道办事处，区政府各委、办、局，各直属单位：',
    '',
    `经区人民政府同意，现将《${title}》印发给你们，请结合实际认真贯彻落实。`,
    '',
    placeholder('成文日期'),
    '',
    '（此件主动公开）',
    '',
    title,
    '',
    `为做好我区${opts.year}年食品安全工作，根据《${municipalTitle ?? placeholder('市级计划名称')}》，结合我区实际，制定本计划。${placeholder('我区工作基础和总体要求')}`,
    '',
  ];
  const notesOf = notesByParagraph(municipal);
  const continuousLevel = (opts.numbering ?? 'continuous') === 'continuous' ? itemLevel(municipal) : 0;
  const counters = new Map<string, number>();
  const clauseHeadings = new Set(municipal.clauses.map((c) => c.heading));
  let clauses = 0;
  let notes = 0;
  const walk = (h: Heading) => {
    const key = h.level === continuousLevel ? `L${h.level}` : `L${h.level}/${h.parent?.index ?? -1}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    if (clauseHeadings.has(h)) clauses++;
    notes += [h.paragraph, ...h.body].reduce((k, p) => k + (notesOf.get(p)?.length ?? 0), 0);
    adaptParagraphs(h, notesOf, opts.mapDepartment, undecidedSet).forEach((text, i) => lines.push(i === 0 ? marker(h.level, n) + text : text, ''));
    for (const c of h.children) walk(c);
  };
  for (const r of municipal.roots) walk(r);
  return { text: lines.join('\n'), undecided: [...undecidedSet], clauses, notes, toFill };
}

export interface DistrictDraftOptions {
  /** 红桥, 红桥区, 滨海新区 … (a district of the registry). */
  district: string;
  /** Plan year; the municipal plan's year when absent. */
  year?: number;
  numbering?: NumberingConvention;
}

/**
 * Drafts the plan of a district of the registry (env.departments.registry,
 * else the built-in Tianjin data) from its municipal plan. Throws DraftError
 * (Chinese message) for an unknown district or a year that cannot be known.
 */
export function draftForDistrict(municipal: PlanDocument, opts: DistrictDraftOptions, env: LintEnvironment = {}): DraftResult & { district: DistrictRef; year: number } {
  const reg = env.departments?.registry ?? builtinTianjin();
  const district = findDistrict(reg, opts.district);
  if (!district) {
    throw new DraftError(`部门名录中没有“${opts.district}”。可用的区：${reg.districts.map((d) => d.name).join('、')}`);
  }
  const year = opts.year ?? municipal.front.planTitle?.year;
  if (!year) throw new DraftError('市级计划没有带年份的标题，无法确定年度。请用 --year 指定，例如 --year 2025');
  const dir = districtDirectory(district, year, env);
  const own = municipal.front.planTitle?.year;
  const result = draftFromMunicipal(municipal, { district: district.name, city: reg.jurisdiction.name, year: own ?? year, mapDepartment: registryMapper(dir, reg), numbering: opts.numbering });
  if (own && own !== year) {
    // another year than the municipal plan's: its own year mentions (昆仑2025, 2025年底前) move with the title
    result.text = applyEdits(result.text, planRollover(parseDocument(result.text), year).edits);
  }
  return { ...result, district, year };
}
