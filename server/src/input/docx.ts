// Reads a Word .docx into plain text with one paragraph per line: body
// paragraphs and table cells in document order, with the numbers Word
// generates from numbering.xml (list numbering not present in the text)
// written out as marker text. Findings on a .docx are then reported by
// paragraph number (= line number of this text).
import { textDecoder } from './text-decoder';
import { formatChineseNumeral } from '../core/model/numerals';
import { formatSize } from './size';
import { tokenize } from './xml';
import { EntrySource, ZipError } from './zip';

export interface DocxText {
  /** Paragraphs joined with "\n"; paragraph i (1-based) is line i. */
  text: string;
  paragraphs: string[];
}

export { ZipError as DocxError };

/** Word's largest list counter: w:start and w:startOverride go up to 32767, and so does a running number. */
export const MAX_COUNTER = 32767;
/** The longest marker text we write for one paragraph (Word's lvlText is at most a few %n and some text). */
export const MAX_MARKER = 64;

/** A counter as Word reads it: an integer in 0 … 32767, else the default. */
function counter(raw: string | undefined, fallback: number): number {
  const n = Number(raw ?? fallback);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(MAX_COUNTER, Math.max(0, Math.trunc(n)));
}

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** undefined: restart after any higher level; 0: never; n: after level n (1-based) or higher. */
  restart?: number;
  isLgl: boolean;
}

