// Text normalisation and logical paragraphs.
//
// Invariant: every offset that leaves this module is a UTF-16 offset into the
// ORIGINAL text. `norm` has exactly the same length as the original: each
// normalisation replaces one UTF-16 unit with one unit, so offsets into `norm`
// are offsets into the original.

/** Short strings shared by every model that holds them (see `shared`). */
const SHARED = new Map<string, string>();
const SHARED_LIMIT = 4096;

/**
 * One copy of a short string the model keeps many times (department names,
 * short notes, marker forms): the model holds the shared copy and the one just
 * cut out is garbage that dies young. Only strings of up to 12 UTF-16 units
 * are shared: V8 copies such short slices, while a longer slice points into
 * the whole text, which a cache must not keep alive. The table is bounded
 * (emptied when full), so it cannot grow with the number of plans checked.
 */
export function shared(s: string): string {
  if (s.length > 12) return s;
  const hit = SHARED.get(s);
  if (hit !== undefined) return hit;
  if (SHARED.size >= SHARED_LIMIT) SHARED.clear();
  SHARED.set(s, s);
  return s;
}

/** Map of single-unit replacements applied to build `norm`. */
function normChar(c: number): number {
  // full-width digits ０-９ and Latin letters
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 0x30;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xff21 + 0x41;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xff41 + 0x61;
  switch (c) {
    case 0xff05: return 0x25; // ％
    case 0xff0b: return 0x2b; // ＋
    case 0xff0e: return 0x2e; // ．
    case 0xff0f: return 0x2f; // ／
    case 0xff1c: return 0x3c; // ＜
    case 0xff1e: return 0x3e; // ＞
    case 0xff1d: return 0x3d; // ＝
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x2002: case 0x2003: case 0x2009: case 0x200b:
    case 0xfeff: // BOM
    case 0x09: // tab
      return 0x20;
    default:
      return c;
  }
}

/** Every character normChar changes (kept in step with normChar; a test checks both agree). */
const NORMALIZED_CHARS = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0e\uff0f\uff1c\uff1e\uff1d\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\t]/g;

/**
 * Returns a string of the same length with full-width digits/signs and odd
 * spaces normalised. One native regex pass finds the characters to change;
 * the common text with nothing to change is returned as is.
 */
export function normalize(original: string): string {
  NORMALIZED_CHARS.lastIndex = 0;
  let m = NORMALIZED_CHARS.exec(original);
  if (!m) return original;
  // the text between changed characters is sliced, not copied character by character
  let out = '';
  let last = 0;
  while (m) {
    const i = m.index;
    out += original.slice(last, i) + String.fromCharCode(normChar(original.charCodeAt(i)));
    last = i + 1;
    m = NORMALIZED_CHARS.exec(original);
  }
  return out + original.slice(last);
}

/** For tests: whether normalize's fast character class covers exactly the characters normChar changes. */
export function normalizedCharsAgree(): boolean {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    NORMALIZED_CHARS.lastIndex = 0;
    if (NORMALIZED_CHARS.test(ch) !== (normChar(c) !== c)) return false;
  }
  return true;
}

export interface Line {
  /** 0-based line index. */
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, excluding the line break. */
  end: number;
}

/** Physical lines as two offset lists: line i is [start[i], end[i]), its break excluded. */
export interface LineBounds {
  count: number;
  start: Int32Array;
  end: Int32Array;
}

/** Line bounds without an object per line; \r\n, \r and \n all end a line. */
export function lineBounds(text: string): LineBounds {
  if (text.indexOf('\r') < 0) {
    // only \n: the native search finds the breaks (counted first, so the lists have their final size)
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    const start = new Int32Array(count);
    const end = new Int32Array(count);
    let li = 0;
    let from = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
      start[li] = from;
      end[li++] = i;
      from = i + 1;
    }
    start[li] = from;
    end[li] = text.length;
    return { count, start, end };
  }
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  let li = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      start[li] = from;
      end[li++] = i;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      from = i + 1;
    }
  }
  start[li] = from;
  end[li] = text.length;
  return { count, start, end };
}

/** The lines of `lineBounds` as objects. */
export function linesOf(b: LineBounds): Line[] {
  const lines: Line[] = new Array(b.count);
  for (let i = 0; i < b.count; i++) lines[i] = { index: i, start: b.start[i], end: b.end[i] };
  return lines;
}

/** Splits into physical lines; \r\n, \r and \n all end a line. */
export function splitLines(text: string): Line[] {
  return linesOf(lineBounds(text));
}

