// The plan document model: front matter, heading tree, clauses, task runs and
// responsibility notes. Pure: text in, model out. Every span is a UTF-16
// range [start, end) in the ORIGINAL text.
import { HeadingLevel, matchMarker, nestByLevel } from './headings';
import { findNotes, RawNote, Role } from './notes';
import { parseChineseNumeral } from './numerals';
import { layout, Line, normalize, Paragraph } from './text';

export interface Span {
  start: number;
  end: number;
}

export interface Marker extends Span {
  /** As typed, e.g. "1．", "(一)、". */
  raw: string;
  /** Variant with N for the number, e.g. "N.", "（N）", "(N)". */
  style: string;
  standard: boolean;
}

export interface Heading {
  /** Position in PlanDocument.headings. */
  index: number;
  level: HeadingLevel;
  number: number;
  marker: Marker;
  /** Item or chapter title: the heading paragraph up to its first 。 (or all of it when short). */
  title: string;
  titleSpan: Span;
  paragraph: Paragraph;
  parent?: Heading;
  children: Heading[];
  /** Non-heading paragraphs directly under this heading (before any child heading). */
  body: Paragraph[];
  /** From the marker to the end of the last paragraph of this heading and its descendants. */
  span: Span;
}

export interface Mention extends Span {
  name: string;
  role: Role;
  note: Note;
  group: RoleGroup;
}

export interface RoleGroup extends Span {
  role: Role;
  verb: string;
  verbSpan: Span;
  departments: Mention[];
  separators: string[];
  /** ， or ； before this group ('' for the first); 、 when a role phrase was wrongly followed by 、. */
  separatorBefore: string;
}

export interface Note extends Span {
  closed: boolean;
  inner: string;
  innerSpan: Span;
  label?: string;
  form: 'verb' | 'label' | 'bare';
  groups: RoleGroup[];
  mentions: Mention[];
  /** 。 directly before the note (note after the sentence), directly after it, or neither. */
  position: 'after-period' | 'before-period' | 'inline';
  paragraph: Paragraph;
  /** Clause the note belongs to (undefined for notes in front matter or preamble). */
  clause?: Clause;
}

export interface RunSegment {
  paragraph: Paragraph;
  /** Logical range in the paragraph. */
  from: number;
  to: number;
}

export interface TaskRun extends Span {
  /** Logical text of the run (the note included). */
  text: string;
  segments: RunSegment[];
  note?: Note;
}

export interface Clause {
  heading: Heading;
  /** Level-1 ancestor (the chapter), or the heading itself when it is level 1. */
  chapter?: Heading;
  runs: TaskRun[];
  notes: Note[];
  span: Span;
}

export interface Located extends Span {
  text: string;
}

export interface Jurisdiction {
  /** As written in the title: 红桥区, 滨海新区, 天津市. */
  name: string;
  /** Without the level suffix: 红桥, 滨海, 天津. */
  short: string;
  level: 'city' | 'district' | 'county' | 'province';
  /** City the district belongs to when the document says it (天津). */
  city?: string;
}

export interface PlanTitle extends Located {
  jurisdiction?: Jurisdiction;
  year?: number;
  kind?: '监督管理计划' | '工作要点' | '实施方案' | '工作计划' | '计划';
}

export interface FrontMatter {
  docNumber?: Located;
  /** Issuing body written above the notice title (天津市红桥区人民政府办公室). */
  issuer?: Located;
  noticeTitle?: Located;
  recipients?: Located;
  date?: Located & { year: number; month: number; day: number; numerals: 'arabic' | 'chinese' };
  annotation?: Located;
  planTitle?: PlanTitle;
}

export interface CitedTitle extends Located {
  paragraph: Paragraph;
  /** A plan of a city or province with a year, e.g. 天津市2021年食品安全监督管理计划. */
  plan?: { jurisdiction: string; year: number };
}

export interface PlanDocument {
  /** The original text as given. */
  text: string;
  /** Same length as text; full-width digits and signs, odd spaces normalised. */
  norm: string;
  lines: Line[];
  /** Display width of a full line when the text is hard-wrapped, else 0. */
  wrapWidth: number;
  pageNumberLines: number[];
  paragraphs: Paragraph[];
  front: FrontMatter;
  /** Index of the first paragraph after the front matter (the plan's own text). */
  bodyStart: number;
  /** Paragraphs between the plan title and the first heading. */
  preamble: Paragraph[];
  headings: Heading[];
  roots: Heading[];
  clauses: Clause[];
  notes: Note[];
  citedTitles: CitedTitle[];
  /** The cited municipal (or provincial) plan this district plan follows. */
  municipalCitation?: CitedTitle;
}

