// The scan of one chunk of task text for targets: one pass over the
// characters for sentence, semicolon and comma boundaries, taking 全覆盖,
// 每万人 ratios and values as they come. What depends only on the comma part
// (its end, its scope word, the verb before its subject) is found once per
// part (PartCache), so a long part with many values is still read once.
import { parseChineseNumeral } from '../../model/numerals';
import { cleanLead, cleanSubject, type ScopeWord, scopeAt, scopeWordIn, splitJun, stripFiller, stripScope } from './subject';
import { PER_10K, PER_THOUSAND, readSuffix, readValue, VALUE } from './values';
import { C, CEILING_COMPARATORS, COMPARATORS, endsWithAny, findIndicatorAtEnd, findIndicatorAtStart, isPartBreak, isPartEnd, isSentenceBreak, SUBJECT_CUT, VERB_INDICATORS } from './vocabulary';

export type Bound = 'floor' | 'ceiling';

/** What a target says, as read from the text. */
export interface TargetReading {
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
  /** Canonical unit: %, 批次/千人, 例/10万人, 批次, 学时, 分, 人, 次, 个, 家. */
  unit: string;
  /** Written with 余 (7300余批次): a little over the value. */
  approximate: boolean;
}

/** A target found in a chunk, in logical offsets of the paragraph. */
export interface RawTarget extends TargetReading {
  a: number; // logical start of the phrase in the paragraph
  b: number; // logical end (after unit and 以上/以内)
  va: number;
  vb: number;
  scope?: ScopeWord;
  /** Introduced by 其中 in its sentence. */
  component: boolean;
  /** Position of the sentence's 其中, -1 when none. */
  qizhong: number;
  /** Index of the semicolon part. */
  semi: number;
}

/** Per comma part, computed incrementally as the scan moves through the part. */
class PartCache {
  private scopePart = -1;
  private scopeScanned = 0;
  private scopeFound: ScopeWord | null | undefined; // undefined: none yet; null: one after 按照 (no scope)
  private staffPart = -1;
  private staff: { text: string; staff: boolean; lastStaff: number; subject: string } | undefined;
  private cutPart = -1;
  private cutScanned = 0;
  private lastCut = 0;
  private endPart = -1;
  private endAt = 0;

  constructor(
    private readonly masked: string,
    private readonly to: number,
  ) {}

  /** The scope word (全市/全国) of the part up to `end`. */
  scopeUpTo(partStart: number, end: number): ScopeWord | undefined {
    if (this.scopePart !== partStart) {
      this.scopePart = partStart;
      this.scopeScanned = partStart;
      this.scopeFound = undefined;
    }
    if (this.scopeFound === undefined && end > this.scopeScanned) {
      const at = scopeWordIn(this.masked, Math.max(partStart, this.scopeScanned - 1), end);
      if (at >= 0) this.scopeFound = scopeAt(this.masked, partStart, at);
      this.scopeScanned = end;
    }
    return this.scopeFound ?? undefined;
  }

  /** 每万人 targets: the part's text, whether it names 协管员, and its subject. */
  per10kPart(partStart: number, partEnd: number): { text: string; staff: boolean; lastStaff: number; subject: string } {
    if (!this.staff || this.staffPart !== partStart) {
      this.staffPart = partStart;
      const text = this.masked.slice(partStart, partEnd);
      const last = text.lastIndexOf('协管员');
      this.staff = { text, staff: last >= 0, lastStaff: last >= 0 ? partStart + last : -1, subject: cleanSubject(text.replace(/每万人.*$/, '')).replace(/按$/, '') };
    }
    return this.staff;
  }

