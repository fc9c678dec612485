// Drafting a district plan from the municipal plan: same chapters and items,
// renumbered per GB/T 9704, departments mapped from city to district through
// the registry, 全市 → 全区, targets carried over at the municipal value, and
// the parts only the drafter knows left as marked placeholders.
import type { Clause, Heading, Note, PlanDocument } from './document';
import { formatChineseNumeral } from './numerals';

/** Placeholders are written 【待填写：…】 (to fill in) or 【待定：…】 (to decide). */
export const PLACEHOLDER = /【(待填写|待定)：[^】\n]{0,60}】/g;

export function placeholder(what: string): string {
  return `【待填写：${what}】`;
}

export function undecided(name: string): string {
  return `【待定：${name}】`;
}

/** Maps a municipal department to its district counterpart, or undefined when there is none. */
export type DepartmentMapper = (municipalName: string) => string | undefined;

export interface DraftOptions {
  /** District name as written in titles: 红桥区, 滨海新区. */
  district: string;
  /** Short name used in names built from the district: 红桥, 滨海. */
  districtShort: string;
  /** City the district belongs to: 天津. */
  city: string;
  year: number;
  mapDepartment: DepartmentMapper;
  /** Level-3 items numbered through the whole plan (default) or restarting in each chapter. */
  numbering?: 'continuous' | 'restart';
}

export interface DraftResult {
  text: string;
  /** Municipal bodies with no district counterpart, kept and marked 【待定：…】. */
  undecided: string[];
  /** Number of clauses and notes carried over. */
  clauses: number;
  notes: number;
}

/** Scope words of a municipal plan and their district form. */
const SCOPE: Array<[RegExp, string]> = [
  [/全市/g, '全区'],
  [/我市/g, '我区'],
  [/本市/g, '本区'],
];

function localize(text: string): string {
  let out = text;
  for (const [re, to] of SCOPE) out = out.replace(re, to);
  return out;
}

function mapNote(note: Note, opts: DraftOptions, undecidedOut: Set<string>): string {
  const groups: string[] = [];
  const seen = new Set<string>();
  for (const g of note.groups) {
    const names: string[] = [];
    for (const m of g.departments) {
      const mapped = opts.mapDepartment(m.name);
      let name: string;
      if (mapped) name = mapped;
      else {
        undecidedOut.add(m.name);
        name = undecided(m.name);
      }
      if (seen.has(name)) continue;
      seen.add(name);
      names.push(name);
    }
    if (!names.length) continue;
    groups.push(names.join('、') + g.verb);
  }
  // one department left of a 按职责分工 list: it simply 负责
  if (groups.length === 1 && !groups[0].includes('、')) groups[0] = groups[0].replace(/按职责分工(负责|配合)$/, '负责');
  return `（${groups.join('，')}）`;
}

/** The text of a clause with every note replaced by its district form. */
function clauseText(c: Clause, opts: DraftOptions, undecidedOut: Set<string>): string {
  let out = '';
  for (const run of c.runs) {
    let t = run.text;
    if (run.note) {
      const n = run.note;
      const noteStart = n.paragraph.indexOf(n.start);
      const noteEnd = n.paragraph.indexOf(n.end);
      // run text is the concatenation of segments; the note is at its end (maybe before a 。)
      const noteText = n.paragraph.text.slice(noteStart, noteEnd);
      const at = t.lastIndexOf(noteText);
      if (at >= 0) t = localize(t.slice(0, at)) + mapNote(n, opts, undecidedOut) + t.slice(at + noteText.length);
      else t = localize(t);
    } else t = localize(t);
    out += t;
  }
  return out;
}

function marker(h: Heading, n: number): string {
  switch (h.level) {
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

export function draftFromMunicipal(municipal: PlanDocument, opts: DraftOptions): DraftResult {
  const undecidedSet = new Set<string>();
  const title = `${opts.district}${opts.year}年食品安全监督管理计划`;
  const municipalTitle = municipal.front.planTitle?.text ?? placeholder('市级计划名称');
  const lines: string[] = [
    placeholder('发文字号'),
    '',
    `${opts.city}市${opts.district}人民政府办公室`,
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
    `为做好我区${opts.year}年食品安全工作，根据《${municipalTitle}》，结合我区实际，制定本计划。${placeholder('我区工作基础和总体要求')}`,
    '',
  ];
  const counters = new Map<number, number>();
  let clauses = 0;
  let notes = 0;
  const walk = (h: Heading) => {
    // continuous numbering for level 3 through the plan, restart for the rest under each parent
    const key = h.level === 3 && (opts.numbering ?? 'continuous') === 'continuous' ? 3 : h.level * 1000 + (h.parent?.index ?? -1);
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const clause = municipal.clauses.find((c) => c.heading === h);
    if (clause) {
      clauses++;
      notes += clause.notes.length;
      lines.push(marker(h, n) + clauseText(clause, opts, undecidedSet).trimStart(), '');
    } else {
      lines.push(marker(h, n) + localize(h.paragraph.text.slice(h.paragraph.indexOf(h.marker.end))), '');
      for (const p of h.body) lines.push(localize(p.text), '');
    }
    for (const c of h.children) walk(c);
  };
  for (const r of municipal.roots) walk(r);
  return { text: lines.join('\n'), undecided: [...undecidedSet], clauses, notes };
}