const DOC_NUMBER = /^[\u4e00-\u9fa5A-Za-z]{1,16}[〔［\[(（【]\d{4}[〕］\])）】]第?\d+号$/;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** A date written in Chinese numerals (二〇二四年八月十九日), which GB/T 9704 no longer uses for 成文日期. */
const CN_DATE = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
const PLAN_TITLE = /^(.*?)(\d{4})年度?(.*?)(监督管理计划|工作要点|实施方案|工作计划|计划)$/;
const JURISDICTION = /^(天津市|北京市|上海市|重庆市|[\u4e00-\u9fa5]{2,3}省)?([\u4e00-\u9fa5]{1,5}?(?:新区|自治县|区|县|市))$/;

function located(p: Paragraph): Located {
  return { text: p.text, start: p.start, end: p.end };
}

export function parseJurisdiction(prefix: string): Jurisdiction | undefined {
  const m = JURISDICTION.exec(prefix);
  if (!m) return undefined;
  const outer = m[1];
  const name = m[2];
  let level: Jurisdiction['level'];
  let short: string;
  if (name.endsWith('新区')) {
    level = 'district';
    short = name.slice(0, -2);
  } else if (name.endsWith('自治县')) {
    level = 'county';
    short = name.slice(0, -3);
  } else if (name.endsWith('区')) {
    level = 'district';
    short = name.slice(0, -1);
  } else if (name.endsWith('县')) {
    level = 'county';
    short = name.slice(0, -1);
  } else {
    // a 市 name: a city, unless an outer province/city says it is a county-level city
    level = outer && outer.endsWith('省') ? 'district' : 'city';
    short = name.slice(0, -1);
  }
  if (!outer && level === 'city' && name.length < 2) return undefined;
  const city = outer && outer.endsWith('市') ? outer.slice(0, -1) : level === 'city' ? short : undefined;
  return { name, short, level, city };
}

function parsePlanTitle(p: Paragraph): PlanTitle | undefined {
  const t = p.text;
  if (t.length > 60 || /印发|通知$|^关于/.test(t)) return undefined;
  const m = PLAN_TITLE.exec(t.replace(/^《|》$/g, ''));
  if (!m) return undefined;
  const kind = (m[4] === '计划' && /监督管理$/.test(m[3]) ? '监督管理计划' : m[4]) as PlanTitle['kind'];
  return { ...located(p), jurisdiction: m[1] ? parseJurisdiction(m[1]) : undefined, year: Number(m[2]), kind };
}

function titleOf(p: Paragraph, from: number): { title: string; a: number; b: number } {
  const t = p.text;
  let a = from;
  while (a < t.length && /\s/.test(t[a])) a++;
  const stop = /[。；;！？!?：:]|（/g;
  stop.lastIndex = a;
  const m = stop.exec(t);
  const b = m ? m.index : t.length;
  return { title: t.slice(a, b), a, b };
}

