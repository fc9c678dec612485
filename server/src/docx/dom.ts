// document.xml as a DOM (@xmldom/xmldom) for the features that must know
// where a character of the extracted text lives: annotating a copy of the
// document (annotate.ts) and reading its layout (layout.ts). The walk mirrors
// the text reader input/docx.ts exactly: the same paragraphs in the same order
// (a paragraph is emitted when it closes, so a text-box paragraph comes before
// the paragraph holding it), the same skipped content (deleted text, field
// codes, fallback content), and the same characters (w:t text, w:tab → "\t",
// w:br/w:cr → " ", w:noBreakHyphen → "-"). input/docx.ts writes Word's
// generated list numbers in front of the run text; `markerLength` recovers
// that prefix by comparing with the extracted text, so an offset of the
// extracted text maps to a node here.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Document, Element, Node } from '@xmldom/xmldom';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Elements whose content Word does not show (input/docx.ts skips the same). */
const SKIP = new Set(['mc:Fallback', 'w:pPrChange', 'w:rPrChange', 'w:numberingChange', 'w:del', 'w:moveFrom', 'w:instrText', 'w:delText']);

/** One character source inside a paragraph: a w:t (its text) or a one-character element. */
export interface Segment {
  node: Element;
  /** Offset of the segment in the paragraph's run text. */
  start: number;
  text: string;
  /** The w:r holding it (undefined for a w:t outside a run, which Word does not write). */
  run?: Element;
}

export interface DomParagraph {
  el: Element;
  /** Text of the runs (without Word's generated list number). */
  text: string;
  segments: Segment[];
}

export class DocxXmlError extends Error {}

export function parseXml(xml: string, part: string): Document {
  let failure: string | undefined;
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning' && !failure) failure = msg;
    },
  }).parseFromString(xml, 'text/xml');
  if (failure || !doc.documentElement) throw new DocxXmlError(`${part} 不是有效的 XML（${failure ?? '没有根元素'}）`);
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === 1;
}

export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

export function firstChild(el: Element, name: string): Element | undefined {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c) && c.nodeName === name) return c;
  return undefined;
}

function textOf(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 || c.nodeType === 4) s += (c as unknown as { data: string }).data;
  return s.replace(/[\r\n]/g, ' ');
}

/**
 * Paragraphs of `root` (the whole document or one w:p) in the order input/docx.ts
 * emits them. Iterative, so deeply nested content cannot overflow the stack.
 */
export function walkParagraphs(root: Element): DomParagraph[] {
  const out: DomParagraph[] = [];
  const open: DomParagraph[] = [];
  // explicit stack of [element, entered?]
  const stack: Array<[Element, boolean, boolean]> = [[root, false, false]];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [el, entered, inPPr] = top;
    if (entered) {
      stack.pop();
      if (el.nodeName === 'w:p') {
        const p = open.pop();
        if (p) out.push(p);
      }
      continue;
    }
    top[1] = true;
    const name = el.nodeName;
    if (SKIP.has(name)) {
      stack.pop();
      continue;
    }
    const cur = open[open.length - 1];
    if (name === 'w:p') open.push({ el, text: '', segments: [] });
    else if (cur) {
      let ch: string | undefined;
      if (name === 'w:t') ch = textOf(el);
      else if (name === 'w:tab') ch = inPPr ? undefined : '\t';
      else if (name === 'w:br' || name === 'w:cr') ch = ' ';
      else if (name === 'w:noBreakHyphen') ch = '-';
      if (ch !== undefined) {
        const run = el.parentNode && isElement(el.parentNode) && el.parentNode.nodeName === 'w:r' ? el.parentNode : undefined;
        if (ch) cur.segments.push({ node: el, start: cur.text.length, text: ch, run });
        cur.text += ch;
      }
    }
    const kids = childElements(el);
    const childInPPr = inPPr || name === 'w:pPr';
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false, childInPPr]);
  }
  return out;
}

/** Length of the list-number prefix input/docx.ts wrote before the run text, or -1 when the texts disagree. */
export function markerLength(extracted: string, runText: string): number {
  const clean = runText.replace(/[\r\n]/g, ' ');
  if (!extracted.endsWith(clean)) return -1;
  return extracted.length - clean.length;
}
