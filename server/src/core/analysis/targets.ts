// Quantitative targets in task text: "学校食堂“互联网+明厨亮灶”覆盖率达到100%",
// "全年安排…监督抽检5710批次", "乳制品抽检合格率保持在99%以上". Pure and linear:
// the text is scanned once for values; each value looks back and ahead a
// bounded number of characters for its comparator and indicator phrase.
import type { Clause, PlanDocument, Span } from '../model/document';
import { parseChineseNumeral } from '../model/numerals';
import type { Paragraph } from '../model/text';

export type Bound = 'floor' | 'ceiling';
export type TargetRole = 'single' | 'total' | 'component';

export interface Target extends Span {
  /** Position in the list of the document's targets. */
  index: number;
  /** The whole target as written (logical text, no line breaks), e.g. 学校食堂…覆盖率达到100%. */
  text: string;
  /** Subject and indicator as written (logical text), e.g. 学校食堂“互联网+明厨亮灶”覆盖率. */
  phrase: string;
  /** The phrase without the indicator noun, e.g. 学校食堂“互联网+明厨亮灶”. */
  subject: string;
  /** Canonical indicator: 覆盖率, 合格率, 抽检量, 培训学时 … */
  indicator: string;
  /** Comparator as written (达到, 不低于, 控制在 …), '' when implicit, 全覆盖 for full coverage. */
  comparator: string;
  /** floor: at least the value; ceiling: at most the value (控制在…以内). */
  bound: Bound;
  value: number;
  /** The value as written, e.g. 7300, 6.5, 百分之九十. */
  valueText: string;
  /** Canonical unit: %, 批次/千人, 批次, 学时, 分, 人, 次, 个, 家. */
  unit: string;
  /** Written with 余 (7300余批次): a little over the value. */
  approximate: boolean;
  valueSpan: Span;
  /** The digits of the value (without unit), when written in digits. */
  numberSpan?: Span;
  /** component: introduced by 其中 after another target; total: has components. */
  role: TargetRole;
  total?: Target;
  components: Target[];
  /** 全市/全国 written as the scope of the target (a leftover from a municipal plan). */
  scope?: Span & { word: string };
  clause?: Clause;
  paragraph: Paragraph;
}

// ---- vocabulary ---------------------------------------------------------------

/** Indicator nouns, longest first where one ends another; value: canonical name. */
const INDICATORS: Array<[string, string]> = [
  ['专业化比例', '专业化比例'],
  ['按时完成率', '按时完成率'],
  ['核查处置率', '处置率'],
  ['培训时长', '培训学时'],
  ['培训学时', '培训学时'],
  ['抽检数量', '抽检量'],
  ['抽检批次', '抽检量'],
  ['覆盖率', '覆盖率'],
  ['不合格率', '不合格率'],
  ['超标率', '超标率'],
  ['合格率', '合格率'],
  ['达标率', '达标率'],
  ['处置率', '处置率'],
  ['立案率', '立案率'],
  ['办结率', '办结率'],
  ['知晓率', '知晓率'],
  ['满意度', '满意度'],
  ['满意率', '满意度'],
  ['配备率', '配备率'],
  ['自查率', '自查率'],
  ['检查率', '检查率'],
  ['整改率', '整改率'],
  ['报告率', '报告率'],
  ['完成率', '完成率'],
  ['抽检量', '抽检量'],
  ['抽验量', '抽检量'],
  ['检测量', '检测量'],
  ['监测量', '监测量'],
  ['协管员', '协管员'],
  ['比例', '比例'],
  ['占比', '比例'],
  ['抽检', '抽检量'],
  ['抽验', '抽检量'],
  ['抽查', '抽检量'],
  ['检测', '检测量'],
  ['监测', '监测量'],
  ['培训', '培训学时'],
];

/** Indicators that are verbs (抽检 5710 批次): only with a count unit. */
const VERB_INDICATORS = new Set(['抽检', '抽验', '抽查', '检测', '监测', '培训']);

