// Responsibility notes: （区市场监管局牵头，区教育局、公安红桥分局按职责分工负责）.
//
// Works on logical text (see text.ts); positions here are logical indices
// into the text passed in. document.ts maps them to original offsets.

import { shared } from './text';

export type Role = 'lead' | 'organize' | 'guide' | 'responsible' | 'cooperate' | 'unspecified';

export interface RawMention {
  name: string;
  start: number;
  end: number;
}

export interface RawRoleGroup {
  role: Role;
  /** The role phrase as written (牵头, 按职责分工负责, …), empty for a bare list. */
  verb: string;
  verbStart: number;
  verbEnd: number;
  /** Start and end of the group text (between separators). */
  start: number;
  end: number;
  departments: RawMention[];
  /** Separators found between the departments of this group (、 ， 及 等 …), for format checks. */
  separators: string[];
  /**
   * The character that separated this group from the previous one ('' for the
   * first group). Normally ， or ；; 、 when a role phrase was followed by 、
   * (公安红旗分局牵头、区市场监管局按职责分工负责), which format checks report.
   */
  separatorBefore: string;
}

export interface RawNote {
  /** Position of the opening bracket. */
  open: number;
  /** Position just past the closing bracket (or the end of the scanned text when unclosed). */
  close: number;
  closed: boolean;
  /** Inner text start/end. */
  innerStart: number;
  innerEnd: number;
  inner: string;
  /** 责任单位：/ 责任部门：/ 牵头单位： prefix when present. */
  label?: string;
  form: 'verb' | 'label' | 'bare';
  groups: RawRoleGroup[];
}

/**
 * Role phrases, longest first. Those marked `true` count only at the very end
 * of a group: as words inside a name they are too common (县农技指导站,
 * 协会, 实施中心) to be read as a verb with a short tail.
 */
const ROLE_PHRASES: Array<[string, Role, boolean?]> = [
  ['按职责分工配合开展', 'cooperate'],
  ['按职责分工负责落实', 'responsible'],
  ['按职责分工负责', 'responsible'],
  ['按职责分工配合', 'cooperate'],
  ['按职责分工落实', 'responsible', true],
  ['按照职责分工负责', 'responsible'],
  ['按照职责负责', 'responsible'],
  ['按职责负责', 'responsible'],
  ['按职责配合', 'cooperate'],
  ['分工负责', 'responsible'],
  ['配合开展', 'cooperate'],
  ['共同负责', 'responsible'],
  ['具体负责', 'responsible'],
  ['负责落实', 'responsible'],
  ['牵头负责', 'lead'],
  ['协同配合', 'cooperate', true],
  ['抓好落实', 'responsible', true],
  ['具体落实', 'responsible', true],
  ['组织实施', 'organize', true],
  ['牵头', 'lead'],
  ['组织', 'organize'],
  ['负责', 'responsible'],
  ['配合', 'cooperate'],
  ['参与', 'cooperate'],
  // forms of other provinces: （县市场监管局指导，各乡镇落实）, （县农业农村局牵头，县市场监管局协助）
  ['指导', 'guide', true],
  ['督导', 'guide', true],
  ['督促', 'guide', true],
  ['协助', 'cooperate', true],
  ['协同', 'cooperate', true],
  ['协办', 'cooperate', true],
  ['参加', 'cooperate', true],
  ['落实', 'responsible', true],
  ['实施', 'responsible', true],
];

const LABEL = /^(责任单位|责任部门|牵头单位|牵头部门|配合单位|配合部门|责任主体|主责单位|实施单位)[：:]/;
/** The role a label gives a group without a role verb (责任单位 stays unspecified). */
const LABEL_ROLE: Record<string, Role> = { 牵头单位: 'lead', 牵头部门: 'lead', 配合单位: 'cooperate', 配合部门: 'cooperate' };

/**
 * Endings of department and body names. A bare bracket (no role verb) is a
 * note only when every item ends with one of these.
 */
const DEPT_ENDING = /(局|厅|委|办|部|部门|院|镇|乡|苏木|室|社|署|处|所|站|中心|大队|支队|海关|分局|政府|街道|乡镇|镇街|街镇|单位|办事处|委员会|领导小组|小组|总社|合作社|法院|检察院|公司|协会|科协|妇联|团委|工会|总工会|管委会)$/;

