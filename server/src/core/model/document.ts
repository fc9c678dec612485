// The plan document model: front matter, heading tree, clauses, task runs and
// responsibility notes. Pure: text in, model out. Every span is a UTF-16
// range [start, end) in the ORIGINAL text.
import { ANNOTATION, ARABIC_DATE as DATE, CHINESE_DATE as CN_DATE, closingStart } from './closing';
import { HeadingLevel, MarkerMatch, matchMarker, nestByLevel } from './headings';
import { findNotes, RawNote, Role } from './notes';
import { parseChineseNumeral } from './numerals';
import { Division, readPlace, shortOfCity, unitKind, UnitKind, unitsNamed } from './divisions';
import { layout, Line, LineBounds, linesOf, normalize, Paragraph } from './text';

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
  /** Analyses derived from this clause (see `derived`). */
  memos?: Map<object, unknown>;
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
  /** The county-level unit in the national divisions, once it is known (the name alone may be ambiguous: 朝阳区). */
  division?: Division;
  /** The kind of county-level unit, from the division or the name. */
  kind?: UnitKind;
}

export interface PlanTitle extends Located {
  jurisdiction?: Jurisdiction;
  year?: number;
  /** The kind of plan: 监督管理计划, 工作要点, 重点工作安排, 实施方案, 工作方案 … */
  kind?: string;
}

export interface FrontMatter {
  docNumber?: Located;
  /** Issuing body written above the notice title (天津市红桥区人民政府办公室). */
  issuer?: Located;
  noticeTitle?: Located;
  recipients?: Located;
  /** 成文日期: below the notice, or in the closing block after the last clause when the plan is published on its own. */
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
  /** Physical lines (made when first read). */
  readonly lines: Line[];
  /** Display width of a full line when the text is hard-wrapped, else 0. */
  wrapWidth: number;
  pageNumberLines: number[];
  paragraphs: Paragraph[];
  front: FrontMatter;
  /** Index of the first paragraph after the front matter (the plan's own text). */
  bodyStart: number;
  /** Index of the first paragraph of the closing block (署名, 成文日期, 附注, 版记 after the last clause); paragraphs.length when there is none. */
  bodyEnd: number;
  /** Paragraphs between the plan title and the first heading. */
  preamble: Paragraph[];
  headings: Heading[];
  roots: Heading[];
  clauses: Clause[];
  notes: Note[];
  citedTitles: CitedTitle[];
  /** The cited municipal (or provincial) plan this district plan follows. */
  municipalCitation?: CitedTitle;
  /** Analyses derived from this document (see `derived`). */
  memos?: Map<object, unknown>;
}

/** A model object (or a list derived from one) that keeps the analyses derived from it: see `derived`. */
export interface Memoized {
  memos?: Map<object, unknown>;
}

/**
 * An analysis of `owner` computed once and kept by the owner itself (`compute`
 * runs on the first call per key; keys are the analysing functions). Owners
 * hold their analyses instead of a module-level WeakMap keyed by them: V8's
 * young-generation collector keeps a WeakMap's values (and all they reach)
 * alive until a full collection even when their key is dead, so every checked
 * plan's analyses and model survived, were promoted, and V8 then allocated the
 * model directly in the old generation, collected only by full collections.
 */
export function derived<T>(owner: Memoized, key: object, compute: () => T): T {
  const memos = (owner.memos ??= new Map());
  let v = memos.get(key) as T | undefined;
  if (v === undefined) {
    v = compute();
    memos.set(key, v);
  }
  return v;
}

const DOC_NUMBER = /^[\u4e00-\u9fa5A-Za-z]{1,16}[〔［\[(（【]\d{4}[〕］\])）】]第?\d+号$/;
/** The kinds of plan a title ends with, longest first. */
const PLAN_KIND = /(监督管理工作计划|监督管理计划|重点工作安排|重点工作任务|重点工作计划|工作要点|工作计划|工作安排|工作任务|实施方案|行动方案|工作方案|计划|要点|方案)$/;
/** A status after the title: （草案）, （征求意见稿）, （试行）, （送审稿）. */
const TITLE_STATUS = /[（(](?:草案|征求意见稿|试行|送审稿|修订稿|讨论稿)[）)]$/;
const JURISDICTION = /^(天津市|北京市|上海市|重庆市|[\u4e00-\u9fa5]{2,3}省)?([\u4e00-\u9fa5]{1,5}?(?:新区|自治县|区|县|市|旗))$/;