/** Comparators directly before the value, longest first. */
const COMPARATORS = [
  '不低于', '不少于', '不小于', '不高于', '不超过', '不多于', '保持在', '稳定在', '维持在', '控制在', '提高到', '提高至', '提升到', '提升至',
  '达到', '达至', '至少', '超过', '高于', '大于', '低于', '少于', '保持', '稳定', '增至', '达', '在',
];
const CEILING_COMPARATORS = new Set(['控制在', '不高于', '不超过', '不多于', '低于', '少于']);

const UNITS: Array<[string, string]> = [
  ['批次/千人', '批次/千人'],
  ['%', '%'],
  ['批次', '批次'],
  ['学时', '学时'],
  ['分', '分'],
  ['人', '人'],
  ['名', '人'],
  ['次', '次'],
  ['个', '个'],
  ['家', '家'],
];

/** Words before the subject that belong to the sentence, not to the subject. */
const LEADING_FILLER = ['其中', '全年计划', '全年安排', '全年', '计划', '安排', '确保', '持续推动', '持续推进', '持续', '推动', '进一步', '力争', '实现', '达到', '使', '要', '并'];
/** Verbs after which the subject starts: 区农业农村委落实食用农产品抽检 → 食用农产品. */
const SUBJECT_CUT = /(落实|安排|完成|推动|推进|实现|确保|保证|做到|开展|配备|配齐)/g;

// ---- masked task text ------------------------------------------------------------

/** Separator written over responsibility notes: ends a sentence and a run. */
export const NOTE_MASK = '\u2029';
/** Written over the inside of 《》 (cited titles): never a target, year or scope. */
export const TITLE_MASK = '\u25a0';
const NOTE_MASK_CODE = 0x2029;
const TITLE_MASK_CODE = 0x25a0;
const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》

export interface Chunk {
  paragraph: Paragraph;
  /** The paragraph text with notes and cited titles masked (same length). */
  masked: string;
  /** Logical range of the chunk in the paragraph: task text between notes. */
  from: number;
  to: number;
  clause?: Clause;
  /** The chunk is in the preamble (background, not a task). */
  preamble: boolean;
}

/**
 * The paragraph text with notes (logical ranges, in text order) written over
 * with NOTE_MASK and the inside of 《》 with TITLE_MASK; a 《 inside a note is
 * masked, so it opens nothing. Built from slices of the paragraph (no string
 * per character); a paragraph with neither is returned as it is.
 */
export function maskParagraph(text: string, notes: ReadonlyArray<{ a: number; b: number }>): string {
  const titles = text.indexOf('《') >= 0;
  if (!notes.length && !titles) return text;
  const parts: string[] = [];
  if (!titles) {
    // notes only: copy the text between them, write the masks over them
    let at = 0;
    for (const r of notes) {
      const a = Math.max(r.a, at);
      const b = Math.min(r.b, text.length);
      if (b <= a) continue;
      if (a > at) parts.push(text.slice(at, a));
      parts.push(NOTE_MASK.repeat(b - a));
      at = b;
    }
    if (at < text.length) parts.push(text.slice(at));
    return parts.join('');
  }
  let copied = 0; // text[copied..k) is still to be copied as it is
  let mask = 0; // char code of the mask being written, 0 when none
  let maskFrom = 0;
  const flushMask = (k: number) => {
    if (mask) parts.push(String.fromCharCode(mask).repeat(k - maskFrom));
    mask = 0;
  };
  let ni = 0;
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    while (ni < notes.length && notes[ni].b <= k) ni++;
    const inNote = ni < notes.length && notes[ni].a <= k;
    const c = inNote ? NOTE_MASK_CODE : text.charCodeAt(k);
    let out: number;
    if (c === OPEN_TITLE) {
      depth++;
      out = c;
    } else if (c === CLOSE_TITLE) {
      depth = Math.max(0, depth - 1);
      out = c;
    } else out = depth > 0 ? TITLE_MASK_CODE : c;
    if (!inNote && out === c) {
      if (mask) {
        flushMask(k);
        copied = k;
      }
      continue;
    }
    if (out !== mask) {
      if (mask) flushMask(k);
      else if (k > copied) parts.push(text.slice(copied, k));
      mask = out;
      maskFrom = k;
    }
    copied = k + 1;
  }
  if (mask) flushMask(text.length);
  else if (copied < text.length) parts.push(text.slice(copied));
  return parts.join('');
}