/**
 * Placeholders the drafting commands write: 【待填写：…】 (to fill in) or
 * 【待定：…】 (to decide); group 1 is which. document/placeholder reports them.
 */
export const PLACEHOLDER = /【(待填写|待定)：[^】\n]{0,60}】/g;

/**
 * A placeholder left for the drafter in place of a name (【待定：市高级人民法院】,
 * written by the drafting commands). It stands for a body still to be chosen.
 */
const PLACEHOLDER_NAME = /^【(?:待填写|待定)：([^】\n]{1,60})】$/;

/** The name inside a placeholder mention, or undefined when the mention is not a placeholder. */
export function placeholderInner(name: string): string | undefined {
  // a placeholder holds 【: names without one (nearly all) skip the pattern
  if (name.indexOf('【') < 0) return undefined;
  return PLACEHOLDER_NAME.exec(name.trim())?.[1];
}

/** A mention as a name: the placeholder's inner name for a placeholder. */
function bareName(name: string): string {
  return placeholderInner(name) ?? name;
}

/** Items that are never departments even though they sit in a bracket after a sentence. */
const NOT_A_NOTE = /^(?:(?:含|包括|以下简称|简称)[\s\S]*|试行|暂行|草案|征求意见稿|示范模[版板]|\d{4}年?修订|修订|下同|或|罚|园长|天津市?|[A-Za-z0-9\s\-+.]+|\d{4}年?版?)$/;

/** （ ( 【 ［ [ */
function isOpenBracket(c: number): boolean {
  return c === 0xff08 || c === 0x28 || c === 0x3010 || c === 0xff3b || c === 0x5b;
}

/** ） ) 】 ］ ] */
function isCloseBracket(c: number): boolean {
  return c === 0xff09 || c === 0x29 || c === 0x3011 || c === 0xff3d || c === 0x5d;
}

/** What the regex class \s matches. */
function isWhite(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The separator a character code stands for, as a constant: `text[i]` would
 * allocate a new one-character string for each (CJK characters are not in
 * V8's single-character cache), and separators stay in the model.
 */
function separatorString(c: number): string {
  switch (c) {
    case 0x3001: return '、';
    case 0xff0c: return '，';
    case 0x2c: return ',';
    case 0xff1b: return '；';
    case 0x3b: return ';';
    case 0x2f: return '/';
    case 0xff0f: return '／';
    case 0x53ca: return '及';
    case 0x7b49: return '等';
    case 0x548c: return '和';
    case 0x4e0e: return '与';
    default: return String.fromCharCode(c);
  }
}

function splitDepartments(text: string, base: number, separators: string[]): RawMention[] {
  const out: RawMention[] = [];
  let start = 0;
  let depth = 0;
  const emit = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isWhite(text.charCodeAt(s))) s++;
    while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
    // "其他" / "其它" before a collective body is not part of its name
    if (text.startsWith('其他', s) || text.startsWith('其它', s)) s += 2;
    if (e > s) out.push({ name: shared(text.slice(s, e)), start: base + s, end: base + e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c) && depth > 0) depth--;
    if (depth > 0) continue;
    // 、 ， , ； ; / ／ 及 等
    if (c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x2f || c === 0xff0f || c === 0x53ca || c === 0x7b49) {
      separators.push(separatorString(c));
      emit(i);
      start = i + 1;
    } else if (c === 0x548c || c === 0x4e0e) {
      // 和 与 separate names only when the left side already ends like a
      // department (区工业和信息化局 and 区文化和旅游局 contain 和).
      // 国家税务总局和林格尔县税务局: a national administration's name leads the local body's
      const left = text.slice(start, i);
      if (DEPT_ENDING.test(left) && !NATIONAL_ADMINISTRATION.test(left)) {
        separators.push(separatorString(c));
        emit(i);
        start = i + 1;
      }
    }
  }
  emit(text.length);
  return out;
}

