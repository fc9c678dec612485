// Text of a saved web page (.html/.htm): the article body, without
// navigation, headers, footers, scripts and forms. Government sites put the
// plan in one container (TRS_Editor, article-content, zoom …) whose names
// vary, so the container is found by content: the element whose own
// paragraphs hold the most text. Block elements become line breaks.
import type * as HtmlParser from 'node-html-parser';

type HTMLElement = HtmlParser.HTMLElement;
type HtmlNode = HtmlParser.Node;

/** node-html-parser, loaded when the first web page is read (the CLI bundles it apart: scripts/build.mjs). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = (): typeof HtmlParser => require('node-html-parser');

const DROP = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, select, button, svg';
const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'section', 'article', 'table', 'blockquote', 'pre', 'dd', 'dt', 'ul', 'ol', 'main', 'center']);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote', 'center']);

function textLength(el: HTMLElement): number {
  return el.textContent.replace(/\s/g, '').length;
}

/** The element whose child paragraphs (direct, or leaf divs) hold the most text. */
function articleRoot(body: HTMLElement): HTMLElement {
  let best = body;
  let bestScore = 0;
  const visit = (el: HTMLElement, depth: number) => {
    if (depth > 200) return;
    let score = 0;
    for (const c of el.childNodes) {
      if (c.nodeType === lib().NodeType.TEXT_NODE) score += c.textContent.replace(/\s/g, '').length;
      else if (c instanceof lib().HTMLElement) {
        const tag = c.tagName?.toLowerCase() ?? '';
        if (PARAGRAPH.has(tag) || (tag === 'div' && !c.querySelector('div, p, table'))) score += textLength(c);
        visit(c, depth + 1);
      }
    }
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  };
  visit(body, 0);
  return best;
}

function toLines(root: HtmlNode): string {
  let out = '';
  const walk = (n: HtmlNode, depth: number) => {
    if (n.nodeType === lib().NodeType.TEXT_NODE) {
      out += n.textContent.replace(/[\s\u00a0]+/g, (s) => (s.includes('\u00a0') || s.length ? ' ' : ''));
      return;
    }
    if (!(n instanceof lib().HTMLElement) || depth > 500) return;
    const tag = n.tagName?.toLowerCase() ?? '';
    const block = BLOCK.has(tag);
    if (block) out += '\n';
    for (const c of n.childNodes) walk(c, depth + 1);
    if (block) out += '\n';
    else if (tag === 'td' || tag === 'th') out += ' ';
  };
  walk(root, 0);
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l || (i > 0 && all[i - 1]))
    .join('\n')
    .trim();
}

export function htmlText(html: string): string {
  const doc = lib().parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  for (const el of doc.querySelectorAll(DROP)) el.remove();
  const body = doc.querySelector('body') ?? doc;
  const root = articleRoot(body as HTMLElement);
  let text = toLines(root);
  // the page title is often above the content container
  const h1 = doc.querySelector('h1');
  const title = h1?.textContent.replace(/\s+/g, '').trim();
  if (title && !root.querySelector('h1') && !text.replace(/\s/g, '').includes(title)) text = `${title}\n\n${text}`;
  return text;
}