const chunkCache = new WeakMap<PlanDocument, Chunk[]>();

/**
 * Task text of the plan body: each paragraph after the front matter, split
 * into chunks at responsibility notes, with notes and cited titles masked.
 * Computed once per document (the model is immutable) and shared by every
 * rule that reads task text.
 */
export function taskChunks(doc: PlanDocument): Chunk[] {
  const cached = chunkCache.get(doc);
  if (cached) return cached;
  const notesBy = new Map<number, Array<{ a: number; b: number }>>();
  for (const n of doc.notes) {
    const p = n.paragraph;
    const list = notesBy.get(p.index) ?? [];
    list.push({ a: p.indexOf(n.start), b: p.indexOf(n.end) });
    notesBy.set(p.index, list);
  }
  const clauseOf = new Map<number, Clause>();
  for (const c of doc.clauses) {
    clauseOf.set(c.heading.paragraph.index, c);
    for (const p of c.heading.body) clauseOf.set(p.index, c);
  }
  const preamble = new Set(doc.preamble.map((p) => p.index));
  const headingAt = new Map(doc.headings.map((h) => [h.paragraph.index, h]));
  const chunks: Chunk[] = [];
  for (let i = doc.bodyStart; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    const ranges = notesBy.get(i) ?? [];
    ranges.sort((x, y) => x.a - y.a);
    const masked = maskParagraph(p.text, ranges);
    const h = headingAt.get(i);
    const start = h ? p.indexOf(h.marker.end) : 0;
    const clause = clauseOf.get(i);
    const inPreamble = preamble.has(i);
    let from = start;
    while (from <= masked.length) {
      let k = masked.indexOf(NOTE_MASK, from);
      if (k < 0) k = masked.length;
      if (k > from) chunks.push({ paragraph: p, masked, from, to: k, clause, preamble: inPreamble });
      while (k < masked.length && masked.charCodeAt(k) === NOTE_MASK_CODE) k++;
      if (k >= masked.length) break;
      from = k;
    }
  }
  chunkCache.set(doc, chunks);
  return chunks;
}

// ---- values ----------------------------------------------------------------------------

const VALUE = /(?<![\d.])(\d+(?:\.\d+)?)(余)?(批次\/千人|%|批次|学时|分|人|名|次|个|家)(余)?|百分之([零〇一二两三四五六七八九十百]{1,4}(?:点[零〇一二三四五六七八九]{1,3})?)/g;

const DIGIT_CHARS = '零一二三四五六七八九';

/** 每万人一人, 每万人配备1名, 每万人不少于2名. */
const PER_10K = /^每万人口?((?:配备|配齐|至少|不少于|不低于|达到|有){0,2})(\d{1,3}|[一二两三四五六七八九十]{1,3})(名|人)/;

/** 百分之九十 → 90, 百分之百 → 100, 百分之九十九点五 → 99.5. */
export function parsePercentNumeral(s: string): number {
  const [int, frac] = s.replace(/〇/g, '零').split('点');
  let n: number;
  if (int === '百' || int === '一百') n = 100;
  else if (int.length === 1 && DIGIT_CHARS.indexOf(int) >= 0) n = DIGIT_CHARS.indexOf(int);
  else n = parseChineseNumeral(int);
  if (Number.isNaN(n)) return NaN;
  if (frac) {
    let f = '';
    for (const ch of frac) f += String(DIGIT_CHARS.indexOf(ch));
    n = Number(`${n}.${f}`);
  }
  return n;
}

function endsWithAny(s: string, words: readonly string[]): string | undefined {
  for (const w of words) if (s.endsWith(w)) return w;
  return undefined;
}

function findIndicatorAtEnd(s: string, nounsOnly = false): { text: string; canonical: string } | undefined {
  for (const [w, c] of INDICATORS) if (s.endsWith(w) && !(nounsOnly && VERB_INDICATORS.has(w))) return { text: w, canonical: c };
  // any other rate: 上传率, 公示率 …
  if (s.length >= 3 && s.endsWith('率') && /^[\u4e00-\u9fa5]{2}$/.test(s.slice(-3, -1))) return { text: s.slice(-3), canonical: s.slice(-3) };
  return undefined;
}