/** The 成文日期 a paragraph consists of, if it is one. */
function dateOf(p: Paragraph): FrontMatter['date'] {
  let m = DATE.exec(p.text);
  if (m) return { ...located(p), year: +m[1], month: +m[2], day: +m[3], numerals: 'arabic' };
  m = CN_DATE.exec(p.text);
  if (!m) return undefined;
  const year = Number([...m[1]].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join(''));
  return { ...located(p), year, month: parseChineseNumeral(m[2]), day: parseChineseNumeral(m[3]), numerals: 'chinese' };
}

function located(p: Paragraph): Located {
  return { text: p.text, start: p.start, end: p.end };
}

function fromDivision(d: Division, cityWritten?: string): Jurisdiction {
  const district = d.kind === '区' || d.kind === '新区' || d.kind === '林区' || d.kind === '特区';
  const short = d.short || d.name.slice(0, -1);
  return { name: d.name, short, level: district ? 'district' : 'county', city: cityWritten, division: d, kind: d.kind };
}

/**
 * A jurisdiction as written: [province][city]unit (安庆市大观区, 河北省辛集市,
 * 鄂托克旗), a city or a province, read against the national divisions; names
 * the divisions do not know keep the older reading (江城市临江区).
 */
export function parseJurisdiction(prefix: string): Jurisdiction | undefined {
  const place = readPlace(prefix);
  if (place) {
    const cityWritten = place.city && place.city !== place.province ? shortOfCity(place.city) : /^(北京|天津|上海|重庆)市/.test(prefix) ? prefix.slice(0, 2) : undefined;
    if (place.unit) return fromDivision(place.unit, cityWritten);
    if (place.candidates.length) {
      const kind = unitKind(place.rest)!;
      const district = kind === '区' || kind === '新区' || kind === '林区' || kind === '特区';
      const short = place.candidates[0].short || place.rest.slice(0, -1);
      return { name: place.rest, short, level: district ? 'district' : 'county', city: cityWritten, kind };
    }
    if (place.city) return { name: place.city, short: shortOfCity(place.city), level: 'city', city: shortOfCity(place.city) };
    if (place.province) return { name: place.province, short: shortOfCity(place.province), level: /^(北京|天津|上海|重庆)市$/.test(place.province) ? 'city' : 'province', city: /市$/.test(place.province) ? shortOfCity(place.province) : undefined };
  }
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
  } else if (name.endsWith('县') || name.endsWith('旗')) {
    level = 'county';
    short = name.slice(0, -1);
  } else {
    // a 市 name: a city, unless an outer province/city says it is a county-level city
    level = outer && outer.endsWith('省') ? 'county' : 'city';
    short = name.slice(0, -1);
  }
  if (!outer && level === 'city' && name.length < 2) return undefined;
  const city = outer && outer.endsWith('市') ? outer.slice(0, -1) : level === 'city' ? short : undefined;
  return { name, short, level, city, kind: level === 'city' ? undefined : unitKind(name) };
}

/**
 * The jurisdiction at the start of `text` (安庆市大观区食品安全…): the longest
 * prefix the divisions know, else the shortest one the older reading accepts.
 */
