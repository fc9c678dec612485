// Responsibility notes: （区市场监管局牵头，区教育局、公安红桥分局按职责分工负责）.
//
// Works on logical text (see text.ts); positions here are logical indices
// into the text passed in. document.ts maps them to original offsets.

export type Role = 'lead' | 'organize' | 'responsible' | 'cooperate' | 'unspecified';

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

/** Role phrases, longest first. */
const ROLE_PHRASES: Array<[string, Role]> = [
  ['按职责分工配合开展', 'cooperate'],
  ['按职责分工负责落实', 'responsible'],
  ['按职责分工负责', 'responsible'],
  ['按职责分工配合', 'cooperate'],
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
  ['牵头', 'lead'],
  ['组织', 'organize'],
  ['负责', 'responsible'],
  ['配合', 'cooperate'],
  ['参与', 'cooperate'],
];

const LABEL = /^(责任单位|责任部门|牵头单位|牵头部门|配合单位|配合部门|责任主体|主责单位|实施单位)[：:]/;

/**
 * Endings of department and body names. A bare bracket (no role verb) is a
 * note only when every item ends with one of these.
 */
const DEPT_ENDING = /(局|委|办|部|院|室|社|署|处|所|站|中心|海关|分局|政府|街道|乡镇|镇街|街镇|单位|办事处|委员会|领导小组|小组|总社|合作社|法院|检察院|公司|协会|科协|妇联|团委|工会|总工会|管委会)$/;

/** Items that are never departments even though they sit in a bracket after a sentence. */
const NOT_A_NOTE = /^(?:含|包括|试行|暂行|草案|征求意见稿|示范模版|示范模板|修订|以下简称|简称|下同|或|罚|园长|天津|[A-Za-z0-9\s\-+.]+|\d{4}\s*(?:年)?版?)/;

function splitDepartments(text: string, base: number, separators: string[]): RawMention[] {
  const out: RawMention[] = [];
  let start = 0;
  let depth = 0;
  const emit = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // "其他" / "其它" before a collective body is not part of its name
    if (text.startsWith('其他', s) || text.startsWith('其它', s)) s += 2;
    if (e > s) out.push({ name: text.slice(s, e), start: base + s, end: base + e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth > 0) continue;
    if (ch === '、' || ch === '，' || ch === ',' || ch === '；' || ch === ';' || ch === '/' || ch === '／') {
      separators.push(ch);
      emit(i);
      start = i + 1;
    } else if (ch === '及' || ch === '等') {
      separators.push(ch);
      emit(i);
      start = i + 1;
    } else if (ch === '和' || ch === '与') {
      // 和 separates names only when the left side already ends like a department
      // (区工业和信息化局 and 区文化和旅游局 contain 和).
      const left = text.slice(start, i);
      if (DEPT_ENDING.test(left)) {
        separators.push(ch);
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
  for (const [phrase, role] of ROLE_PHRASES) {
    const idx = group.lastIndexOf(phrase);
    if (idx > 0 && idx + phrase.length === group.length) {
      return { names: group.slice(0, idx), verb: phrase, role };
    }
  }
  // a role phrase followed by a short tail (牵头抓总, 负责实施) still counts
  for (const [phrase, role] of ROLE_PHRASES) {
    const idx = group.indexOf(phrase);
    if (idx > 0 && group.length - (idx + phrase.length) <= 4) {
      return { names: group.slice(0, idx), verb: group.slice(idx), role };
    }
  }
  return { names: group, verb: '', role: 'unspecified' };
}

/** Splits the note body into role groups at top-level ， ； (not inside nested brackets). */
function splitGroups(inner: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && (ch === '，' || ch === ',' || ch === '；' || ch === ';')) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: inner.length });
  return out;
}