function findIndicatorAtStart(s: string): { text: string; canonical: string } | undefined {
  for (const [w, c] of INDICATORS) if (!VERB_INDICATORS.has(w) && s.startsWith(w)) return { text: w, canonical: c };
  return undefined;
}

// Characters the per-character scan looks at, as UTF-16 codes: reading a CJK
// character as a string allocates one, so the scan compares codes.
const C = {
  fullStop: 0x3002, // 。
  bang: 0xff01, // ！
  query: 0xff1f, // ？
  semicolon: 0xff1b, // ；
  comma: 0xff0c, // ，
  colon: 0xff1a, // ：
  qi: 0x5176, // 其
  zhong: 0x4e2d, // 中
  openQuote: 0x201c, // “
  closeQuote: 0x201d, // ”
  quan: 0x5168, // 全
  mei: 0x6bcf, // 每
  an: 0x6309, // 按
};

/** Characters that end a sentence / a comma part. */
function isSentenceBreak(c: number): boolean {
  return c === C.fullStop || c === C.bang || c === C.query || c === 0x21 || c === 0x3f;
}
function isPartBreak(c: number): boolean {
  return c === C.comma || c === 0x2c || c === C.colon || c === 0x3a;
}

/** Subject of a phrase with the indicator removed, normalised for display and matching. */
function cleanSubject(s: string): string {
  return s.replace(/（[^（）]*）|\([^()]*\)/g, '');
}

interface Raw {
  a: number; // logical start of the phrase in the paragraph
  b: number; // logical end (after unit and 以上/以内)
  phrase: string;
  subject: string;
  indicator: string;
  comparator: string;
  bound: Bound;
  value: number;
  valueText: string;
  unit: string;
  approximate: boolean;
  va: number;
  vb: number;
  scope?: { a: number; b: number; word: string };
}