function leadingJurisdiction(text: string): { j: Jurisdiction; length: number } | undefined {
  let fallback: { j: Jurisdiction; length: number } | undefined;
  let best: { j: Jurisdiction; length: number } | undefined;
  for (let n = 2; n <= Math.min(24, text.length); n++) {
    const c = text[n - 1];
    if (c !== '区' && c !== '县' && c !== '市' && c !== '旗' && c !== '省') continue;
    const prefix = text.slice(0, n);
    if (readPlace(prefix)) {
      const j = parseJurisdiction(prefix);
      if (j) best = { j, length: n };
    } else if (!fallback && !best) {
      const j = parseJurisdiction(prefix);
      // 全县, 我区, 本市 are scope words, not a place
      if (j && !/^[全我本各该][区县市旗]$/.test(j.name)) fallback = { j, length: n };
    }
  }
  if (!best && !fallback) {
    // a unit by its short name, right before the subject (2025年浦东食品安全工作要点)
    for (let n = 2; n <= Math.min(6, text.length); n++) {
      const place = /^(?:食品|食安|创建)/.test(text.slice(n)) ? readPlace(text.slice(0, n)) : undefined;
      const j = place?.unit ? parseJurisdiction(text.slice(0, n)) : undefined;
      if (j) return { j, length: n };
    }
  }
  return best ?? fallback;
}

/** The body issuing the plan, named before the year: 海淀区食品安全委员会2024年工作要点. */
const ISSUING_BODY = /^(?:食品(?:药品)?安全委员会(?:办公室)?|食(?:药)?安委(?:办公室)?|食(?:药)?安办|人民政府(?:办公室)?|市场监督管理局|市场监管局)$/;

/** The jurisdiction of a title that starts with its issuing body (某某区食品安全委员会2024年工作要点). */
function issuerJurisdiction(before: string): Jurisdiction | undefined {
  const lead = leadingJurisdiction(before);
  return lead && ISSUING_BODY.test(before.slice(lead.length)) ? lead.j : undefined;
}

function parsePlanTitle(text: string, span: Span): PlanTitle | undefined {
  if (text.length > 70 || /印发|通知$|^关于|。/.test(text)) return undefined;
  let t = text.replace(/^《/, '');
  for (let k = 0; k < 2; k++) t = t.replace(/》$/, '').replace(TITLE_STATUS, '');
  const km = PLAN_KIND.exec(t);
  if (!km) return undefined;
  const body = t.slice(0, km.index);
  const ym = /(\d{4})年度?/.exec(body);
  let kind = km[1];
  if (kind === '计划' && /监督管理$/.test(body)) kind = '监督管理计划';
  if (ym) {
    const before = body.slice(0, ym.index);
    const after = body.slice(ym.index + ym[0].length);
    // 某某区2025年…, or year first: 2025年某某区…
    const jurisdiction = before ? parseJurisdiction(before) ?? issuerJurisdiction(before) : leadingJurisdiction(after)?.j;
    if (before && !jurisdiction && before.length > 24) return undefined;
    return { text, start: span.start, end: span.end, jurisdiction, year: Number(ym[1]), kind };
  }
  // no year (a multi-year 方案): only a title that names a known jurisdiction and food safety
  if (!/食品|食安/.test(body) || /[，。；：,;:]/.test(body)) return undefined;
  const lead = leadingJurisdiction(body);
  if (!lead || !readPlace(body.slice(0, lead.length))) return undefined;
  return { text, start: span.start, end: span.end, jurisdiction: lead.j, kind };
}