/** Parses the inside of a bracket as a note, or returns undefined when it is not one. */
export function parseNoteBody(inner: string, innerStart: number): Omit<RawNote, 'open' | 'close' | 'closed'> | undefined {
  const trimmed = inner.trim();
  if (!trimmed || trimmed.length > 300) return undefined;
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
    const text = body.slice(g.start, g.end);
    if (!text.trim()) continue;
    const { names, verb, role } = splitRole(text);
    if (verb) anyVerb = true;
    const separators: string[] = [];
    const departments = splitDepartments(names, bodyStart + g.start, separators);
    if (!verb && !departments.every((d) => DEPT_ENDING.test(d.name.replace(/[（(][^）)]*[）)]$/, '')))) allBareLookLikeDepts = false;
    groups.push({
      role,
      verb,
      verbStart: bodyStart + g.start + names.length,
      verbEnd: bodyStart + g.end,
      start: bodyStart + g.start,
      end: bodyStart + g.end,
      departments,
      separators,
    });
  }
  if (!groups.length) return undefined;
  const mentions = groups.flatMap((g) => g.departments);
  if (!label) {
    if (anyVerb) {
      // a verb alone is not enough: some mention must look like a body (区…, 市…, 公安…, 各…)
      if (!mentions.some((d) => DEPT_ENDING.test(d.name) || /^(区|市|县|各|公安|天津|相关)/.test(d.name))) return undefined;
    } else if (!allBareLookLikeDepts || !mentions.some((d) => /^(区|市|县|各|公安|天津)/.test(d.name) || /(海关|法院|分局)$/.test(d.name))) {
      return undefined;
    }
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

const UNCLOSED_ROLE = /牵头|负责|配合|责任单位|责任部门/g;

/**
 * Scans logical text for bracketed notes. Nested brackets are kept inside the
 * outer note. An unclosed bracket that reads like a note (it has a role word)
 * is returned with closed=false, running to the end of the text or to the next
 * sentence end.
 *
 * Linear in the text: matching brackets are found in one pass up front, and
 * the next 。 and the next role word by cursors that only move forward, so no
 * bracket rescans the text after it (a line of thousands of unclosed brackets
 * costs one pass, not a square).
 */
export function findNotes(text: string): RawNote[] {
  const notes: RawNote[] = [];
  const n = text.length;
  if (text.indexOf('（') < 0 && text.indexOf('(') < 0) return notes;
  // closeOf: open bracket → its matching close (brackets counted as （ ( open, ） ) close)
  const closeOf = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) stack.push(i);
    else if ((c === 0xff09 || c === 0x29) && stack.length) closeOf.set(stack.pop()!, i);
  }
  // First 。 at or after k; queries come in increasing k, so each cursor passes over the text once.
  const periodCursor = () => {
    let at = -2;
    return (k: number) => {
      if (at === -2 || (at >= 0 && at < k) ) at = text.indexOf('。', k);
      return at < 0 ? n : at;
    };
  };
  const periodAfterOpen = periodCursor();
  const periodFar = periodCursor();
  let roleAt: Array<[number, number]> | undefined; // role words of unclosed notes, found once when first needed
  let role = 0;

  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (ch !== '（' && ch !== '(') {
      i++;
      continue;
    }
    // The close counts unless a 。 more than 120 characters after the open comes first.
    let closeAt = closeOf.get(i) ?? -1;
    if (closeAt >= 0 && i + 121 < n && periodFar(i + 121) < closeAt) closeAt = -1;
    if (closeAt >= 0) {
      const inner = text.slice(i + 1, closeAt);
      const body = parseNoteBody(inner, i + 1);
      if (body) {
        notes.push({ open: i, close: closeAt + 1, closed: true, ...body });
        i = closeAt + 1;
        continue;
      }
      i++;
      continue;
    }
    // unclosed: take up to the next 。 or the end, and accept it only if it reads like a note
    const end = periodAfterOpen(i);
    if (!roleAt) {
      roleAt = [];
      UNCLOSED_ROLE.lastIndex = 0;
      for (let m = UNCLOSED_ROLE.exec(text); m; m = UNCLOSED_ROLE.exec(text)) roleAt.push([m.index, m.index + m[0].length]);
    }
    while (role < roleAt.length && roleAt[role][0] < i + 1) role++;
    const hasRole = role < roleAt.length && roleAt[role][1] <= end;
    const body = hasRole ? parseNoteBody(text.slice(i + 1, end), i + 1) : undefined;
    if (body) {
      notes.push({ open: i, close: end, closed: false, ...body });
      i = end;
      continue;
    }
    i++;
  }
  return notes;
}