/** Extracts the targets of one chunk of task text (logical offsets in the paragraph). */
function extractChunk(masked: string, from: number, to: number): Array<Raw & { component: boolean; qizhong: number; semi: number }> {
  const out: Array<Raw & { component: boolean; qizhong: number; semi: number }> = [];
  // boundaries of sentences (。), semicolon parts (；) and comma parts (，)
  let qizhong = -1; // position of 其中 in the current sentence
  let semiIndex = 0;
  let lastSubjectInSemi = '';
  let lastSemi = -1;
  // values of this chunk only (a slice keeps the whole scan linear)
  const sub = masked.slice(from, to);
  const values: RegExpExecArray[] = [];
  VALUE.lastIndex = 0;
  for (let m = VALUE.exec(sub); m; m = VALUE.exec(sub)) {
    m.index += from;
    values.push(m);
  }
  // without a value, only 全覆盖 and 每万人 can make a target: most task text is skipped here
  if (!values.length && sub.indexOf('全覆盖') < 0 && sub.indexOf('每万人') < 0) return out;
  let vi = 0;
  // scan character by character for boundaries, taking values as they come
  let partStart = from;
  // The scope word (全市/全国) and the end of the current comma part are found
  // once per part, so that a long part with many values is still read once.
  let scopePart = -1;
  let scopeScanned = 0;
  let scopeFound: Raw['scope'] | null | undefined; // undefined: none yet; null: one after 按照 (no scope)
  const scopeUpTo = (end: number): Raw['scope'] => {
    if (scopePart !== partStart) {
      scopePart = partStart;
      scopeScanned = partStart;
      scopeFound = undefined;
    }
    if (scopeFound === undefined && end > scopeScanned) {
      const at = scopeWordIn(masked, Math.max(partStart, scopeScanned - 1), end);
      if (at >= 0) scopeFound = scopeAt(masked, partStart, at);
      scopeScanned = end;
    }
    return scopeFound ?? undefined;
  };
  // 每万人 targets: what depends on the comma part only is computed once per part
  let staffPart = -1;
  let staff: { text: string; staff: boolean; lastStaff: number; subject: string } | undefined;
  const per10kPart = (partEnd: number) => {
    if (!staff || staffPart !== partStart) {
      staffPart = partStart;
      const text = masked.slice(partStart, partEnd);
      const last = text.lastIndexOf('协管员');
      staff = { text, staff: last >= 0, lastStaff: last >= 0 ? partStart + last : -1, subject: cleanSubject(text.replace(/每万人.*$/, '')).replace(/按$/, '') };
    }
    return staff;
  };
  // cleanLead of masked[partStart, end) with the last verb found incrementally (verbs are two characters)
  let cutPart = -1;
  let cutScanned = 0;
  let lastCut = 0;
  const leadStartAt = (scanEnd: number, end: number): number => {
    if (cutPart !== partStart) {
      cutPart = partStart;
      cutScanned = partStart;
      lastCut = partStart;
    }
    if (scanEnd > cutScanned) {
      const from = Math.max(lastCut, cutScanned - 1);
      const text = masked.slice(from, scanEnd);
      SUBJECT_CUT.lastIndex = 0;
      for (let mm = SUBJECT_CUT.exec(text); mm; mm = SUBJECT_CUT.exec(text)) lastCut = from + mm.index + mm[0].length;
      cutScanned = scanEnd;
    }
    return stripFiller(masked, Math.min(lastCut, end), end);
  };
  let endPart = -1;
  let endAt = 0;
  const partEndOf = (k: number): number => {
    if (endPart !== partStart || endAt < k) {
      endPart = partStart;
      endAt = k;
      while (endAt < to && !isPartEnd(masked.charCodeAt(endAt))) endAt++;
    }
    return endAt;
  };
  let quote = 0;
  for (let k = from; k < to; k++) {
    const ch = masked.charCodeAt(k);
    if (isSentenceBreak(ch)) {
      partStart = k + 1;
      qizhong = -1;
      semiIndex++;
      continue;
    }
    if (ch === C.semicolon || ch === 0x3b) {
      partStart = k + 1;
      semiIndex++;
      continue;
    }
    if (isPartBreak(ch)) {
      partStart = k + 1;
      continue;
    }
    if (ch === C.qi && masked.charCodeAt(k + 1) === C.zhong && qizhong < 0) qizhong = k;
    if (ch === C.openQuote) quote++;
    else if (ch === C.closeQuote) quote = Math.max(0, quote - 1);
    // 实现…全覆盖 at the end of a comma part: a coverage of 100%
    if (ch === C.quan && quote === 0 && masked.startsWith('全覆盖', k) && (k + 3 >= to || /[，,。；;！？!?：:）)\u2029]/.test(masked[k + 3]))) {
      const lead = cleanLead(masked.slice(partStart, k), partStart);
      if (stripScope(cleanSubject(lead.text))) {
        out.push({
          a: lead.start,
          b: k + 3,
          phrase: masked.slice(lead.start, k + 3),
          subject: cleanSubject(lead.text),
          indicator: '覆盖率',
          comparator: '全覆盖',
          bound: 'floor',
          value: 100,
          valueText: '全覆盖',
          unit: '%',
          approximate: false,
          va: k,
          vb: k + 3,
          scope: scopeUpTo(k),
          component: qizhong >= 0 && qizhong < k,
          qizhong,
          semi: semiIndex,
        });
      }
      continue;
    }
    // 协管员按每万人一人配备: a ratio of staff to population
    if (ch === C.mei && masked.startsWith('每万人', k)) {
      const r = PER_10K.exec(masked.slice(k, Math.min(to, k + 16)));
      const partEnd = partEndOf(k);
      const part = per10kPart(partEnd);
      if (r && part.staff) {
        const n = /^\d/.test(r[2]) ? Number(r[2]) : parseChineseNumeral(r[2]);
        const leadStart = leadStartAt(k, masked.charCodeAt(k - 1) === C.an && k - 1 >= partStart ? k - 1 : k);
        if (!Number.isNaN(n)) {
          const vb2 = k + r[0].length;
          const comparator = /不少于|不低于|至少|达到/.exec(r[1])?.[0] ?? '';
          out.push({
            a: leadStart,
            b: Math.max(vb2, part.lastStaff >= vb2 ? partEnd : vb2),
            phrase: part.text,
            subject: part.subject,
            indicator: '协管员',
            comparator,
            bound: 'floor',
            value: n,
            valueText: r[2],
            unit: '人/万人',
            approximate: false,
            va: k + r[0].length - r[2].length - r[3].length,
            vb: vb2,
            scope: scopeUpTo(k),
            component: qizhong >= 0 && qizhong < k,
            qizhong,
            semi: semiIndex,
          });
          while (vi < values.length && values[vi].index < vb2) vi++;
          k = vb2 - 1;
          continue;
        }
      }
    }
    while (vi < values.length && values[vi].index < k) vi++;
    if (vi >= values.length || values[vi].index !== k) continue;
    const m = values[vi++];
    const va = m.index;
    const vb = m.index + m[0].length;
    let value: number;
    let unit: string;
    let approximate = false;
    let valueText: string;
    if (m[5] !== undefined) {
      value = parsePercentNumeral(m[5]);
      unit = '%';
      valueText = m[0];
      if (Number.isNaN(value)) continue;
    } else {
      value = Number(m[1]);
      valueText = m[1];
      unit = UNITS.find(([w]) => w === m[3])![1];
      approximate = m[2] !== undefined || m[4] !== undefined;
    }
    const pre = masked.slice(Math.max(partStart, va - 60), va);
    // suffix: 以上 / 以内 / 以下 / 左右
    let b = vb;
    const post = masked.slice(vb, Math.min(to, vb + 12));
    let bound: Bound = 'floor';
    let suffix = '';
    const sm = /^(以上|以内|以下|之内)/.exec(post);
    if (sm) {
      suffix = sm[1];
      b += suffix.length;
      if (suffix !== '以上') bound = 'ceiling';
    }
    // comparator right before the value
    let rest = pre;
    const comparator = endsWithAny(rest, COMPARATORS) ?? '';
    rest = rest.slice(0, rest.length - comparator.length);
    if (CEILING_COMPARATORS.has(comparator)) bound = 'ceiling';
    // frequencies (每季度1次, 每季度抽检1次) are not targets; 每万人…不少于1人 is
    if (!comparator && pre.includes('每')) continue;
    let jun = false;
    const q = endsWithAny(rest, ['均', '分别', '都', '也']);
    if (q) {
      jun = q === '均' || q === '都';
      rest = rest.slice(0, rest.length - q.length);
    }
    // indicator before the comparator, or right after the value (70%覆盖率)
    let ind = findIndicatorAtEnd(rest);
    let phraseEnd = va - comparator.length - (q?.length ?? 0);
    let subjectText: string;
    if (ind && (!VERB_INDICATORS.has(ind.text) || unit === '批次' || unit === '学时' || unit === '次')) {
      subjectText = rest.slice(0, rest.length - ind.text.length);
    } else {
      const after = findIndicatorAtStart(masked.slice(b, Math.min(to, b + 8)));
      if (!after) {
        if (unit === '学时' && comparator) ind = { text: '', canonical: '培训学时' };
        else continue;
        subjectText = rest;
      } else {
        ind = after;
        b += after.text.length;
        subjectText = rest;
        phraseEnd = -1;
      }
    }
    if (!comparator && !ind.text) continue;
    if (ind.canonical === '协管员' && pre.includes('每万人')) unit = '人/万人';
    // the phrase starts at the comma part; drop the owner and verb before the subject
    const lead = cleanLead(subjectText, va - pre.length);
    subjectText = lead.text;
    const subjectStart = lead.start;
    const scope = scopeUpTo(va);
    let subject = cleanSubject(subjectText);
    if (semiIndex !== lastSemi) lastSubjectInSemi = '';
    if (!stripScope(subject) && lastSubjectInSemi) subject = lastSubjectInSemi;
    const phraseEndPos = phraseEnd < 0 ? b : phraseEnd;
    const a = Math.min(subjectStart, va);
    const indicatorText = ind.text;
    const base = {
      a,
      phrase: '',
      subject,
      indicator: ind.canonical,
      comparator: suffix && !comparator ? suffix : comparator,
      bound,
      value,
      valueText,
      unit,
      approximate,
      va,
      vb,
      b,
      scope,
      component: qizhong >= 0 && qizhong < va,
      qizhong,
      semi: semiIndex,
    };
    // 均: one value for several subjects
    const phraseText = masked.slice(a, phraseEndPos < 0 ? b : phraseEndPos);
    // 分别: several subjects, one value each (学校食堂、医疗机构食堂覆盖率分别达到100%、80%)
    const more: RegExpExecArray[] = [];
    if (q === '分别') {
      let end = vb;
      while (vi < values.length && values[vi].index === end + 1 && /[、和及]/.test(masked[end]) && values[vi][3] === m[3] && m[3] !== undefined) {
        more.push(values[vi]);
        end = values[vi].index + values[vi][0].length;
        vi++;
      }
    }
    const split = more.length ? splitJun(phraseText) : [];
    if (more.length && split.length === more.length + 1) {
      let prevSubject = '';
      split.forEach((piece, i) => {
        const v = i === 0 ? m : more[i - 1];
        const ownInd = findIndicatorAtEnd(piece.text, true);
        const pInd = ownInd ?? { text: '', canonical: ind.canonical };
        let pSubject = cleanSubject(piece.text.slice(0, piece.text.length - pInd.text.length));
        if (!stripScope(pSubject)) pSubject = prevSubject;
        prevSubject = pSubject;
        const vEnd = v.index + v[0].length;
        out.push({
          ...base,
          a: a + piece.start,
          b: i === more.length ? Math.max(b, vEnd) : vEnd,
          va: v.index,
          vb: vEnd,
          value: Number(v[1]),
          valueText: v[1],
          approximate: v[2] !== undefined || v[4] !== undefined,
          phrase: piece.text + (pInd.text ? '' : indicatorText),
          subject: pSubject,
          indicator: pInd.canonical,
        });
      });
      lastSubjectInSemi = out[out.length - 1].subject;
      lastSemi = semiIndex;
      continue;
    }
    const pieces = jun ? splitJun(phraseText) : undefined;
    if (pieces && pieces.length > 1) {
      let prevSubject = '';
      for (const piece of pieces) {
        const ownInd = findIndicatorAtEnd(piece.text, true);
        const pInd = ownInd ?? { text: '', canonical: ind.canonical };
        let pSubject = cleanSubject(piece.text.slice(0, piece.text.length - pInd.text.length));
        if (!stripScope(pSubject)) pSubject = prevSubject;
        prevSubject = pSubject;
        out.push({ ...base, a: a + piece.start, phrase: piece.text + (pInd.text ? '' : indicatorText), subject: pSubject, indicator: pInd.canonical });
      }
    } else {
      base.phrase = phraseText;
      out.push(base);
    }
    lastSubjectInSemi = out[out.length - 1].subject;
    lastSemi = semiIndex;
  }
  return out;
}