interface Numbering {
  /** numId → abstractNumId and its start overrides per level. */
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

interface StyleNum {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

/** The parts of a .docx this reader uses (the browser extracts them asynchronously first). */
export const DOCX_PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'] as const;

/** The text of a .docx whose parts `zip` gives; throws ZipError (limits, corrupt data, no document.xml). */
/**
 * Reads a .docx. `maxText` caps the extracted text (in UTF-16 units; the
 * caller passes its file-size limit), so a small file cannot expand into a
 * huge text through numbering or repeated content.
 */
export function docxText(zip: EntrySource, maxText = Infinity): DocxText {
  const utf8 = textDecoder('utf-8');
  const part = (name: string) => {
    const b = zip.read(name);
    return b ? utf8.decode(b) : undefined;
  };
  const doc = part('word/document.xml');
  if (doc === undefined) throw new ZipError('corrupt', '这不是 Word 文档（缺少 word/document.xml）。请用 Word 另存为 .docx 后再检查');
  const numbering = parseNumbering(part('word/numbering.xml') ?? '');
  const styles = parseStyles(part('word/styles.xml') ?? '');
  const paragraphs = parseBody(doc, numbering, styles, maxText);
  return { text: paragraphs.join('\n'), paragraphs };
}

const val = (a: Record<string, string>) => a['w:val'];

function parseNumbering(xml: string): Numbering {
  const nums: Numbering['nums'] = new Map();
  const abstracts: Numbering['abstracts'] = new Map();
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: { abstractId: string; overrides: Map<number, number> } | undefined;
  let overrideLvl = -1;
  for (const t of tokenize(xml)) {
    if (t.kind === 'open') {
      const a = t.attrs;
      switch (t.name) {
        case 'w:abstractNum':
          abstract = new Map();
          abstracts.set(a['w:abstractNumId'], abstract);
          break;
        case 'w:lvl':
          if (abstract) {
            level = { start: 1, numFmt: 'decimal', lvlText: '', isLgl: false };
            abstract.set(counter(a['w:ilvl'], 0), level);
          }
          break;
        case 'w:start':
          if (level && !num) level.start = counter(val(a), 1);
          break;
        case 'w:numFmt':
          if (level) level.numFmt = val(a) ?? 'decimal';
          break;
        case 'w:lvlText':
          if (level) level.lvlText = (val(a) ?? '').slice(0, MAX_MARKER);
          break;
        case 'w:lvlRestart':
          if (level) level.restart = counter(val(a), 0);
          break;
        case 'w:isLgl':
          if (level) level.isLgl = val(a) !== '0' && val(a) !== 'false';
          break;
        case 'w:num':
          num = { abstractId: '', overrides: new Map() };
          nums.set(a['w:numId'], num);
          break;
        case 'w:abstractNumId':
          if (num) num.abstractId = val(a) ?? '';
          break;
        case 'w:lvlOverride':
          overrideLvl = counter(a['w:ilvl'], 0);
          break;
        case 'w:startOverride':
          if (num && overrideLvl >= 0 && overrideLvl < 9) num.overrides.set(overrideLvl, counter(val(a), 1));
          break;
      }
      if (t.selfClosing) closeNumbering(t.name);
    } else if (t.kind === 'close') closeNumbering(t.name);
  }
  function closeNumbering(name: string) {
    if (name === 'w:abstractNum') abstract = undefined;
    else if (name === 'w:lvl') level = undefined;
    else if (name === 'w:num') num = undefined;
    else if (name === 'w:lvlOverride') overrideLvl = -1;
  }
  return { nums, abstracts };
}

function parseStyles(xml: string): Map<string, StyleNum> {
  const styles = new Map<string, StyleNum>();
  let cur: StyleNum | undefined;
  for (const t of tokenize(xml)) {
    if (t.kind === 'open') {
      if (t.name === 'w:style') {
        cur = t.attrs['w:type'] === 'paragraph' ? {} : undefined;
        if (cur) styles.set(t.attrs['w:styleId'], cur);
      } else if (cur && t.name === 'w:basedOn') cur.basedOn = val(t.attrs);
      else if (cur && t.name === 'w:numId') cur.numId = val(t.attrs);
      else if (cur && t.name === 'w:ilvl') cur.ilvl = Number(val(t.attrs) ?? 0);
    } else if (t.kind === 'close' && t.name === 'w:style') cur = undefined;
  }
  return styles;
}

const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: a … z, aa … zz
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Writes a counter in a Word number format (counters above 32767 are written as 32767, as Word caps them). */
export function formatNumber(n: number, fmt: string): string {
  n = Number.isFinite(n) ? Math.min(MAX_COUNTER, Math.max(0, Math.trunc(n))) : 1;
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return formatChineseNumeral(n);
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function parseBody(xml: string, numbering: Numbering, styles: Map<string, StyleNum>, maxText: number): string[] {
  const out: string[] = [];
  let total = 0;
  const tooLong = () =>
    new ZipError('limit', `文档中的文字超过大小上限（${formatSize(maxText)}），已拒绝。如确需检查，请用 --max-file-size 或配置项 maxFileSize 调高上限`);
  /** Adds to the text of the open paragraph, keeping the whole text under maxText. */
  const add = (p: Para, s: string) => {
    total += s.length;
    if (total > maxText) throw tooLong();
    p.text += s;
  };
  // Counters per abstract numbering definition: Word continues a list across
  // w:num instances of the same definition unless a start override restarts it.
  const counters = new Map<string, number[]>();
  const overridden = new Set<string>();
  interface Para {
    text: string;
    numId?: string;
    ilvl?: number;
    style?: string;
  }
  const stack: Para[] = [];
  let inText = false;
  let skipDepth = 0; // inside mc:Fallback, w:del … whose content Word does not show
  let inPPr = 0;

  const marker = (p: Para): string => {
    let numId = p.numId;
    let ilvl = p.ilvl;
    for (let s = p.style, guard = 0; s && guard < 20 && (numId === undefined || ilvl === undefined); guard++) {
      const st = styles.get(s);
      if (!st) break;
      if (numId === undefined) numId = st.numId;
      if (ilvl === undefined && st.numId !== undefined) ilvl = st.ilvl;
      s = st.basedOn;
    }
    if (!numId || numId === '0') return '';
    const num = numbering.nums.get(numId);
    const abs = num && numbering.abstracts.get(num.abstractId);
    if (!num || !abs) return '';
    const lvl = Math.min(8, Math.max(0, Math.trunc(ilvl ?? 0) || 0));
    const def = abs.get(lvl);
    if (!def) return '';
    let c = counters.get(num.abstractId);
    if (!c) counters.set(num.abstractId, (c = []));
    if (!overridden.has(numId) && num.overrides.size) {
      overridden.add(numId);
      for (const [l, start] of num.overrides) {
        c[l] = start - 1;
        for (let d = l + 1; d < 9; d++) c[d] = undefined as never;
      }
    }
    c[lvl] = c[lvl] === undefined ? def.start : Math.min(MAX_COUNTER, c[lvl] + 1);
    for (let d = lvl + 1; d < 9; d++) {
      const dd = abs.get(d);
      if (!dd || dd.restart === undefined || (dd.restart !== 0 && lvl <= dd.restart - 1)) c[d] = undefined as never;
    }
    let text = '';
    // each %n written at most MAX_MARKER long, and the whole marker too
    for (const part of def.lvlText.split(/(%[1-9])/)) {
      if (text.length >= MAX_MARKER) break;
      if (!/^%[1-9]$/.test(part)) {
        text += part;
        continue;
      }
      const l = Number(part[1]) - 1;
      const ld = abs.get(l);
      const v = c[l] ?? ld?.start ?? 1;
      text += formatNumber(v, def.isLgl && l < lvl ? 'decimal' : (ld?.numFmt ?? 'decimal')).slice(0, MAX_MARKER);
    }
    return text.slice(0, MAX_MARKER);
  };

  for (const t of tokenize(xml)) {
    if (t.kind === 'open') {
      if (skipDepth) {
        if (!t.selfClosing) skipDepth++;
        continue;
      }
      const cur = stack[stack.length - 1];
      switch (t.name) {
        case 'mc:Fallback':
        case 'w:pPrChange': // tracked formatting changes hold the OLD numbering
        case 'w:rPrChange':
        case 'w:numberingChange':
        case 'w:del':
        case 'w:moveFrom':
        case 'w:instrText':
        case 'w:delText':
          if (!t.selfClosing) skipDepth = 1;
          break;
        case 'w:p':
          if (t.selfClosing) out.push('');
          else stack.push({ text: '' });
          break;
        case 'w:pPr':
          if (!t.selfClosing) inPPr++;
          break;
        case 'w:pStyle':
          if (cur && inPPr) cur.style = val(t.attrs);
          break;
        case 'w:numId':
          if (cur && inPPr) cur.numId = val(t.attrs);
          break;
        case 'w:ilvl':
          if (cur && inPPr) cur.ilvl = Number(val(t.attrs) ?? 0);
          break;
        case 'w:t':
          inText = !t.selfClosing;
          break;
        case 'w:tab':
          if (cur && !inPPr) add(cur, '\t');
          break;
        case 'w:br':
        case 'w:cr':
          if (cur) add(cur, ' ');
          break;
        case 'w:noBreakHyphen':
          if (cur) add(cur, '-');
          break;
      }
    } else if (t.kind === 'close') {
      if (skipDepth) {
        skipDepth--;
        continue;
      }
      if (t.name === 'w:t') inText = false;
      else if (t.name === 'w:pPr') inPPr = Math.max(0, inPPr - 1);
      else if (t.name === 'w:p') {
        const p = stack.pop();
        if (p) {
          const m = marker(p);
          total += m.length + 1;
          if (total > maxText) throw tooLong();
          out.push((m + p.text).replace(/[\r\n]/g, ' '));
        }
      }
    } else if (inText && !skipDepth && stack.length) add(stack[stack.length - 1], t.text);
  }
  return out;
}