const PAGE_NUMBER_LINE = /^\s*(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?)\s*$/;
/** Inline page numbers such as "- 7 -", "— 7 —" or "—1—", with whitespace or a line edge around them. */
const INLINE_PAGE_NUMBER = /(^|\s)[-—–－]{1,2} ?\d{1,4} ?[-—–－]{1,2}(?=\s|$)/g;

export function isPageNumberLine(s: string): boolean {
  return PAGE_NUMBER_LINE.test(s);
}

/** Display width: CJK and full-width characters count 2, others 1. */
export function displayWidth(s: string, start = 0, end = s.length): number {
  let w = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    w += c >= 0x1100 ? 2 : 1;
  }
  return w;
}

/**
 * A logical paragraph: physical lines joined, page numbers removed, and
 * whitespace dropped except between two ASCII letters/digits. `text` is what
 * the parsers read; `map[i]` is the original offset of `text[i]`.
 *
 * The map is kept as runs, not one offset per character: a run is a stretch
 * of logical text that is also contiguous in the original. Most paragraphs
 * are one run (a line with nothing dropped inside it), so they carry no
 * array at all; a joined or spaced paragraph keeps `runs` = [logical start,
 * original start] pairs. `map` is built only when asked for.
 */
export class Paragraph {
  private view: Int32Array | undefined = undefined;

  constructor(
    readonly index: number,
    readonly text: string,
    /** Original offset of the first kept character. */
    readonly start: number,
    /** Original offset just past the last kept character. */
    readonly end: number,
    readonly firstLine: number,
    readonly lastLine: number,
    /** [logical start, original start] of each run after the first, flattened; undefined for a single run. */
    private readonly runs?: number[],
  ) {}

  /** map[i] is the original offset of text[i]. */
  get map(): Int32Array {
    if (!this.view) {
      const n = this.text.length;
      const view = new Int32Array(n);
      for (let i = 0; i < n; i++) view[i] = this.at(i);
      this.view = view;
    }
    return this.view;
  }

  /** Original offset of text[i], 0 <= i < text.length. */
  private at(i: number): number {
    const runs = this.runs;
    if (!runs || i < runs[0]) return this.start + i;
    // the last run starting at or before i
    let lo = 0;
    let hi = (runs.length >> 1) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid << 1] <= i) lo = mid;
      else hi = mid - 1;
    }
    return runs[(lo << 1) + 1] + i - runs[lo << 1];
  }

  /** Original offset of logical position `i` (i may equal text.length). */
  offsetAt(i: number): number {
    if (i <= 0) return this.start;
    if (i >= this.text.length) return this.end;
    return this.at(i);
  }

  /** Original range [start, end) of logical range [a, b). */
  range(a: number, b: number): { start: number; end: number } {
    return { start: this.offsetAt(a), end: this.endOf(a, b) };
  }

  /** The end of `range(a, b)`, without building the range. */
  endOf(a: number, b: number): number {
    if (b <= a) return this.offsetAt(a);
    return this.at(Math.min(b, this.text.length) - 1) + 1;
  }

  /** Logical index of an original offset (the first logical char at or after it). */
  indexOf(offset: number): number {
    const n = this.text.length;
    const runs = this.runs;
    if (!runs) return offset <= this.start ? 0 : offset >= this.start + n ? n : offset - this.start;
    // runs in order: run 0 is [0, runs[0]) at start, run k > 0 starts at logical runs[2k-2], original runs[2k-1]
    const count = (runs.length >> 1) + 1;
    // the first run whose last character is at or after offset
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const l = mid === 0 ? 0 : runs[(mid - 1) << 1];
      const o = mid === 0 ? this.start : runs[((mid - 1) << 1) + 1];
      const e = mid + 1 < count ? runs[mid << 1] : n;
      if (o + (e - l) - 1 < offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === count) return n;
    const l = lo === 0 ? 0 : runs[(lo - 1) << 1];
    const o = lo === 0 ? this.start : runs[((lo - 1) << 1) + 1];
    return l + Math.max(0, offset - o);
  }
}

const HEADING_START = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、，,．.]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|[（(]\s*\d{1,3}\s*[）)]|\d{1,3}\s*[)）]|\d{1,3}\s*[.．、,，](?!\s*\d))/;

export function startsLikeHeading(lineText: string): boolean {
  return HEADING_START.test(lineText);
}

/** Whether a line whose first non-space character is `c` can start like a heading (HEADING_START's first characters). */
function mayStartHeading(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0xff08 || c === 0x28 || isCnDigit(c);
}