/** Finds the role phrase at the end of a group. */
function splitRole(group: string): { names: string; verb: string; role: Role } {
  const last = group.charCodeAt(group.length - 1);
  for (const [phrase, role] of ROLE_PHRASES) {
    if (phrase.charCodeAt(phrase.length - 1) !== last) continue;
    const idx = group.length - phrase.length;
    if (idx > 0 && group.startsWith(phrase, idx)) {
      return { names: group.slice(0, idx), verb: phrase, role };
    }
  }
  // a role phrase followed by a short tail (牵头抓总, 负责实施) still counts
  for (const [phrase, role, endOnly] of ROLE_PHRASES) {
    if (endOnly) continue;
    const idx = group.indexOf(phrase);
    if (idx > 0 && group.length - (idx + phrase.length) <= 4) {
      return { names: group.slice(0, idx), verb: group.slice(idx), role };
    }
  }
  return { names: group, verb: '', role: 'unspecified' };
}

/** A group text that ends with a role phrase (so a following 、 wrongly separates two groups). */
const ENDS_WITH_ROLE = /(牵头|负责|配合|组织|参与|配合开展|负责落实|指导|协助|落实)$/;

/**
 * Splits the note body into role groups at top-level ， ； (not inside nested
 * brackets), and at a 、 that directly follows a role phrase.
 */
function splitGroups(inner: string): Array<{ start: number; end: number; sep: string }> {
  const out: Array<{ start: number; end: number; sep: string }> = [];
  let depth = 0;
  let start = 0;
  let sep = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c) && depth > 0) depth--;
    // ， , ； ; and a 、 after a role phrase
    else if (depth === 0 && (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || (c === 0x3001 && ENDS_WITH_ROLE.test(inner.slice(start, i)) && splitRole(inner.slice(start, i)).verb !== ''))) {
      out.push({ start, end: i, sep });
      sep = separatorString(c);
      start = i + 1;
    }
  }
  out.push({ start, end: inner.length, sep });
  return out;
}

/** How a mention that looks like a body starts, in a note with a role verb. */
/** 国家税务总局 and the like, which lead the name of a local office. */
const NATIONAL_ADMINISTRATION = /^\s*国家[\u4e00-\u9fa5]{1,12}总局$/;
const VERB_BODY_START = /^(区|市|县|旗|州|盟|省|自治区|各|公安|天津|相关)/;
/** How a mention in a bare list (no role verb) unmistakably names a body. */
const BARE_BODY_START = /^(区|市|县|旗|州|盟|省|自治区|各|公安|天津|国家)/;
const BARE_BODY_END = /(海关|法院|分局)$/;

/** Parses the inside of a bracket as a note, or returns undefined when it is not one. */
export function parseNoteBody(inner: string, innerStart: number): Omit<RawNote, 'open' | 'close' | 'closed'> | undefined {
  if (inner.length > MAX_NOTE) return undefined;
  const trimmed = inner.trim();
  if (!trimmed) return undefined;
  if (NOT_A_NOTE.test(trimmed) && !LABEL.test(trimmed)) return undefined;
  let body = inner;
  let bodyStart = innerStart;
  let label: string | undefined;
  const lm = LABEL.exec(inner);
  if (lm) {
    label = lm[1];
    body = inner.slice(lm[0].length);
    bodyStart = innerStart + lm[0].length;
  }
  const groups: RawRoleGroup[] = [];
  let anyVerb = false;
  let allBareLookLikeDepts = true;
  for (const g of splitGroups(body)) {
    let text = body.slice(g.start, g.end);
    if (!text.trim()) continue;
    // （牵头单位：…；配合单位：…）: a later group with its own label
    let groupLabel = groups.length === 0 ? label : undefined;
    const gl = groups.length ? LABEL.exec(text) : undefined;
    if (gl) {
      groupLabel = gl[1];
      g.start += gl[0].length;
      text = text.slice(gl[0].length);
      if (!text.trim()) continue;
    }
    const split = splitRole(text);
    const { names, verb } = split;
    const role: Role = !verb && groupLabel ? (LABEL_ROLE[groupLabel] ?? split.role) : split.role;
    if (verb) anyVerb = true;
    const separators: string[] = [];
    const departments = splitDepartments(names, bodyStart + g.start, separators);
    if (!verb && !departments.every((d) => DEPT_ENDING.test(stripTrailingBracket(bareName(d.name))))) allBareLookLikeDepts = false;
    groups.push({
      role,
      verb,
      verbStart: bodyStart + g.start + names.length,
      verbEnd: bodyStart + g.end,
      start: bodyStart + g.start,
      end: bodyStart + g.end,
      departments,
      separators,
      separatorBefore: g.sep,
    });
  }
  if (!groups.length) return undefined;
  if (!label) {
    // a verb alone is not enough: some mention must look like a body (区…, 市…, 公安…, 各…);
    // a bare list must look like departments throughout and name one unmistakably
    if (!anyVerb && !allBareLookLikeDepts) return undefined;
    let named = false;
    for (let k = 0; k < groups.length && !named; k++) {
      for (const d of groups[k].departments) {
        const name = bareName(d.name);
        if (anyVerb ? DEPT_ENDING.test(name) || VERB_BODY_START.test(name) : BARE_BODY_START.test(name) || BARE_BODY_END.test(name)) {
          named = true;
          break;
        }
      }
    }
    if (!named) return undefined;
  }
  return {
    innerStart,
    innerEnd: innerStart + inner.length,
    inner,
    label,
    form: label ? 'label' : anyVerb ? 'verb' : 'bare',
    groups,
  };
}

