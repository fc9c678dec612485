// Benchmark inputs, generated at run time from the two plans in samples/.
//
// A plan is composed from the samples' numbered items: each item keeps its
// title and task text with its responsibility note; items of the municipal
// sample are rewritten to district departments for the district plan. Items
// are renumbered, and a "typical" item holds two task runs (two notes) most of
// the time, as real plans do. Large and huge plans have the same items, more
// of them, under level-1 chapters and level-2 sections with item numbers
// continuing through the whole plan.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatChineseNumeral } from '../server/src/core/model/numerals';

export interface SampleItem {
  title: string;
  /** The text after the title: sentences ending with the note (when there is one). */
  run: string;
}

export interface SamplePlan {
  /** Everything before the first chapter heading (notice, title, preamble). */
  front: string;
  chapters: string[];
  items: SampleItem[];
}

const CHAPTER = /^([一二三四五六七八九十]+)、(.*)$/;
const ITEM = /^\d+[.．、]\s*(.*)$/;

export function readSample(file: string): SamplePlan {
  const lines = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => CHAPTER.test(l.trim()));
  const front = lines.slice(0, first).join('\n').trimEnd();
  const chapters: string[] = [];
  const items: SampleItem[] = [];
  for (const raw of lines.slice(first)) {
    const l = raw.trim();
    const c = CHAPTER.exec(l);
    if (c) {
      chapters.push(c[2]);
      continue;
    }
    const m = ITEM.exec(l);
    if (!m) continue;
    const t = m[1];
    const dot = t.indexOf('。');
    items.push(dot < 0 ? { title: t, run: '' } : { title: t.slice(0, dot + 1), run: t.slice(dot + 1) });
  }
  return { front, chapters, items };
}

/** Municipal department names and scope words → the district sample's counterparts. */
const TO_DISTRICT: Array<[string, string]> = [
  ['天津海关、', ''],
  ['市食品安全委员会办公室', '区食安办'],
  ['市市场监管委', '区市场监管局'],
  ['市农业农村委', '区农业农村委'],
  ['市粮食和物资局', '区发展改革委'],
  ['市卫生健康委', '区卫生健康委'],
  ['市高级人民法院', '区人民法院'],
  ['市委网信办', '区委网信办'],
  ['市公安局', '公安河北分局'],
  ['市商务局', '区商务局'],
  ['市教委', '区教育局'],
  ['各区人民政府', '各街道'],
  ['全市', '全区'],
];

export function toDistrict(item: SampleItem): SampleItem {
  let { title, run } = item;
  for (const [a, b] of TO_DISTRICT) {
    title = title.split(a).join(b);
    run = run.split(a).join(b);
  }
  return { title, run };
}

/** The pieces plans are composed from: item titles, sentences with and without a target, notes. */
export interface Pieces {
  titles: string[];
  plain: string[];
  targeted: string[];
  notes: string[];
}

/** Splits items into sentences (at 。) and notes (the bracket at the end of a run). */
export function piecesOf(items: SampleItem[]): Pieces {
  const out: Pieces = { titles: [], plain: [], targeted: [], notes: [] };
  const seen = new Set<string>();
  for (const it of items) {
    out.titles.push(it.title);
    let run = it.run;
    const note = /（[^（）]*(?:（[^（）]*）[^（）]*)*）$/.exec(run);
    if (note) {
      out.notes.push(note[0]);
      run = run.slice(0, note.index);
    }
    for (const s of run.split(/(?<=。)/)) {
      if (!s.trim() || seen.has(s)) continue;
      seen.add(s);
      const n = countTargets(s);
      if (n === 0) out.plain.push(s);
      else if (n === 1) out.targeted.push(s);
    }
  }
  return out;
}

export interface ComposeOptions {
  /** Stop adding items once the text reaches this many characters … */
  minChars?: number;
  /** … or once this many items are written. */
  items?: number;
  /** Level-2 sections per level-1 chapter; 0 = chapters hold items directly. */
  sectionsPerChapter: number;
  itemsPerSection: number;
  /** Rotates the pieces so that copies of a plan differ. */
  seed?: number;
}

/** 3 items of 5 hold two task runs, each with its note: 25 items → 40 notes. */
function runsOf(item: number): number {
  return item % 5 < 3 ? 2 : 1;
}