/** 一 二 三 四 五 六 七 八 九 十 */
function isCnDigit(c: number): boolean {
  return c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/** Whether a line whose first non-space character is `c` can be a page-number line (PAGE_NUMBER_LINE's first characters). */
function mayBePageNumber(c: number): boolean {
  return isDash(c) || c === 0x7b2c; // 第
}

/** - — – － */
function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d;
}

/** What String.prototype.trim and the regex class \s treat as white space (outside line breaks). */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAsciiWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

export interface Layout {
  /** The physical lines (`linesOf` makes them objects). */
  bounds: LineBounds;
  /** Width a full line of a hard-wrapped document has, or 0 when the text is not hard-wrapped. */
  wrapWidth: number;
  paragraphs: Paragraph[];
  /** Line indices that only hold a page number. */
  pageNumberLines: number[];
}

/**
 * What layout needs of every physical line, from one pass over the text:
 * the line, the bounds of its trimmed text (trimStart === trimEnd for a blank
 * line), the display width of the trimmed text and whether it holds a dash
 * (a possible inline page number).
 */
interface LineFacts {
  lines: LineBounds;
  trimStart: Int32Array;
  trimEnd: Int32Array;
  /**
   * Display width of the trimmed line, or MAX_WIDTH + 1 for any wider line:
   * wrap detection only counts widths up to MAX_WIDTH, and a line that wide
   * is full at any wrap width it can detect.
   */
  width: Int32Array;
  dash: Uint8Array;
}

/** The widest line wrap detection considers (detectWrapWidth). */
const MAX_WIDTH = 200;

/** A dash of an inline page number: - — – － */
const DASH = /[-\u2014\u2013\uff0d]/g;

function scanLines(norm: string): LineFacts {
  const lines = lineBounds(norm);
  const n = lines.count;
  const trimStart = new Int32Array(n);
  const trimEnd = new Int32Array(n);
  const width = new Int32Array(n);
  const dash = new Uint8Array(n);
  let nextDash = -1; // position of the next dash at or after the current line (norm.length when none)
  for (let li = 0; li < n; li++) {
    const start = lines.start[li];
    const end = lines.end[li];
    let ts = start;
    while (ts < end && isJsSpace(norm.charCodeAt(ts))) ts++;
    if (ts === end) {
      trimStart[li] = trimEnd[li] = start;
      continue;
    }
    let te = end;
    while (te > ts && isJsSpace(norm.charCodeAt(te - 1))) te--;
    trimStart[li] = ts;
    trimEnd[li] = te;
    // display width of the trimmed line (CJK and full-width 2, a low surrogate 0: counted with its high half),
    // counted up to MAX_WIDTH: wider lines count as MAX_WIDTH + 1 (see LineFacts.width)
    let w = 0;
    for (let i = ts; i < te && w <= MAX_WIDTH; i++) {
      const c = norm.charCodeAt(i);
      if (c < 0x1100) w++;
      else if (c < 0xdc00 || c > 0xdfff) w += 2;
    }
    if (w > MAX_WIDTH) w = MAX_WIDTH + 1;
    width[li] = w;
    if (nextDash < ts) {
      DASH.lastIndex = ts;
      const m = DASH.exec(norm);
      nextDash = m ? m.index : norm.length;
    }
    if (nextDash < te) dash[li] = 1;
  }
  return { lines, trimStart, trimEnd, width, dash };
}

/** Detects hard wrapping: most non-blank lines have nearly the same display width. */
function detectWrapWidth(f: LineFacts): number {
  const hist = new Int32Array(206);
  let count = 0;
  for (let li = 0; li < f.lines.count; li++) {
    if (f.trimStart[li] === f.trimEnd[li]) continue;
    count++;
    const w = f.width[li];
    if (w < 30 || w > MAX_WIDTH) continue;
    hist[w]++;
  }
  if (count < 8) return 0;
  let best = 0;
  let bestN = 0;
  for (let w = 30; w <= MAX_WIDTH; w++) {
    if (!hist[w]) continue;
    let n = 0;
    for (let d = -4; d <= 4; d++) n += hist[w + d];
    if (n > bestN || (n === bestN && w > best)) {
      best = w;
      bestN = n;
    }
  }
  return bestN >= count * 0.4 ? best : 0;
}

/**
 * Rebuilds logical paragraphs from physical lines. A line is joined to the
 * next non-blank line when the document is hard-wrapped and the line is full,
 * or when it leaves a bracket (（ or 《) open; a line that starts like a
 * heading always starts a new paragraph.
 */