  /** cleanLead of masked[partStart, end) with the last verb found incrementally (verbs are two characters). */
  leadStartAt(partStart: number, scanEnd: number, end: number): number {
    if (this.cutPart !== partStart) {
      this.cutPart = partStart;
      this.cutScanned = partStart;
      this.lastCut = partStart;
    }
    if (scanEnd > this.cutScanned) {
      const from = Math.max(this.lastCut, this.cutScanned - 1);
      const text = this.masked.slice(from, scanEnd);
      SUBJECT_CUT.lastIndex = 0;
      for (let mm = SUBJECT_CUT.exec(text); mm; mm = SUBJECT_CUT.exec(text)) this.lastCut = from + mm.index + mm[0].length;
      this.cutScanned = scanEnd;
    }
    return stripFiller(this.masked, Math.min(this.lastCut, end), end);
  }

  /** The end of the comma part that contains `k`. */
  partEndOf(partStart: number, k: number): number {
    if (this.endPart !== partStart || this.endAt < k) {
      this.endPart = partStart;
      this.endAt = k;
      while (this.endAt < this.to && !isPartEnd(this.masked.charCodeAt(this.endAt))) this.endAt++;
    }
    return this.endAt;
  }
}

class ChunkScan {
  readonly out: RawTarget[] = [];
  private readonly part: PartCache;
  private partStart: number;
  private qizhong = -1; // position of 其中 in the current sentence
  private semiIndex = 0;
  private lastSubjectInSemi = '';
  private lastSemi = -1;
  private vi = 0;

  constructor(
    private readonly masked: string,
    private readonly from: number,
    private readonly to: number,
    /** The VALUE matches of the chunk, in text order. */
    private readonly values: RegExpExecArray[],
  ) {
    this.part = new PartCache(masked, to);
    this.partStart = from;
  }

