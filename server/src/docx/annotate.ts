// Writes an annotated copy of a .docx: Word comments (批注) anchored on
// ranges of the extracted text, and tracked changes (修订: w:del + w:ins)
// for replacements. Only three parts change: word/document.xml gets the
// comment range markers, reference runs and revision marks (targeted DOM
// edits: runs are split where a range starts or ends, nothing else is
// rewritten); word/comments.xml is created or extended; the content types
// and the document's relationships get their comments entries when missing.
// Every other part is copied byte for byte.
import type { Document, Element, Node } from '@xmldom/xmldom';
import { docxText } from '../input/docx';
import { ZipError } from '../input/zip';
import { childElements, DocxXmlError, firstChild, isElement, markerLength, parseXml, serializeXml, walkParagraphs, W_NS } from './dom';
import { once, partText, WordPackage, writePackage } from './package';

/** A place in the extracted text: paragraph index (0-based) and UTF-16 offset in it. */
export interface TextPoint {
  para: number;
  col: number;
}

export interface CommentMark {
  from: TextPoint;
  to: TextPoint;
  /** Paragraphs of the comment text. */
  text: string[];
}

export interface ChangeMark {
  para: number;
  start: number;
  end: number;
  newText: string;
}

export interface AnnotateOptions {
  author: string;
  initials: string;
  /** ISO 8601 date of the annotations (w:date). */
  date: Date;
}