/** Parses a plan's text into the document model. Never throws on any input. */
export function parseDocument(text: string): PlanDocument {
  const norm = normalize(text);
  const lay = layout(norm);
  const paragraphs = lay.paragraphs;

  // ---- front matter -------------------------------------------------------
  const front: FrontMatter = {};
  let bodyStart = 0;
  const firstHeadingPara = paragraphs.findIndex((p) => matchMarker(text.slice(p.start, p.start + 16)) !== undefined);
  const limit = firstHeadingPara < 0 ? Math.min(paragraphs.length, 12) : firstHeadingPara;
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i];
    const t = p.text;
    if (!front.docNumber && !front.planTitle && DOC_NUMBER.test(t)) {
      front.docNumber = located(p);
      bodyStart = i + 1;
    } else if (!front.noticeTitle && !front.planTitle && /(关于印发|的通知$|印发.*通知$)/.test(t) && t.length < 120) {
      // a notice title wrapped over up to three paragraphs: 关于印发西青区 / 2021年…计划的通知
      let k = i;
      while (!/通知$/.test(paragraphs[k].text) && k + 1 < limit && k - i < 2 && paragraphs[k + 1].text.length < 60) k++;
      if (!/通知$/.test(paragraphs[k].text)) k = i;
      const parts = paragraphs.slice(i, k + 1);
      front.noticeTitle = { text: parts.map((x) => x.text).join(''), start: p.start, end: paragraphs[k].end };
      i = k;
      bodyStart = i + 1;
    } else if (!front.planTitle && /^[\u4e00-\u9fa5]{2,20}(人民政府办公室|人民政府|办公厅|委员会办公室|委员会)$/.test(t) && !front.noticeTitle) {
      front.issuer = located(p);
      bodyStart = i + 1;
    } else if (front.noticeTitle && !front.recipients && !front.planTitle && /^[^。]{2,118}?[：:]/.test(t)) {
      // 主送: may share a paragraph with the notice text when a hard wrap joined them
      const colon = t.search(/[：:]/);
      const r = p.range(0, colon + 1);
      front.recipients = { text: t.slice(0, colon + 1), ...r };
      bodyStart = i + 1;
    } else if (!front.date && DATE.test(t)) {
      const m = DATE.exec(t)!;
      front.date = { ...located(p), year: +m[1], month: +m[2], day: +m[3], numerals: 'arabic' };
      bodyStart = i + 1;
    } else if (!front.date && CN_DATE.test(t)) {
      const m = CN_DATE.exec(t)!;
      const year = Number([...m[1]].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
      front.date = { ...located(p), year, month: parseChineseNumeral(m[2]), day: parseChineseNumeral(m[3]), numerals: 'chinese' };
      bodyStart = i + 1;
    } else if (!front.planTitle && /^[（(]此件.{0,12}[）)]$/.test(t)) {
      front.annotation = located(p);
      bodyStart = i + 1;
    } else if (!front.planTitle && (front.noticeTitle || i <= 2)) {
      const pt = parsePlanTitle(p);
      if (pt) {
        front.planTitle = pt;
        bodyStart = i + 1;
        break;
      } else if (front.noticeTitle) {
        // the notice's own text (经区人民政府同意…) belongs to the front matter
        bodyStart = i + 1;
      }
    }
  }
  if (!front.planTitle && !front.noticeTitle) bodyStart = 0;
  if (front.planTitle?.jurisdiction && !front.planTitle.jurisdiction.city) {
    const issuer = front.issuer?.text ?? front.noticeTitle?.text ?? '';
    const m = /^(天津|北京|上海|重庆)市/.exec(issuer);
    if (m) front.planTitle.jurisdiction.city = m[1];
  }

  // ---- cited titles --------------------------------------------------------
  const citedTitles: CitedTitle[] = [];
  for (const p of paragraphs) {
    const t = p.text;
    let from = 0;
    for (;;) {
      const a = t.indexOf('《', from);
      if (a < 0) break;
      const b = t.indexOf('》', a + 1);
      if (b < 0) break;
      const inner = t.slice(a + 1, b);
      const r = p.range(a + 1, b);
      const pm = /^(.{2,8}?(?:市|省|自治区))(\d{4})年度?.*(计划|要点|方案)$/.exec(inner);
      citedTitles.push({ text: inner, start: r.start, end: r.end, paragraph: p, plan: pm ? { jurisdiction: pm[1], year: +pm[2] } : undefined });
      from = b + 1;
    }
  }
  const own = front.planTitle?.jurisdiction?.name;
  const municipalCitation = citedTitles.find(
    (c) => c.plan && c.paragraph.index >= bodyStart && c.plan.jurisdiction !== own && (!own || !c.text.startsWith(own)),
  );
  if (front.planTitle?.jurisdiction && !front.planTitle.jurisdiction.city && municipalCitation?.plan) {
    const j = municipalCitation.plan.jurisdiction;
    if (j.endsWith('市')) front.planTitle.jurisdiction.city = j.replace(/^.*省/, '').slice(0, -1);
  }

  // ---- headings and tree ---------------------------------------------------
  const headings: Heading[] = [];
  const roots: Heading[] = [];
  const preamble: Paragraph[] = [];
  const stack: Heading[] = [];
  for (let i = bodyStart; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const mm = matchMarker(text.slice(p.start, p.start + 16));
    if (!mm) {
      const owner = stack[stack.length - 1];
      if (owner) owner.body.push(p);
      else preamble.push(p);
      continue;
    }
    const afterMarker = p.indexOf(p.start + mm.length);
    const tt = titleOf(p, afterMarker);
    const ts = p.range(tt.a, tt.b);
    const h: Heading = {
      index: headings.length,
      level: mm.level,
      number: mm.number,
      marker: { start: p.start, end: p.start + mm.length, raw: mm.raw, style: mm.style, standard: mm.standard },
      title: tt.title,
      titleSpan: ts,
      paragraph: p,
      children: [],
      body: [],
      span: { start: p.start, end: p.end },
    };
    nestByLevel(h, stack, roots);
    headings.push(h);
  }
  // spans: a heading ends where the next heading at the same or a higher level starts
  for (const h of headings) {
    const lastPara = h.body.length ? h.body[h.body.length - 1] : h.paragraph;
    h.span = { start: h.marker.start, end: lastPara.end };
  }
  for (let k = headings.length - 1; k >= 0; k--) {
    const h = headings[k];
    if (h.children.length) h.span.end = Math.max(h.span.end, h.children[h.children.length - 1].span.end);
  }

  // ---- clauses, runs and notes ---------------------------------------------
  const notes: Note[] = [];
  const clauses: Clause[] = [];
  const notesOf = (p: Paragraph, from: number): Note[] => {
    const raw = findNotes(p.text).filter((n) => n.open >= from);
    return raw.map((r) => toNote(p, r));
  };
  // notes in front matter and preamble are recorded (department checks see them) but belong to no clause
  const inPreamble = new Set(preamble); // a Set: a plan without headings is all preamble
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (i < bodyStart || inPreamble.has(p)) for (const n of notesOf(p, 0)) notes.push(n);
  }
  for (const h of headings) {
    if (h.children.length) {
      // body text of a non-leaf heading (an intro paragraph) may still carry notes
      for (const p of h.body) for (const n of notesOf(p, 0)) notes.push(n);
      continue;
    }
    let chapter: Heading | undefined = h;
    while (chapter && chapter.parent) chapter = chapter.parent;
    const clause: Clause = { heading: h, chapter, runs: [], notes: [], span: h.span };
    const parts: Array<{ p: Paragraph; from: number }> = [{ p: h.paragraph, from: h.paragraph.indexOf(h.marker.end) }, ...h.body.map((p) => ({ p, from: 0 }))];
    let segs: RunSegment[] = [];
    for (const { p, from } of parts) {
      let pos = from;
      for (const n of notesOf(p, from)) {
        // the run ends with its note, and with a 。 right after the note
        const to = p.indexOf(n.end) + (n.position === 'before-period' ? 1 : 0);
        segs.push({ paragraph: p, from: pos, to });
        clause.runs.push(makeRun(segs, n));
        n.clause = clause;
        clause.notes.push(n);
        notes.push(n);
        segs = [];
        pos = to;
      }
      if (pos < p.text.length) segs.push({ paragraph: p, from: pos, to: p.text.length });
    }
    const rest = segs.filter((s) => s.to > s.from && hasText(s));
    if (rest.length) clause.runs.push(makeRun(rest, undefined));
    clauses.push(clause);
  }
  notes.sort((a, b) => a.start - b.start);

  return {
    text,
    norm,
    lines: lay.lines,
    wrapWidth: lay.wrapWidth,
    pageNumberLines: lay.pageNumberLines,
    paragraphs,
    front,
    bodyStart,
    preamble,
    headings,
    roots,
    clauses,
    notes,
    citedTitles,
    municipalCitation,
  };
}