/** Whether text[from, to) holds a 。 (a bounded scan: callers keep to ≤ MAX_NOTE). */
/**
 * Drops a trailing bracketed part (`区教育局（区体育局）` → `区教育局`): what
 * `s.replace(/[（(][^）)]*[）)]$/, '')` does, without retrying the pattern at
 * every open bracket (quadratic on a name of many open brackets).
 */
function stripTrailingBracket(s: string): string {
  const last = s[s.length - 1];
  if (last !== '）' && last !== ')') return s;
  let k = s.length - 2;
  while (k >= 0 && s[k] !== '）' && s[k] !== ')') k--;
  // the leftmost open bracket after the previous close
  for (let p = k + 1; p < s.length - 1; p++) if (s[p] === '（' || s[p] === '(') return s.slice(0, p);
  return s;
}

/** Prefix counts of 。: periods[k] = number of 。 before k, so "a 。 in [from, to)" costs O(1). */
function periodCounts(text: string): Uint32Array {
  const out = new Uint32Array(text.length + 1);
  for (let k = 0; k < text.length; k++) out[k + 1] = out[k] + (text.charCodeAt(k) === 0x3002 ? 1 : 0);
  return out;
}

const ROLE_WORDS = ['牵头', '负责', '配合', '责任单位', '责任部门'];

/**
 * roleEnd[k] = the smallest end of a role word that starts at or after k
 * (text.length + 1 when none), so "a role word inside [from, to)" is
 * roleEnd[from] <= to, in O(1) for every unclosed bracket instead of a scan
 * of its window (1 MB of `(` took seconds).
 */
function roleEnds(text: string): Uint32Array {
  const out = new Uint32Array(text.length + 1);
  out[text.length] = text.length + 1;
  for (let k = text.length - 1; k >= 0; k--) {
    let best = out[k + 1];
    const c = text[k];
    if (c === '牵' || c === '负' || c === '配' || c === '责') {
      for (const w of ROLE_WORDS) if (text.startsWith(w, k) && k + w.length < best) best = k + w.length;
    }
    out[k] = best;
  }
  return out;
}

function rawNote(open: number, close: number, closed: boolean, b: Omit<RawNote, 'open' | 'close' | 'closed'>): RawNote {
  return { open, close, closed, innerStart: b.innerStart, innerEnd: b.innerEnd, inner: b.inner, label: b.label, form: b.form, groups: b.groups };
}

/** Longest note body considered; longer brackets are prose, not notes. */
const MAX_NOTE = 300;
/** Unclosed brackets read as possible notes per sentence (up to the next 。). */
const MAX_UNCLOSED_TRIES = 8;

/**
 * The open brackets of a text in order and the matching close of each, from
 * one pass: `opens[k]` is the position of the k-th open bracket, `closes[k]`
 * its close or -1 when unclosed. The arrays are scratch space reused by every
 * call (findNotes is never re-entered), so a paragraph costs no allocation.
 */