/** Start of masked[pos, end) after the LEADING_FILLER words cleanLead drops. */
function stripFiller(masked: string, pos: number, end: number): number {
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING_FILLER) {
      if (masked.startsWith(w, pos) && end - pos > w.length) {
        pos += w.length;
        changed = true;
      }
    }
  }
  return pos;
}

/** Drops the owner and verb before a subject (区农业农村委落实…, 持续推动…, 实现…). */
function cleanLead(text: string, start: number): { text: string; start: number } {
  let cut = 0;
  SUBJECT_CUT.lastIndex = 0;
  for (let mm = SUBJECT_CUT.exec(text); mm; mm = SUBJECT_CUT.exec(text)) cut = mm.index + mm[0].length;
  text = text.slice(cut);
  start += cut;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING_FILLER) {
      if (text.startsWith(w) && text.length > w.length) {
        text = text.slice(w.length);
        start += w.length;
        changed = true;
      }
    }
  }
  return { text, start };
}

/** Start of the first scope word (全市/全国, or a county-level one: 全区/全县/全旗) in masked[from, end), or -1. */
function scopeWordIn(masked: string, from: number, end: number): number {
  const sc = /全[市国区县旗]/.exec(masked.slice(from, end));
  return sc ? from + sc.index : -1;
}