function hasText(s: RunSegment): boolean {
  return /[^\s。，；、：！？,.;:!?]/.test(s.paragraph.text.slice(s.from, s.to));
}

function makeRun(segs: RunSegment[], note: Note | undefined): TaskRun {
  const first = segs[0];
  const last = segs[segs.length - 1];
  const start = first.paragraph.offsetAt(first.from);
  const end = last.to > last.from ? last.paragraph.range(last.from, last.to).end : last.paragraph.offsetAt(last.to);
  return { start, end, text: segs.map((s) => s.paragraph.text.slice(s.from, s.to)).join(''), segments: segs, note };
}

function toNote(p: Paragraph, r: RawNote): Note {
  const t = p.text;
  const span = p.range(r.open, r.close);
  const before = t[r.open - 1];
  const after = t[r.close];
  const position: Note['position'] = before === '。' ? 'after-period' : after === '。' ? 'before-period' : 'inline';
  const note: Note = {
    start: span.start,
    end: span.end,
    closed: r.closed,
    inner: r.inner,
    innerSpan: p.range(r.innerStart, r.innerEnd),
    label: r.label,
    form: r.form,
    groups: [],
    mentions: [],
    position,
    paragraph: p,
  };
  for (const g of r.groups) {
    const gs = p.range(g.start, g.end);
    const group: RoleGroup = {
      start: gs.start,
      end: gs.end,
      role: g.role,
      verb: g.verb,
      verbSpan: p.range(g.verbStart, g.verbEnd),
      departments: [],
      separators: g.separators,
      separatorBefore: g.separatorBefore,
    };
    for (const d of g.departments) {
      const ds = p.range(d.start, d.end);
      const m: Mention = { name: d.name, start: ds.start, end: ds.end, role: g.role, note, group };
      group.departments.push(m);
      note.mentions.push(m);
    }
    note.groups.push(group);
  }
  return note;
}