/** What the regex class \s matches. */
function isWhite(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** 。 ； ; ！ ？ ! ? ： : （: where a heading's title ends. */
function isTitleStop(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1a || c === 0x3a || c === 0xff08;
}

/** The title after a heading marker: from the first non-space character to the first stop (or the end). */
function titleOf(p: Paragraph, from: number): { title: string; a: number; b: number } {
  const t = p.text;
  let a = from;
  while (a < t.length && isWhite(t.charCodeAt(a))) a++;
  let b = a;
  while (b < t.length && !isTitleStop(t.charCodeAt(b))) b++;
  return { title: t.slice(a, b), a, b };
}

/**
 * The heading marker at original offset `at` (a paragraph's first character).
 * matchMarker's patterns all start with a numeral or a bracket: a paragraph
 * that starts otherwise (most of them) is not cut out for it.
 */
function markerAt(text: string, at: number): MarkerMatch | undefined {
  const c = text.charCodeAt(at);
  const may = (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0xff08 || c === 0x28 || isCnDigit(c);
  return may ? matchMarker(text.slice(at, at + 16)) : undefined;
}

/** 一 二 三 四 五 六 七 八 九 十 */
function isCnDigit(c: number): boolean {
  return c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/** Parses a plan's text into the document model. Never throws on any input. */
export function parseDocument(text: string): PlanDocument {
  const norm = normalize(text);
  const lay = layout(norm);
  const paragraphs = lay.paragraphs;
  const { front, bodyStart } = parseFrontMatter(text, paragraphs);
  const { citedTitles, municipalCitation } = findCitedTitles(paragraphs, front, bodyStart);
  // the closing block (署名, 成文日期, 附注, 版记) after the last clause belongs to no heading
  const bodyEnd = closingStart(paragraphs, bodyStart);
  cityFromSignature(front, paragraphs, bodyEnd);
  if (!front.date) for (let i = bodyEnd; i < paragraphs.length && !front.date; i++) front.date = dateOf(paragraphs[i]);
  const { headings, roots, preamble } = buildHeadingTree(text, paragraphs, bodyStart, bodyEnd);
  const { clauses, notes } = buildClauses(paragraphs, bodyStart, preamble, headings);
  return new Plan(text, norm, lay.bounds, lay.wrapWidth, lay.pageNumberLines, paragraphs, front, bodyStart, bodyEnd, preamble, headings, roots, clauses, notes, citedTitles, municipalCitation);
}

/**
 * The model as built by parseDocument. A class, so that `lines` is a getter
 * on the prototype: the line objects are made only when read (the parse and
 * the rules read `paragraphs`; a getter in an object literal, a closure per
 * document, kept every model alive through the young generation's scavenges).
 */
class Plan implements PlanDocument {
  memos: Map<object, unknown> | undefined = undefined;
  private lineList: Line[] | undefined = undefined;

  constructor(
    readonly text: string,
    readonly norm: string,
    private readonly bounds: LineBounds,
    readonly wrapWidth: number,
    readonly pageNumberLines: number[],
    readonly paragraphs: Paragraph[],
    readonly front: FrontMatter,
    readonly bodyStart: number,
    readonly bodyEnd: number,
    readonly preamble: Paragraph[],
    readonly headings: Heading[],
    readonly roots: Heading[],
    readonly clauses: Clause[],
    readonly notes: Note[],
    readonly citedTitles: CitedTitle[],
    readonly municipalCitation: CitedTitle | undefined,
  ) {}

  get lines(): Line[] {
    return (this.lineList ??= linesOf(this.bounds));
  }
}

/**
 * The front matter before the first heading: document number, issuer, notice
 * title, recipients, date, annotation and the plan title; `bodyStart` is the
 * first paragraph of the plan's own text.
 */
function parseFrontMatter(text: string, paragraphs: Paragraph[]): { front: FrontMatter; bodyStart: number } {
  const front: FrontMatter = {};
  let bodyStart = 0;
  const firstHeadingPara = paragraphs.findIndex((p) => markerAt(text, p.start) !== undefined);
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
      front.recipients = { text: t.slice(0, colon + 1), start: p.offsetAt(0), end: p.endOf(0, colon + 1) };
      bodyStart = i + 1;
    } else if (!front.date && (front.date = dateOf(p))) {
      bodyStart = i + 1;
    } else if (!front.planTitle && ANNOTATION.test(t)) {
      front.annotation = located(p);
      bodyStart = i + 1;
    } else if (!front.planTitle && (front.noticeTitle || i <= 2)) {
      let pt = parsePlanTitle(p.text, { start: p.start, end: p.end });
      let used = 1;
      const next = paragraphs[i + 1];
      if (!pt && next && i + 1 < limit && p.text.length <= 40 && next.text.length <= 40 && !DATE.test(next.text)) {
        // a title broken over two lines: 安庆市大观区2025年食品安全 / 重点工作安排
        pt = parsePlanTitle(p.text + next.text, { start: p.start, end: next.end });
        used = 2;
      }
      if (pt) {
        front.planTitle = pt;
        bodyStart = i + used;
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
    else {
      // 安庆市大观区人民政府办公室 above a title that names only 大观区
      const cityInIssuer = /^([\u4e00-\u9fa5]{2,8}?(?:市|州|盟|地区))/.exec(issuer.replace(/^[\u4e00-\u9fa5]{2,6}?(?:省|自治区)/, ''));
      const j = front.planTitle.jurisdiction;
      if (cityInIssuer && unitsNamed(j.name).some((d) => d.city === cityInIssuer[1])) j.city = shortOfCity(cityInIssuer[1]);
    }
  }

  return { front, bodyStart };
}

/** Every 《…》 title in the text; the municipal (or provincial) plan the plan follows; completes the title's city from it. */
function findCitedTitles(paragraphs: Paragraph[], front: FrontMatter, bodyStart: number): { citedTitles: CitedTitle[]; municipalCitation?: CitedTitle } {
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
      citedTitles.push({ text: inner, start: r.start, end: r.end, paragraph: p, plan: citedPlan(inner) });
      from = b + 1;
    }
  }
  const own = front.planTitle?.jurisdiction?.name;
  const higher = citedTitles.filter((c) => c.plan && c.paragraph.index >= bodyStart && c.plan.jurisdiction !== own && (!own || !c.text.startsWith(own)));
  // a county cites its province's and its city's plans: the city's is the one it implements
  const city = front.planTitle?.jurisdiction?.division?.city;
  const municipalCitation = (city && higher.find((c) => c.plan!.jurisdiction.endsWith(city))) || higher[0];
  if (front.planTitle?.jurisdiction && !front.planTitle.jurisdiction.city && municipalCitation?.plan) {
    const j = municipalCitation.plan.jurisdiction;
    if (j.endsWith('市')) front.planTitle.jurisdiction.city = j.replace(/^.*省/, '').slice(0, -1);
  }
  resolveAmbiguous(front.planTitle?.jurisdiction);

  return { citedTitles, municipalCitation };
}

/** An ambiguous name (和平区, 朝阳区, 新华区) resolved by the city the document names, when it names one. */
function resolveAmbiguous(j: Jurisdiction | undefined): void {
  if (!j || j.division || j.level === 'city' || j.level === 'province') return;
  const cands = unitsNamed(j.name);
  const d = j.city ? cands.filter((c) => shortOfCity(c.city) === j.city) : cands;
  if (d.length === 1 && (j.city || cands.length === 1)) {
    j.division = d[0];
    j.kind = d[0].kind;
  }
}

/**
 * The city of an ambiguous unit name from the signature of the closing block
 * (石家庄市新华区食品安全委员会办公室 under a plan titled 新华区…), when
 * neither the issuer above the title nor a cited city plan named it.
 */
function cityFromSignature(front: FrontMatter, paragraphs: Paragraph[], bodyEnd: number): void {
  const j = front.planTitle?.jurisdiction;
  if (!j || j.division || j.city || j.level === 'city' || j.level === 'province') return;
  const cities = new Set(unitsNamed(j.name).map((d) => d.city));
  if (cities.size < 2) return;
  // the signature is one of the first lines of the closing block
  for (let i = bodyEnd; i < paragraphs.length && i < bodyEnd + 6; i++) {
    const t = paragraphs[i].text.trim().replace(/^[\u4e00-\u9fa5]{2,6}?(?:省|自治区)/, '');
    for (const city of cities) {
      if (t.startsWith(city + j.name) || t.startsWith(shortOfCity(city) + j.name)) {
        j.city = shortOfCity(city);
        resolveAmbiguous(j);
        return;
      }
    }
  }
}

/** The plan a cited title names: 天津市2021年食品安全监督管理计划, 2025年安庆市食品安全重点工作安排. */
function citedPlan(inner: string): CitedTitle['plan'] {
  const pm = /^(.{2,8}?(?:市|省|自治区))(\d{4})年度?.*(计划|要点|方案|安排|任务)$/.exec(inner);
  if (pm) return { jurisdiction: pm[1], year: +pm[2] };
  const ym = /^(\d{4})年度?(.{2,8}?(?:市|省|自治区)).*(计划|要点|方案|安排|任务)$/.exec(inner);
  return ym ? { jurisdiction: ym[2], year: +ym[1] } : undefined;
}

/** Headings from the body's markers, their tree, body paragraphs and spans; paragraphs before the first heading are the preamble. */
function buildHeadingTree(text: string, paragraphs: Paragraph[], bodyStart: number, bodyEnd: number): { headings: Heading[]; roots: Heading[]; preamble: Paragraph[] } {
  const headings: Heading[] = [];
  const roots: Heading[] = [];
  const preamble: Paragraph[] = [];
  const stack: Heading[] = [];
  for (let i = bodyStart; i < bodyEnd; i++) {
    const p = paragraphs[i];
    const mm = markerAt(text, p.start);
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
      parent: undefined,
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
    h.span.start = h.marker.start;
    h.span.end = lastPara.end;
    // lists that grew by push keep spare capacity (17 slots for one element): the model keeps exact copies
    h.children = h.children.length ? h.children.slice() : NO_ITEMS;
    h.body = h.body.length ? h.body.slice() : NO_ITEMS;
  }
  for (let k = headings.length - 1; k >= 0; k--) {
    const h = headings[k];
    if (h.children.length) h.span.end = Math.max(h.span.end, h.children[h.children.length - 1].span.end);
  }

  return { headings, roots, preamble };
}

/** A placeholder for lists filled in later (never kept in the model). */
const NONE: never[] = [];

/**
 * The one empty list every empty list of the model is (most headings have no
 * children and no body paragraphs, most groups no separators): frozen, since
 * the model is immutable and a push into it would reach every document.
 */
const NO_ITEMS = Object.freeze([]) as unknown as never[];

/** The notes of a paragraph that open at or after logical position `from`, appended to `out`. */
function notesIn(p: Paragraph, from: number, out: Note[]): void {
  const raw = findNotes(p.text);
  for (let k = 0; k < raw.length; k++) if (raw[k].open >= from) out.push(toNote(p, raw[k]));
}

/** One clause per leaf heading, split into task runs at its notes; notes of the front matter, preamble and intro paragraphs belong to no clause. */
function buildClauses(paragraphs: Paragraph[], bodyStart: number, preamble: Paragraph[], headings: Heading[]): { clauses: Clause[]; notes: Note[] } {
  const notes: Note[] = [];
  const clauses: Clause[] = [];
  // notes in front matter and preamble are recorded (department checks see them) but belong to no clause;
  // the preamble is the paragraphs from bodyStart up to the first heading (all of them in a plan without headings)
  const preambleEnd = preamble.length ? preamble[preamble.length - 1].index + 1 : 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i < bodyStart || (i < preambleEnd && (i >= bodyStart))) notesIn(paragraphs[i], 0, notes);
  }
  const own: Note[] = [];
  const runs: TaskRun[] = [];
  const clauseNotes: Note[] = [];
  const segs: RunSegment[] = [];
  for (const h of headings) {
    if (h.children.length) {
      // body text of a non-leaf heading (an intro paragraph) may still carry notes
      for (const p of h.body) notesIn(p, 0, notes);
      continue;
    }
    let chapter: Heading | undefined = h;
    while (chapter && chapter.parent) chapter = chapter.parent;
    const clause: Clause = { heading: h, chapter, runs: NONE, notes: NONE, span: h.span, memos: undefined };
    // runs, notes and segments are gathered in scratch lists and kept as exact copies
    runs.length = 0;
    clauseNotes.length = 0;
    segs.length = 0;
    for (let k = -1; k < h.body.length; k++) {
      // the heading's own paragraph after its marker, then its body paragraphs
      const p = k < 0 ? h.paragraph : h.body[k];
      let pos = k < 0 ? p.indexOf(h.marker.end) : 0;
      own.length = 0;
      notesIn(p, pos, own);
      for (const n of own) {
        // the run ends with its note, and with a 。 right after the note
        const to = p.indexOf(n.end) + (n.position === 'before-period' ? 1 : 0);
        segs.push({ paragraph: p, from: pos, to });
        runs.push(makeRun(segs, n));
        n.clause = clause;
        clauseNotes.push(n);
        notes.push(n);
        segs.length = 0;
        pos = to;
      }
      if (pos < p.text.length) segs.push({ paragraph: p, from: pos, to: p.text.length });
    }
    let rest = segs;
    for (const s of segs) {
      if (!(s.to > s.from && hasText(s))) {
        rest = segs.filter((x) => x.to > x.from && hasText(x));
        break;
      }
    }
    if (rest.length) runs.push(makeRun(rest, undefined));
    clause.runs = runs.length ? runs.slice() : NO_ITEMS;
    clause.notes = clauseNotes.length ? clauseNotes.slice() : NO_ITEMS;
    clauses.push(clause);
  }
  notes.sort((a, b) => a.start - b.start);

  return { clauses, notes };
}

