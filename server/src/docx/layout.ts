// The layout of a .docx as plain data (core/model/page-layout.ts) for the
// `format` rules: per run the East Asian font and size, per paragraph the line
// spacing, per section the page size and margins. Properties are resolved the
// way Word does: document defaults, then the paragraph style chain (basedOn,
// root first), then the character style chain, then direct formatting; a
// theme font (w:eastAsiaTheme) is mapped through the theme's font scheme. What
// nothing sets stays undefined, so rules only judge what the document says.
import type { Element } from '@xmldom/xmldom';
import type { DocLayout, LineSpacing, ParagraphLayout, RunLayout, SectionLayout } from '../core/model/page-layout';
import type { EntrySource } from '../input/zip';
import { childElements, firstChild, isElement, markerLength, parseXml, walkParagraphs } from './dom';
import { partText } from './package';

interface RProps {
  font?: { name: string } | { theme: string };
  size?: number;
}

interface PProps {
  line?: number;
  lineRule?: string;
}

interface Style {
  type: string;
  basedOn?: string;
  r: RProps;
  p: PProps;
}

const wAttr = (e: Element | undefined, name: string) => e?.getAttribute(`w:${name}`) ?? undefined;

function readR(rPr: Element | undefined): RProps {
  const out: RProps = {};
  if (!rPr) return out;
  const fonts = firstChild(rPr, 'w:rFonts');
  const theme = wAttr(fonts, 'eastAsiaTheme');
  const name = wAttr(fonts, 'eastAsia');
  if (theme) out.font = { theme };
  else if (name) out.font = { name };
  const sz = Number(wAttr(firstChild(rPr, 'w:sz'), 'val'));
  if (Number.isFinite(sz) && sz > 0) out.size = sz / 2;
  return out;
}

function readP(pPr: Element | undefined): PProps {
  const out: PProps = {};
  const sp = pPr && firstChild(pPr, 'w:spacing');
  const line = Number(wAttr(sp, 'line'));
  if (sp && Number.isFinite(line) && wAttr(sp, 'line') !== undefined) {
    out.line = line;
    out.lineRule = wAttr(sp, 'lineRule') ?? 'auto';
  }
  return out;
}

const mergeR = (a: RProps, b: RProps): RProps => ({ font: b.font ?? a.font, size: b.size ?? a.size });
const mergeP = (a: PProps, b: PProps): PProps => (b.line !== undefined ? { line: b.line, lineRule: b.lineRule } : a);

class Styles {
  readonly byId = new Map<string, Style>();
  defaultParagraph?: string;
  docR: RProps = {};
  docP: PProps = {};
  private cache = new Map<string, { r: RProps; p: PProps }>();

  constructor(xml: string | undefined) {
    if (!xml) return;
    const root = parseXml(xml, 'word/styles.xml').documentElement!;
    const defaults = firstChild(root, 'w:docDefaults');
    if (defaults) {
      this.docR = readR(firstChild(firstChild(defaults, 'w:rPrDefault') ?? defaults, 'w:rPr'));
      this.docP = readP(firstChild(firstChild(defaults, 'w:pPrDefault') ?? defaults, 'w:pPr'));
    }
    for (const s of childElements(root)) {
      if (s.nodeName !== 'w:style') continue;
      const id = wAttr(s, 'styleId');
      if (!id) continue;
      const type = wAttr(s, 'type') ?? 'paragraph';
      this.byId.set(id, { type, basedOn: wAttr(firstChild(s, 'w:basedOn'), 'val'), r: readR(firstChild(s, 'w:rPr')), p: readP(firstChild(s, 'w:pPr')) });
      if (type === 'paragraph' && (wAttr(s, 'default') === '1' || wAttr(s, 'default') === 'true')) this.defaultParagraph = id;
    }
  }

  /** Properties of a style with its basedOn chain (root first); cycles are cut. */
  resolve(id: string | undefined, seen = new Set<string>()): { r: RProps; p: PProps } {
    if (!id || seen.has(id)) return { r: {}, p: {} };
    const hit = this.cache.get(id);
    if (hit) return hit;
    const s = this.byId.get(id);
    if (!s) return { r: {}, p: {} };
    seen.add(id);
    const base = this.resolve(s.basedOn, seen);
    const out = { r: mergeR(base.r, s.r), p: mergeP(base.p, s.p) };
    this.cache.set(id, out);
    return out;
  }
}

/** East Asian theme fonts of the theme's font scheme (a:ea, else the Hans script font). */
function themeFonts(xml: string | undefined): Record<string, string | undefined> {
  if (!xml) return {};
  const root = parseXml(xml, 'word/theme/theme1.xml').documentElement!;
  const pick = (kind: string): string | undefined => {
    const el = root.getElementsByTagName(`a:${kind}`)[0];
    if (!el) return undefined;
    const ea = firstChild(el, 'a:ea')?.getAttribute('typeface');
    if (ea) return ea;
    for (const f of childElements(el)) if (f.nodeName === 'a:font' && f.getAttribute('script') === 'Hans') return f.getAttribute('typeface') ?? undefined;
    return undefined;
  };
  const minor = pick('minorFont');
  const major = pick('majorFont');
  return { minorEastAsia: minor, minorHAnsi: minor, minorBidi: minor, majorEastAsia: major, majorHAnsi: major, majorBidi: major };
}

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: string | undefined): number | undefined => {
  const n = Number(twips);
  return twips === undefined || !Number.isFinite(n) ? undefined : Math.round((Math.abs(n) / TWIPS_PER_MM) * 10) / 10;
};