let opens: Int32Array = new Int32Array(256);
let closes: Int32Array = new Int32Array(256);
let roundStack: Int32Array = new Int32Array(256);
let squareStack: Int32Array = new Int32Array(256);

function matchBrackets(text: string): number {
  let n = 0;
  let round = 0; // depth of roundStack
  let square = 0; // ［…］ and 【…】 notes (and half-width [ ] from web pages) have a stack of their own: a round bracket inside them is nested
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28 || c === 0xff3b || c === 0x3010 || c === 0x5b) {
      // （ ( ［ 【 [
      if (n === opens.length) {
        opens = grow(opens, text.length);
        closes = grow(closes, text.length);
        roundStack = grow(roundStack, text.length);
        squareStack = grow(squareStack, text.length);
      }
      opens[n] = i;
      closes[n] = -1;
      if (c === 0xff08 || c === 0x28) roundStack[round++] = n;
      else squareStack[square++] = n;
      n++;
    } else if (c === 0xff09 || c === 0x29) {
      // ） )
      if (round) closes[roundStack[--round]] = i;
    } else if (c === 0xff3d || c === 0x3011 || c === 0x5d) {
      // ］ 】 ]: a pair only when the kinds agree (［…］ / [ … ] or 【…】)
      if (square) {
        const o = squareStack[--square];
        if ((c === 0x3011) === (text.charCodeAt(opens[o]) === 0x3010)) closes[o] = i;
      }
    }
  }
  return n;
}

function grow(a: Int32Array, limit: number): Int32Array {
  const out = new Int32Array(Math.max(a.length * 2, Math.min(limit, a.length * 4)));
  out.set(a);
  return out;
}

/**
 * Scans logical text for bracketed notes. Nested brackets are kept inside the
 * outer note. An unclosed bracket that reads like a note (it has a role word)
 * is returned with closed=false, running to the next 。 or the end of the text.
 * Linear in the text length: brackets are matched in one pass and no note body
 * longer than MAX_NOTE is examined.
 */
export function findNotes(text: string): RawNote[] {
  const notes: RawNote[] = [];
  const count = matchBrackets(text);
  if (!count) return notes;
  let periods: Uint32Array | undefined;
  let roles: Uint32Array | undefined;
  const hasPeriod = (from: number, to: number) => from < to && (periods ??= periodCounts(text))[to] - periods[from] > 0;
  let resumeAt = 0;
  let period = -1; // first 。 at or after the current open (opens come in order)
  let tries = 0; // unclosed brackets read in the current sentence
  for (let k = 0; k < count; k++) {
    const i = opens[k];
    if (i < resumeAt) continue; // inside a note already taken
    let closeAt = closes[k];
    // a close that only comes after a sentence end far from the open belongs to something else
    if (closeAt >= 0 && closeAt - i - 1 <= MAX_NOTE && hasPeriod(i + 121, closeAt)) closeAt = -1;
    if (closeAt >= 0) {
      if (closeAt - i - 1 > MAX_NOTE) continue;
      const body = parseNoteBody(shared(text.slice(i + 1, closeAt)), i + 1);
      if (body) {
        notes.push(rawNote(i, closeAt + 1, true, body));
        resumeAt = closeAt + 1;
      }
      continue;
    }
    // unclosed: up to the next 。 (or the end), accepted only if it reads like a note
    if (period !== text.length && period < i) {
      period = text.indexOf('。', i);
      if (period < 0) period = text.length;
      tries = 0;
    }
    // a sentence of many unclosed brackets is not a list of notes: reading
    // each one's window would cost MAX_NOTE per bracket
    if (++tries > MAX_UNCLOSED_TRIES) continue;
    let end = period;
    if (end - i - 1 > MAX_NOTE) end = Math.min(text.length, i + 1 + MAX_NOTE);
    const body = (roles ??= roleEnds(text))[i + 1] <= end ? parseNoteBody(text.slice(i + 1, end), i + 1) : undefined;
    if (body) {
      notes.push(rawNote(i, end, false, body));
      resumeAt = end;
    }
  }
  return notes;
}