/**
 * Composes a plan. Every task run is three plain sentences and a fourth one
 * that, in every second run, holds a quantified target; each run ends with a note.
 * Item numbers continue through a level-1 chapter (and restart with the next,
 * since markers have at most three digits); chapter and section numbers run
 * up to 九十九.
 */
export function composePlan(front: string, p: Pieces, chapterTitles: string[], o: ComposeOptions): string {
  const out: string[] = [front, ''];
  let size = front.length;
  let items = 0;
  let runs = 0;
  let chapter = 0;
  const seed = o.seed ?? 0;
  const pick = (a: string[], i: number) => a[(i + seed) % a.length];
  const push = (s: string) => {
    out.push(s, '');
    size += s.length + 2;
  };
  const done = () => (o.items !== undefined && items >= o.items) || (o.minChars !== undefined && size >= o.minChars);
  while (!done()) {
    chapter++;
    if (chapter > 99) throw new Error('plan too large for 99 chapters; raise sectionsPerChapter');
    push(`${formatChineseNumeral(chapter)}、${pick(chapterTitles, chapter - 1)}`);
    const sections = Math.max(1, o.sectionsPerChapter);
    let number = 0;
    for (let s = 1; s <= sections && !done(); s++) {
      if (o.sectionsPerChapter > 0) push(`（${formatChineseNumeral(s)}）${pick(chapterTitles, chapter + s)}`);
      for (let i = 0; i < o.itemsPerSection && !done(); i++) {
        let text = `${++number}.${pick(p.titles, items)}`;
        for (let r = runsOf(items); r > 0; r--, runs++) {
          text += pick(p.plain, runs) + pick(p.plain, runs * 3 + 1) + pick(p.plain, runs * 5 + 2);
          text += runs % 2 === 0 ? pick(p.targeted, runs / 2) : pick(p.plain, runs * 7 + 3);
          text += pick(p.notes, runs);
        }
        items++;
        push(text);
      }
    }
  }
  return out.join('\n').trimEnd() + '\n';
}

export interface PlanPair {
  name: 'typical' | 'large' | 'huge';
  district: string;
  municipal: string;
}

export interface Samples {
  district: SamplePlan;
  municipal: SamplePlan;
  /** Pieces of the district items and of the municipal items rewritten for the district. */
  districtPieces: Pieces;
  municipalPieces: Pieces;
}

export function loadSamples(repoRoot: string): Samples {
  const dir = path.join(repoRoot, 'samples');
  const district = readSample(path.join(dir, '河北区2025年食品安全监督管理计划.txt'));
  const municipal = readSample(path.join(dir, '天津市2025年食品安全监督管理计划.txt'));
  return {
    district,
    municipal,
    districtPieces: piecesOf([...district.items, ...municipal.items.map(toDistrict)]),
    municipalPieces: piecesOf(municipal.items),
  };
}

/** The typical plan: 25 items, about 40 notes and 5,000 characters. */
export function typicalPlan(s: Samples, seed = 0): PlanPair {
  const shape = { items: 25, sectionsPerChapter: 0, itemsPerSection: 5, seed };
  return {
    name: 'typical',
    district: composePlan(s.district.front, s.districtPieces, s.district.chapters, shape),
    municipal: composePlan(s.municipal.front, s.municipalPieces, s.municipal.chapters, shape),
  };
}

/** A plan of at least `chars` characters: chapters of 30 sections of 5 items. */
export function scaledPlan(s: Samples, name: 'large' | 'huge', chars: number): PlanPair {
  const shape = { minChars: chars, sectionsPerChapter: 30, itemsPerSection: 5 };
  return {
    name,
    district: composePlan(s.district.front, s.districtPieces, s.district.chapters, shape),
    municipal: composePlan(s.municipal.front, s.municipalPieces, s.municipal.chapters, shape),
  };
}

/** Quantified targets: a comparator followed by a number (达到100%, 不少于80学时, 98%以上 …). */
const TARGET = /(?:达到|达|不低于|不少于|至少|超过|保持在|稳定在|控制在)\s*\d+(?:\.\d+)?\s*(?:%|％|批次|学时|分)|\d+(?:\.\d+)?\s*(?:%|％)以上/g;

export function countTargets(text: string): number {
  return (text.match(TARGET) ?? []).length;
}