  run(): RawTarget[] {
    const { masked, to } = this;
    let quote = 0;
    for (let k = this.from; k < to; k++) {
      const ch = masked.charCodeAt(k);
      if (isSentenceBreak(ch)) {
        this.partStart = k + 1;
        this.qizhong = -1;
        this.semiIndex++;
        continue;
      }
      if (ch === C.semicolon || ch === 0x3b) {
        this.partStart = k + 1;
        this.semiIndex++;
        continue;
      }
      if (isPartBreak(ch)) {
        this.partStart = k + 1;
        continue;
      }
      if (ch === C.qi && masked.charCodeAt(k + 1) === C.zhong && this.qizhong < 0) this.qizhong = k;
      if (ch === C.openQuote) quote++;
      else if (ch === C.closeQuote) quote = Math.max(0, quote - 1);
      // 实现…全覆盖 at the end of a comma part: a coverage of 100%
      if (ch === C.quan && quote === 0 && masked.startsWith('全覆盖', k) && (k + 3 >= to || /[，,。；;！？!?：:）)\u2029]/.test(masked[k + 3]))) {
        this.fullCoverage(k);
        continue;
      }
      // 协管员按每万人一人配备: a ratio of staff to population
      if (ch === C.mei && masked.startsWith('每万人', k)) {
        const next = this.per10k(k);
        if (next >= 0) {
          k = next - 1;
          continue;
        }
      }
      while (this.vi < this.values.length && this.values[this.vi].index < k) this.vi++;
      if (this.vi >= this.values.length || this.values[this.vi].index !== k) continue;
      this.value(this.values[this.vi++]);
    }
    return this.out;
  }

  private common(at: number): Pick<RawTarget, 'scope' | 'component' | 'qizhong' | 'semi'> {
    return { scope: this.part.scopeUpTo(this.partStart, at), component: this.qizhong >= 0 && this.qizhong < at, qizhong: this.qizhong, semi: this.semiIndex };
  }

  /** 全覆盖 at k. */
  private fullCoverage(k: number): void {
    const lead = cleanLead(this.masked.slice(this.partStart, k), this.partStart);
    if (!stripScope(cleanSubject(lead.text))) return;
    this.out.push({
      a: lead.start,
      b: k + 3,
      phrase: this.masked.slice(lead.start, k + 3),
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
      ...this.common(k),
    });
  }

  /** 每万人 at k: the end of the ratio taken, or -1 when it is not a staff target. */
  private per10k(k: number): number {
    const { masked, partStart } = this;
    const r = PER_10K.exec(masked.slice(k, Math.min(this.to, k + 16)));
    const partEnd = this.part.partEndOf(partStart, k);
    const part = this.part.per10kPart(partStart, partEnd);
    if (!r || !part.staff) return -1;
    const n = /^\d/.test(r[2]) ? Number(r[2]) : parseChineseNumeral(r[2]);
    const leadStart = this.part.leadStartAt(partStart, k, masked.charCodeAt(k - 1) === C.an && k - 1 >= partStart ? k - 1 : k);
    if (Number.isNaN(n)) return -1;
    const vb2 = k + r[0].length;
    const comparator = /不少于|不低于|至少|达到/.exec(r[1])?.[0] ?? '';
    this.out.push({
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
      ...this.common(k),
    });
    while (this.vi < this.values.length && this.values[this.vi].index < vb2) this.vi++;
    return vb2;
  }

  /** A value: its comparator and indicator around it, and the subjects it is for. */
  private value(m: RegExpExecArray): void {
    const { masked, to, partStart } = this;
    const va = m.index;
    const vb = m.index + m[0].length;
    const read = readValue(m);
    if (!read) return;
    const { value, valueText, approximate } = read;
    let unit = read.unit;
    const pre = masked.slice(Math.max(partStart, va - 60), va);
    // suffix: 以上 / 以内 / 以下 / 之内
    let b = vb;
    const { suffix, ceiling } = readSuffix(masked.slice(vb, Math.min(to, vb + 12)));
    b += suffix.length;
    let bound: Bound = ceiling ? 'ceiling' : 'floor';
    // comparator right before the value; 每千人5批次 is 5批次/千人 (the ratio word between them)
    let rest = pre;
    const perThousand = unit === '批次' ? PER_THOUSAND.exec(rest) : null;
    if (perThousand) {
      unit = '批次/千人';
      rest = rest.slice(0, perThousand.index);
    }
    const comparator = endsWithAny(rest, COMPARATORS) ?? '';
    rest = rest.slice(0, rest.length - comparator.length);
    if (CEILING_COMPARATORS.has(comparator)) bound = 'ceiling';
    // frequencies (每季度1次, 每季度抽检1次) are not targets; 每万人…不少于1人 is
    if (!comparator && rest.includes('每')) return;
    let jun = false;
    const q = endsWithAny(rest, ['均', '分别', '都', '也']);
    if (q) {
      jun = q === '均' || q === '都';
      rest = rest.slice(0, rest.length - q.length);
    }
    // indicator before the comparator, or right after the value (70%覆盖率)
    let ind = findIndicatorAtEnd(rest);
    let phraseEnd = va - (perThousand?.[0].length ?? 0) - comparator.length - (q?.length ?? 0);
    let subjectText: string;
    if (ind && (!VERB_INDICATORS.has(ind.text) || unit === '批次' || unit === '学时' || unit === '次')) {
      subjectText = rest.slice(0, rest.length - ind.text.length);
    } else {
      const after = findIndicatorAtStart(masked.slice(b, Math.min(to, b + 8)));
      if (!after) {
        if (unit === '学时' && comparator) ind = { text: '', canonical: '培训学时' };
        else return;
        subjectText = rest;
      } else {
        ind = after;
        b += after.text.length;
        subjectText = rest;
        phraseEnd = -1;
      }
    }
    if (!comparator && !ind.text) return;
    if (ind.canonical === '协管员' && pre.includes('每万人')) unit = '人/万人';
    // the phrase starts at the comma part; drop the owner and verb before the subject
    const lead = cleanLead(subjectText, va - pre.length);
    subjectText = lead.text;
    const subjectStart = lead.start;
    const common = this.common(va);
    let subject = cleanSubject(subjectText);
    if (this.semiIndex !== this.lastSemi) this.lastSubjectInSemi = '';
    if (!stripScope(subject) && this.lastSubjectInSemi) subject = this.lastSubjectInSemi;
    const phraseEndPos = phraseEnd < 0 ? b : phraseEnd;
    const a = Math.min(subjectStart, va);
    const base: RawTarget = {
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
      ...common,
    };
    // 均: one value for several subjects
    const phraseText = masked.slice(a, phraseEndPos < 0 ? b : phraseEndPos);
    if (q === '分别' && this.respectively(m, base, phraseText, ind.text)) return;
    const pieces = jun ? splitJun(phraseText) : undefined;
    if (pieces && pieces.length > 1) {
      for (const [piece, own] of subjectsOf(pieces, ind.canonical)) this.out.push({ ...base, a: a + piece.start, phrase: piece.text + (own.text ? '' : ind.text), subject: own.subject, indicator: own.canonical });
    } else {
      base.phrase = phraseText;
      this.out.push(base);
    }
    this.endTarget();
  }

  /**
   * 分别: several subjects, one value each (学校食堂、医疗机构食堂覆盖率分别达到100%、80%).
   * False when the values and subjects do not pair up (then it is read like 均).
   */
  private respectively(m: RegExpExecArray, base: RawTarget, phraseText: string, indicatorText: string): boolean {
    const more: RegExpExecArray[] = [];
    let end = base.vb;
    while (this.vi < this.values.length && this.values[this.vi].index === end + 1 && /[、和及]/.test(this.masked[end]) && this.values[this.vi][3] === m[3] && m[3] !== undefined) {
      more.push(this.values[this.vi]);
      end = this.values[this.vi].index + this.values[this.vi][0].length;
      this.vi++;
    }
    const split = more.length ? splitJun(phraseText) : [];
    if (!more.length || split.length !== more.length + 1) return false;
    subjectsOf(split, base.indicator).forEach(([piece, own], i) => {
      const v = i === 0 ? m : more[i - 1];
      const vEnd = v.index + v[0].length;
      this.out.push({
        ...base,
        a: base.a + piece.start,
        b: i === more.length ? Math.max(base.b, vEnd) : vEnd,
        va: v.index,
        vb: vEnd,
        value: Number(v[1]),
        valueText: v[1],
        approximate: v[2] !== undefined || v[4] !== undefined,
        phrase: piece.text + (own.text ? '' : indicatorText),
        subject: own.subject,
        indicator: own.canonical,
      });
    });
    this.endTarget();
    return true;
  }

  /** A later target of the semicolon part without a subject of its own takes this one's. */
  private endTarget(): void {
    this.lastSubjectInSemi = this.out[this.out.length - 1].subject;
    this.lastSemi = this.semiIndex;
  }
}