function section(sectPr: Element, firstParagraph: number): SectionLayout {
  const sz = firstChild(sectPr, 'w:pgSz');
  const mar = firstChild(sectPr, 'w:pgMar');
  const out: SectionLayout = { firstParagraph, pageWidth: mm(wAttr(sz, 'w')), pageHeight: mm(wAttr(sz, 'h')) };
  if (mar) {
    const [top, bottom, left, right, gutter] = ['top', 'bottom', 'left', 'right', 'gutter'].map((k) => mm(wAttr(mar, k)));
    if (top !== undefined && bottom !== undefined && left !== undefined && right !== undefined) out.margins = { top, bottom, left: left + (gutter ?? 0), right };
  }
  return out;
}

function spacing(p: PProps): LineSpacing | undefined {
  if (p.line === undefined) return undefined;
  if (p.lineRule === 'exact' || p.lineRule === 'atLeast') return { rule: p.lineRule, value: p.line / 20 };
  return { rule: 'auto', value: Math.round((p.line / 240) * 100) / 100 };
}

function inTable(el: Element): boolean {
  for (let n = el.parentNode; n && isElement(n); n = n.parentNode) if (n.nodeName === 'w:tc') return true;
  return false;
}

/**
 * The layout of a .docx whose extracted paragraphs (readDocx) are
 * `paragraphs`, joined with "\n" into the checked text.
 */
export function readDocxLayout(zip: EntrySource, paragraphs: readonly string[]): DocLayout | undefined {
  const documentXml = partText(zip, 'word/document.xml');
  if (!documentXml) return undefined;
  const doc = parseXml(documentXml, 'word/document.xml');
  const walked = walkParagraphs(doc.documentElement!);
  if (walked.length !== paragraphs.length) return undefined;
  const styles = new Styles(partText(zip, 'word/styles.xml'));
  const theme = themeFonts(partText(zip, 'word/theme/theme1.xml'));
  const fontOf = (f: RProps['font']) => (f && 'theme' in f ? theme[f.theme] : f?.name) || undefined;

  const out: ParagraphLayout[] = [];
  const sections: SectionLayout[] = [];
  let sectionStart = 0;
  let offset = 0;
  walked.forEach((p, i) => {
    const text = paragraphs[i];
    const marker = Math.max(0, markerLength(text, p.text));
    const pPr = firstChild(p.el, 'w:pPr');
    const pStyle = wAttr(pPr && firstChild(pPr, 'w:pStyle'), 'val') ?? styles.defaultParagraph;
    const ps = styles.resolve(pStyle);
    const pProps = mergeP(mergeP(styles.docP, ps.p), readP(pPr));
    const paraR = mergeR(styles.docR, ps.r);
    // the paragraph mark's run properties give the font of Word's list number
    const markR = mergeR(paraR, readR(pPr && firstChild(pPr, 'w:rPr')));
    const runs: RunLayout[] = [];
    const push = (start: number, end: number, r: RProps) => {
      const font = fontOf(r.font);
      const last = runs[runs.length - 1];
      if (last && last.end === start && last.font === font && last.size === r.size) last.end = end;
      else runs.push({ start, end, font, size: r.size });
    };
    if (marker) push(offset, offset + marker, markR);
    const runCache = new Map<Element, RProps>();
    for (const seg of p.segments) {
      let r = seg.run && runCache.get(seg.run);
      if (!r) {
        const rPr = seg.run && firstChild(seg.run, 'w:rPr');
        const rStyle = wAttr(rPr && firstChild(rPr, 'w:rStyle'), 'val');
        r = mergeR(mergeR(paraR, styles.resolve(rStyle).r), readR(rPr));
        if (seg.run) runCache.set(seg.run, r);
      }
      const s = offset + marker + seg.start;
      push(s, s + seg.text.length, r);
    }
    out.push({ start: offset, end: offset + text.length, runs, lineSpacing: spacing(pProps), inTable: inTable(p.el), section: sections.length });
    const sectPr = pPr && firstChild(pPr, 'w:sectPr');
    if (sectPr) {
      sections.push(section(sectPr, sectionStart));
      sectionStart = i + 1;
    }
    offset += text.length + 1;
  });
  const body = firstChild(doc.documentElement!, 'w:body');
  const last = body && firstChild(body, 'w:sectPr');
  sections.push(last ? section(last, sectionStart) : { firstParagraph: sectionStart });
  return { paragraphs: out, sections };
}