export interface AnnotateResult {
  bytes: Uint8Array;
  comments: number;
  /** Changes written as tracked changes. */
  changes: number;
  /** Changes that could not be tracked (across paragraphs, on Word's generated list numbers, inside fields …); their comment still stands. */
  skippedChanges: number;
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Run children a tracked deletion may wrap: text and the characters the walk counts. */
const PLAIN_RUN_CHILDREN = new Set(['w:rPr', 'w:t', 'w:tab', 'w:br', 'w:cr', 'w:noBreakHyphen', 'w:softHyphen', 'w:lastRenderedPageBreak']);
/** Siblings a tracked deletion may wrap besides runs (range markers stay where they are inside it). */
const MARKUP = new Set(['w:commentRangeStart', 'w:commentRangeEnd', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:proofErr', 'w:permStart', 'w:permEnd']);

interface Boundary {
  parent: Node;
  before: Node | null;
}

function isoDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Highest numeric w:id in a part (comments, revisions, bookmarks share no space, but unique ids are always safe). */
function maxId(xml: string): number {
  let max = -1;
  const re = /\sw:id="(\d{1,9})"/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) max = Math.max(max, Number(m[1]));
  return max;
}

class Editor {
  readonly doc: Document;
  constructor(doc: Document) {
    this.doc = doc;
  }

  el(name: string, attrs: Record<string, string> = {}): Element {
    const e = this.doc.createElementNS(W_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(k === 'xml:space' ? XML_NS : W_NS, k, v);
    return e;
  }

  textEl(name: 'w:t' | 'w:delText', text: string): Element {
    const t = this.el(name, { 'xml:space': 'preserve' });
    t.appendChild(this.doc.createTextNode(text));
    return t;
  }

  /** Splits `run` so that `node` (a child of it) starts a new run; returns the new run. */
  splitRunBefore(run: Element, node: Element): Element {
    const copy = this.doc.createElementNS(run.namespaceURI ?? W_NS, run.nodeName);
    for (let i = 0; i < run.attributes.length; i++) {
      const a = run.attributes.item(i)!;
      if (!/^w:rsid/.test(a.name)) copy.setAttributeNS(a.namespaceURI ?? null, a.name, a.value);
    }
    const rPr = firstChild(run, 'w:rPr');
    if (rPr) copy.appendChild(rPr.cloneNode(true));
    let c: Node | null = node;
    while (c) {
      const next: Node | null = c.nextSibling;
      copy.appendChild(c);
      c = next;
    }
    run.parentNode!.insertBefore(copy, run.nextSibling);
    return copy;
  }

  /** Splits a w:t at `k` characters: the text after k goes into a new w:t in a new run. */
  splitText(seg: { node: Element; run?: Element }, k: number): void {
    const text = seg.node.textContent ?? '';
    const tail = this.textEl('w:t', text.slice(k));
    while (seg.node.firstChild) seg.node.removeChild(seg.node.firstChild);
    seg.node.appendChild(this.doc.createTextNode(text.slice(0, k)));
    seg.node.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    seg.node.parentNode!.insertBefore(tail, seg.node.nextSibling);
    if (seg.run) this.splitRunBefore(seg.run, tail);
  }

  /**
   * Where text position `p` of paragraph `para` is, as an insertion point
   * between runs (runs are split as needed). `bias` 'start': before the
   * character at p; 'end': after the character before p.
   */
  boundary(para: Element, p: number, bias: 'start' | 'end'): Boundary | undefined {
    const own = () => walkParagraphs(para).find((x) => x.el === para)!;
    let segs = own().segments;
    const inside = segs.find((s) => s.start < p && p < s.start + s.text.length);
    if (inside) {
      if (!inside.run || inside.node.nodeName !== 'w:t') return undefined;
      this.splitText(inside, p - inside.start);
      segs = own().segments;
    }
    if (bias === 'start') {
      const seg = segs.find((s) => s.start >= p);
      if (!seg) return p > 0 ? this.boundary(para, p, 'end') : this.paragraphStart(para);
      if (!seg.run) return undefined;
      const prev = prevContent(seg.node);
      const run = prev ? this.splitRunBefore(seg.run, seg.node) : seg.run;
      return { parent: run.parentNode!, before: run };
    }
    const ends = segs.filter((s) => s.start + s.text.length <= p);
    const seg = ends[ends.length - 1];
    if (!seg) return this.paragraphStart(para);
    if (!seg.run) return undefined;
    const next = nextContent(seg.node);
    if (next) this.splitRunBefore(seg.run, next);
    return { parent: seg.run.parentNode!, before: seg.run.nextSibling };
  }

  paragraphStart(para: Element): Boundary {
    const pPr = firstChild(para, 'w:pPr');
    return { parent: para, before: pPr ? pPr.nextSibling : para.firstChild };
  }

  paragraphEnd(para: Element): Boundary {
    return { parent: para, before: null };
  }
}

function prevContent(n: Node): Node | null {
  let c = n.previousSibling;
  while (c && !(isElement(c) && c.nodeName !== 'w:rPr')) c = c.previousSibling;
  return c;
}

function nextContent(n: Node): Element | null {
  let c = n.nextSibling;
  while (c && !isElement(c)) c = c.nextSibling;
  return (c as Element) ?? null;
}

/** Paragraph elements of document.xml in extracted-text order, with the length of Word's list number before the run text (-1: texts disagree). */
function alignParagraphs(doc: Document, extracted: readonly string[]): Array<{ el: Element; marker: number }> {
  const walked = walkParagraphs(doc.documentElement!);
  if (walked.length !== extracted.length) {
    throw new DocxXmlError(`无法把检查结果对应到文档中的段落（读取到 ${extracted.length} 段，结构中有 ${walked.length} 段）`);
  }
  return walked.map((p, i) => ({ el: p.el, marker: markerLength(extracted[i], p.text) }));
}

function ensureContentType(xml: string | undefined, comments: boolean): string {
  const doc = parseXml(xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${CT_NS}"/>`, '[Content_Types].xml');
  const root = doc.documentElement!;
  // relationship parts need their type (a package written by a tool may lack it)
  if (!childElements(root).some((e) => e.localName === 'Default' && e.getAttribute('Extension')?.toLowerCase() === 'rels')) {
    const d = doc.createElementNS(CT_NS, 'Default');
    d.setAttribute('Extension', 'rels');
    d.setAttribute('ContentType', 'application/vnd.openxmlformats-package.relationships+xml');
    root.insertBefore(d, root.firstChild);
  }
  const has = childElements(root).some((e) => e.localName === 'Override' && e.getAttribute('PartName') === '/word/comments.xml');
  if (comments && !has) {
    const o = doc.createElementNS(CT_NS, 'Override');
    o.setAttribute('PartName', '/word/comments.xml');
    o.setAttribute('ContentType', COMMENTS_TYPE);
    root.appendChild(o);
  }
  return serializeXml(doc);
}

function ensureRelationship(xml: string | undefined): string {
  const doc = parseXml(xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}"/>`, 'word/_rels/document.xml.rels');
  const root = doc.documentElement!;
  const rels = childElements(root).filter((e) => e.localName === 'Relationship');
  if (!rels.some((e) => e.getAttribute('Type') === COMMENTS_REL)) {
    const ids = new Set(rels.map((e) => e.getAttribute('Id')));
    let n = rels.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const r = doc.createElementNS(REL_NS, 'Relationship');
    r.setAttribute('Id', `rId${n}`);
    r.setAttribute('Type', COMMENTS_REL);
    r.setAttribute('Target', 'comments.xml');
    root.appendChild(r);
  }
  return serializeXml(doc);
}

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const COMMENTS_ROOT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}"/>`;

/**
 * Annotates the .docx `source` holds; returns the bytes of the annotated
 * copy. Positions refer to the paragraphs input/docx.ts extracts from the
 * same package (list numbers Word generates included). Throws ZipError or
 * DocxXmlError (Chinese messages) for a package it cannot read.
 */
export function annotatePackage(source: WordPackage, comments: readonly CommentMark[], changes: readonly ChangeMark[], opts: AnnotateOptions): AnnotateResult {
  const zip = once(source);
  const read = (name: string) => partText(zip, name);
  const documentXml = read('word/document.xml');
  if (documentXml === undefined) throw new ZipError('corrupt', '这不是 Word 文档（缺少 word/document.xml）');
  const extracted = docxText(zip).paragraphs;
  const doc = parseXml(documentXml, 'word/document.xml');
  const paras = alignParagraphs(doc, extracted);
  const ed = new Editor(doc);
  const existingComments = read('word/comments.xml');
  let nextId = Math.max(maxId(documentXml), maxId(existingComments ?? ''), maxId(read('word/footnotes.xml') ?? ''), maxId(read('word/endnotes.xml') ?? '')) + 1;
  const date = isoDate(opts.date);

  // -- comments: range markers only, so the text stays the same for the changes below
  const commentsDoc = parseXml(existingComments ?? COMMENTS_ROOT, 'word/comments.xml');
  const cdoc = new Editor(commentsDoc);
  let written = 0;
  const point = (pt: TextPoint, bias: 'start' | 'end'): Boundary => {
    const p = paras[Math.min(Math.max(0, pt.para), paras.length - 1)];
    const clamp = (c: number) => Math.max(0, c);
    if (p.marker < 0) return bias === 'start' ? ed.paragraphStart(p.el) : ed.paragraphEnd(p.el);
    const col = clamp(pt.col - p.marker);
    return ed.boundary(p.el, col, bias) ?? (bias === 'start' ? ed.paragraphStart(p.el) : ed.paragraphEnd(p.el));
  };
  for (const c of comments) {
    const id = String(nextId++);
    // the end first: splitting for the end never moves the start's place
    const end = point(c.to, 'end');
    const rangeEnd = ed.el('w:commentRangeEnd', { 'w:id': id });
    end.parent.insertBefore(rangeEnd, end.before);
    const ref = ed.el('w:r');
    ref.appendChild(ed.el('w:commentReference', { 'w:id': id }));
    end.parent.insertBefore(ref, rangeEnd.nextSibling);
    const start = point(c.from, 'start');
    start.parent.insertBefore(ed.el('w:commentRangeStart', { 'w:id': id }), start.before);

    const comment = cdoc.el('w:comment', { 'w:id': id, 'w:author': opts.author, 'w:date': date, 'w:initials': opts.initials });
    c.text.forEach((line, i) => {
      const p = cdoc.el('w:p');
      if (i === 0) {
        const r = cdoc.el('w:r');
        r.appendChild(cdoc.el('w:annotationRef'));
        p.appendChild(r);
      }
      const r = cdoc.el('w:r');
      r.appendChild(cdoc.textEl('w:t', line));
      p.appendChild(r);
      comment.appendChild(p);
    });
    commentsDoc.documentElement!.appendChild(comment);
    written++;
  }

  // -- tracked changes, last first: a change only moves the text after it
  let tracked = 0;
  let skipped = 0;
  const sorted = [...changes].sort((a, b) => b.para - a.para || b.start - a.start);
  for (const ch of sorted) {
    const p = paras[ch.para];
    if (!p || p.marker < 0 || ch.start < p.marker || /[\r\n]/.test(ch.newText)) {
      skipped++;
      continue;
    }
    if (trackChange(ed, p.el, ch.start - p.marker, ch.end - p.marker, ch.newText, () => String(nextId++), opts.author, date)) tracked++;
    else skipped++;
  }

  const changed = new Map<string, string>([
    ['word/document.xml', serializeXml(doc)],
  ]);
  // the package relationship to the main part: readers other than ours need it
  if (!zip.has('_rels/.rels')) changed.set('_rels/.rels', ROOT_RELS);
  if (written || changed.has('_rels/.rels')) changed.set('[Content_Types].xml', ensureContentType(read('[Content_Types].xml'), written > 0));
  if (written) {
    changed.set('word/comments.xml', serializeXml(commentsDoc));
    changed.set('word/_rels/document.xml.rels', ensureRelationship(read('word/_rels/document.xml.rels')));
  }
  const files: Array<{ name: string; data: Uint8Array | string }> = [];
  for (const name of zip.entries.keys()) {
    const data = changed.get(name);
    files.push({ name, data: data ?? zip.read(name) ?? new Uint8Array(0) });
    changed.delete(name);
  }
  for (const [name, data] of changed) files.push({ name, data });
  return { bytes: writePackage(files), comments: written, changes: tracked, skippedChanges: skipped };
}

/** Wraps the runs of [s, e) in w:del and puts `newText` in a w:ins after them; false when the range is not plain run text under one parent. */
function trackChange(ed: Editor, para: Element, s: number, e: number, newText: string, id: () => string, author: string, date: string): boolean {
  const own = walkParagraphs(para).find((x) => x.el === para)!;
  if (e > own.text.length || s > e) return false;
  // every character in the range must be plain run text
  const covered = own.segments.filter((g) => g.start < e && g.start + g.text.length > s);
  if (covered.some((g) => !g.run || [...childElements(g.run)].some((c) => !PLAIN_RUN_CHILDREN.has(c.nodeName)))) return false;
  // template run for the inserted text: the first deleted run, else the run before the insertion point, else the one after
  const neighbour = covered[0] ?? [...own.segments].reverse().find((g) => g.start + g.text.length <= s) ?? own.segments.find((g) => g.start >= s);
  if (s === e && !newText) return false;
  let startB: Boundary | undefined;
  let endB: Boundary | undefined;
  if (s < e) {
    endB = ed.boundary(para, e, 'end');
    startB = ed.boundary(para, s, 'start');
    if (!startB || !endB || startB.parent !== endB.parent) return false;
    const nodes: Element[] = [];
    for (let n: Node | null = startB.before; n && n !== endB.before; n = n.nextSibling) {
      if (!isElement(n)) continue;
      if (n.nodeName === 'w:r') {
        if (childElements(n).some((c) => !PLAIN_RUN_CHILDREN.has(c.nodeName))) return false;
      } else if (!MARKUP.has(n.nodeName)) return false;
      nodes.push(n);
    }
    if (!nodes.some((n) => n.nodeName === 'w:r')) return false;
    const del = ed.el('w:del', { 'w:id': id(), 'w:author': author, 'w:date': date });
    startB.parent.insertBefore(del, nodes[0]);
    for (const n of nodes) {
      del.appendChild(n);
      if (n.nodeName !== 'w:r') continue;
      for (const t of childElements(n)) {
        if (t.nodeName !== 'w:t') continue;
        const dt = ed.textEl('w:delText', t.textContent ?? '');
        n.replaceChild(dt, t);
      }
    }
    endB = { parent: del.parentNode!, before: del.nextSibling };
  } else {
    endB = s > 0 ? ed.boundary(para, s, 'end') : ed.boundary(para, s, 'start');
    if (!endB) return false;
  }
  if (newText) {
    const ins = ed.el('w:ins', { 'w:id': id(), 'w:author': author, 'w:date': date });
    const run = ed.el('w:r');
    const rPr = neighbour?.run && firstChild(neighbour.run, 'w:rPr');
    if (rPr) run.appendChild(rPr.cloneNode(true));
    newText.split('\t').forEach((part, i) => {
      if (i) run.appendChild(ed.el('w:tab'));
      if (part) run.appendChild(ed.textEl('w:t', part));
    });
    ins.appendChild(run);
    endB.parent.insertBefore(ins, endB.before);
  }
  return true;
}