/** Each piece's own indicator (or the shared one) and subject; a piece with no subject takes the previous one's. */
function subjectsOf(pieces: Array<{ text: string; start: number }>, canonical: string): Array<[{ text: string; start: number }, { text: string; canonical: string; subject: string }]> {
  let prevSubject = '';
  return pieces.map((piece) => {
    const pInd = findIndicatorAtEnd(piece.text, true) ?? { text: '', canonical };
    let subject = cleanSubject(piece.text.slice(0, piece.text.length - pInd.text.length));
    if (!stripScope(subject)) subject = prevSubject;
    prevSubject = subject;
    return [piece, { ...pInd, subject }];
  });
}

/** Extracts the targets of one chunk of task text (logical offsets in the paragraph). */
export function extractChunk(masked: string, from: number, to: number): RawTarget[] {
  // values of this chunk only (a slice keeps the whole scan linear)
  const sub = masked.slice(from, to);
  const values: RegExpExecArray[] = [];
  VALUE.lastIndex = 0;
  for (let m = VALUE.exec(sub); m; m = VALUE.exec(sub)) {
    m.index += from;
    values.push(m);
  }
  // without a value, only 全覆盖 and 每万人 can make a target: most task text is skipped here
  if (!values.length && sub.indexOf('全覆盖') < 0 && sub.indexOf('每万人') < 0) return [];
  return new ChunkScan(masked, from, to, values).run();
}