/** Whether a segment holds anything but white space and punctuation ([^\s。，；、：！？,.;:!?]). */
function hasText(s: RunSegment): boolean {
  const t = s.paragraph.text;
  for (let i = s.from; i < s.to && i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isWhite(c)) continue;
    // 。 ， ； 、 ： ！ ？ , . ; : ! ?
    if (c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0x3001 || c === 0xff1a || c === 0xff01 || c === 0xff1f || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) continue;
    return true;
  }
  return false;
}

function makeRun(segs: RunSegment[], note: Note | undefined): TaskRun {
  const first = segs[0];
  const last = segs[segs.length - 1];
  const start = first.paragraph.offsetAt(first.from);
  const end = last.to > last.from ? last.paragraph.endOf(last.from, last.to) : last.paragraph.offsetAt(last.to);
  let text = '';
  for (const s of segs) text += s.paragraph.text.slice(s.from, s.to);
  // segs is the caller's scratch list: the run keeps an exact copy
  return { start, end, text, segments: segs.slice(), note };
}

function toNote(p: Paragraph, r: RawNote): Note {
  const t = p.text;
  const before = t.charCodeAt(r.open - 1);
  const after = t.charCodeAt(r.close);
  const position: Note['position'] = before === 0x3002 ? 'after-period' : after === 0x3002 ? 'before-period' : 'inline'; // 。
  const raw = r.groups;
  let count = 0;
  for (let k = 0; k < raw.length; k++) count += raw[k].departments.length;
  // lists of known length are allocated at that length (a list grown by push keeps 17 slots for one element)
  const groups: RoleGroup[] = new Array(raw.length);
  const mentions: Mention[] = new Array(count);
  const note: Note = {
    start: p.offsetAt(r.open),
    end: p.endOf(r.open, r.close),
    closed: r.closed,
    inner: r.inner,
    innerSpan: p.range(r.innerStart, r.innerEnd),
    label: r.label,
    form: r.form,
    groups,
    mentions,
    position,
    paragraph: p,
    clause: undefined,
  };
  let m = 0;
  for (let k = 0; k < raw.length; k++) {
    const g = raw[k];
    const ds = g.departments;
    const departments: Mention[] = new Array(ds.length);
    const group: RoleGroup = {
      start: p.offsetAt(g.start),
      end: p.endOf(g.start, g.end),
      role: g.role,
      verb: g.verb,
      verbSpan: p.range(g.verbStart, g.verbEnd),
      departments,
      separators: g.separators.length ? g.separators.slice() : NO_ITEMS,
      separatorBefore: g.separatorBefore,
    };
    for (let j = 0; j < ds.length; j++) {
      const d = ds[j];
      const mention: Mention = { name: d.name, start: p.offsetAt(d.start), end: p.endOf(d.start, d.end), role: g.role, note, group };
      departments[j] = mention;
      mentions[m++] = mention;
    }
    groups[k] = group;
  }
  return note;
}