export function layout(norm: string): Layout {
  const facts = scanLines(norm);
  const { lines, trimStart, trimEnd, width, dash } = facts;
  const wrapWidth = detectWrapWidth(facts);
  const fullAt = wrapWidth ? wrapWidth - 6 : Infinity;
  const pageNumberLines: number[] = [];
  const paragraphs: Paragraph[] = [];

  // Logical text is built from slices (runs of kept characters), never one
  // string per character, and the map to the original is kept as runs (see
  // Paragraph): the cost is one pass over the characters with no allocation
  // per character. Lines are read in place; only a line that may be a page
  // number or start like a heading is cut out for its pattern, and only a
  // line with a dash is copied to blank inline page numbers.
  let text = '';
  let n = 0; // logical length of the current paragraph
  let pStart = -1; // original offset of its first kept character
  let pEnd = 0; // original offset just past its last kept character
  let runs: number[] | undefined; // runs after the first (see Paragraph)
  let lastKept = 0; // last kept character of the current paragraph (0 at its start)
  let first = -1;
  let lastLine = -1;
  let depth = 0; // open （ 《 【 ［ brackets in the current paragraph
  let prevFull = false;

  /** Appends original [a, b) (kept characters, or one kept space when b = a + 1) to the paragraph. */
  const keep = (a: number, b: number) => {
    if (pStart < 0) pStart = a;
    else if (a !== pEnd) (runs ??= []).push(n, a);
    n += b - a;
    pEnd = b;
  };

  const flush = () => {
    if (n > 0) paragraphs.push(new Paragraph(paragraphs.length, text, pStart, pEnd, first, lastLine, runs));
    text = '';
    n = 0;
    pStart = -1;
    runs = undefined;
    lastKept = 0;
    first = -1;
    depth = 0;
  };

  for (let li = 0; li < lines.count; li++) {
    const ts = trimStart[li];
    if (ts === trimEnd[li]) continue;
    const lineStart = lines.start[li];
    const lineEnd = lines.end[li];
    const c0 = norm.charCodeAt(ts);
    if (mayBePageNumber(c0) && isPageNumberLine(norm.slice(lineStart, lineEnd))) {
      pageNumberLines.push(li);
      continue;
    }
    // A heading line never continues the previous paragraph; an open bracket
    // or a full previous line does.
    const continues = first >= 0 && (depth > 0 || prevFull) && !(mayStartHeading(c0) && startsLikeHeading(norm.slice(lineStart, lineEnd)));
    if (!continues) flush();
    if (first < 0) first = li;
    lastLine = li;

    // Inline page numbers are blanked in a copy of the line; kept characters
    // are the same in the copy and in norm, so slices are taken from norm.
    let src = norm;
    let off = lineStart;
    if (dash[li]) {
      const lt = norm.slice(lineStart, lineEnd);
      const masked = lt.replace(INLINE_PAGE_NUMBER, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
      if (masked !== lt) {
        src = masked;
        off = 0;
      }
    }
    const base = lineStart;
    const len = lineEnd - base;
    let runStart = 0; // start of the current run of kept characters in the line
    let k = 0;
    while (k < len) {
      const c = src.charCodeAt(off + k);
      if (c <= 0x20 && isSpace(c)) {
        // A run of spaces: keep one space only between two ASCII word characters.
        if (k > runStart) {
          text += norm.slice(base + runStart, base + k);
          keep(base + runStart, base + k);
        }
        let j = k + 1;
        while (j < len && isSpace(src.charCodeAt(off + j))) j++;
        const next = j < len ? src.charCodeAt(off + j) : 0;
        if (isAsciiWord(lastKept) && isAsciiWord(next)) {
          text += ' ';
          keep(base + k, base + k + 1);
          lastKept = 0x20;
        }
        k = j;
        runStart = j;
        continue;
      }
      if (c === 0xff08 || c === 0x28 || c === 0x300a || c === 0x3010 || c === 0xff3b) depth++; // （ ( 《 【 ［
      else if ((c === 0xff09 || c === 0x29 || c === 0x300b || c === 0x3011 || c === 0xff3d) && depth > 0) depth--; // ） ) 》 】 ］
      lastKept = c;
      k++;
    }
    if (len > runStart) {
      text += norm.slice(base + runStart, lineEnd);
      keep(base + runStart, lineEnd);
    }
    prevFull = width[li] >= fullAt;
    // An open bracket only joins across a few lines; beyond that it is a defect, not a wrap.
    if (depth > 0 && lastLine - first >= 4 && !wrapWidth) depth = 0;
  }
  flush();
  return { bounds: lines, wrapWidth, paragraphs, pageNumberLines };
}