/**
 * 全市/全国 at `at` (the first in its comma part) as the scope of a target,
 * not after 按照/根据 (按照全市…要求): then the part has no scope (null).
 */
function scopeAt(masked: string, partStart: number, at: number): Raw['scope'] | null {
  if (/(按照|根据|参照|依照|对照|按)[^，。；]*$/.test(masked.slice(partStart, at))) return null;
  return { a: at, b: at + 2, word: masked.slice(at, at + 2) };
}

/** Characters that end a comma part for 每万人 (and the note mask). */
function isPartEnd(c: number): boolean {
  return isPartBreak(c) || isSentenceBreak(c) || c === C.semicolon || c === 0x3b || c === NOTE_MASK_CODE;
}

/** Splits 农产品质量安全监测和食品安全抽检合格率 (or 自查率和整改率) into its subjects. */
function splitJun(phrase: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let s = 0;
  let depth = 0;
  for (let k = 0; k <= phrase.length; k++) {
    const ch = phrase[k];
    if (ch === '“' || ch === '（') depth++;
    else if (ch === '”' || ch === '）') depth = Math.max(0, depth - 1);
    if (k === phrase.length || (depth === 0 && (ch === '和' || ch === '、' || ch === '及' || ch === '与'))) {
      if (k > s) out.push({ text: phrase.slice(s, k), start: s });
      s = k + 1;
    }
  }
  return out;
}

/** A subject without scope and filler words; '' when nothing is left. */
export function stripScope(s: string): string {
  return s.replace(/全区|我区|全市|全国|区内|辖区内?|全年|年均|本区|各街道|各镇街|各街镇/g, '');
}

const targetCache = new WeakMap<PlanDocument, Target[]>();

/**
 * Every quantitative target in the plan's task text, in text order. Computed
 * once per document (the model is immutable): the municipal plan, which hosts
 * keep parsed, is not extracted again on every check. Callers must not modify
 * the list or its targets.
 */
export function extractTargets(doc: PlanDocument): Target[] {
  const cached = targetCache.get(doc);
  if (cached) return cached;
  const targets = extract(doc);
  targetCache.set(doc, targets);
  return targets;
}

function extract(doc: PlanDocument): Target[] {
  const targets: Target[] = [];
  for (const chunk of taskChunks(doc)) {
    const p = chunk.paragraph;
    const raws = extractChunk(chunk.masked, chunk.from, chunk.to);
    // the last non-component target of each unit, and how many there are, as the run goes
    const lastByUnit = new Map<string, Target>();
    let nonComponents = 0;
    // the same, as it was at the 其中 of the current sentence
    let snapAt = -1;
    let snap = new Map<string, Target>();
    let snapAny = false;
    for (const r of raws) {
      const span = p.range(r.a, r.b);
      const t: Target = {
        index: targets.length,
        text: p.text.slice(r.a, r.b),
        start: span.start,
        end: span.end,
        phrase: r.phrase,
        subject: r.subject,
        indicator: r.indicator,
        comparator: r.comparator,
        bound: r.bound,
        value: r.value,
        valueText: r.valueText,
        unit: r.unit,
        approximate: r.approximate,
        valueSpan: p.range(r.va, r.vb),
        numberSpan: /^\d/.test(r.valueText) ? p.range(r.va, r.va + r.valueText.length) : undefined,
        role: 'single',
        components: [],
        scope: r.scope ? { ...p.range(r.scope.a, r.scope.b), word: r.scope.word } : undefined,
        clause: chunk.clause,
        paragraph: p,
      };
      if (r.component) {
        // totals are the targets written before 其中 in the same run
        if (r.qizhong !== snapAt) {
          snapAt = r.qizhong;
          snap = new Map(lastByUnit);
          snapAny = nonComponents > 0;
        }
        if (snapAny) {
          t.role = 'component';
          const total = snap.get(t.unit);
          if (total) {
            t.total = total;
            total.role = 'total';
            total.components.push(t);
          }
        }
      }
      if (t.role !== 'component') {
        lastByUnit.set(t.unit, t);
        nonComponents++;
      }
      targets.push(t);
    }
  }
  return targets;
}

/** The title of the clause a target is in: 推进“互联网+明厨亮灶”建设. */
export function clauseLabel(t: Target): string {
  return t.clause?.heading.title || '正文';
}

/** The target as written in its document (logical text without line breaks). */
export function targetText(_doc: PlanDocument, t: Target): string {
  return t.text;
}
