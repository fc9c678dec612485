// Checks of the WordprocessingML rules Word is strict about (ECMA-376 Part 1,
// 17.13.4 comments, 17.13.5 revisions; Part 2 (OPC) content types and
// relationships): a file that breaks one of these opens in Word only after
// "Word found unreadable content". Returns the problems found.
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import { ZipReader } from '../../server/src/node/zip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function parse(xml: string, part: string, problems: string[]) {
  if (!xml) {
    problems.push(`${part} missing`);
    xml = '<missing/>';
  }
  const doc = new DOMParser({ onError: (level, msg) => level !== 'warning' && problems.push(`${part}: ${msg}`) }).parseFromString(xml, 'text/xml');
  return doc;
}

function all(doc: { getElementsByTagNameNS(ns: string, n: string): ArrayLike<Element> }, name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(W, name));
}

export function ooxmlProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const zip = new ZipReader(bytes);
  const text = (n: string) => zip.read(n)?.toString('utf8');
  const types = text('[Content_Types].xml');
  if (!types) return ['[Content_Types].xml missing'];
  const ct = parse(types, '[Content_Types].xml', problems);
  const overrides = new Map(Array.from(ct.getElementsByTagName('Override')).map((o) => [o.getAttribute('PartName'), o.getAttribute('ContentType')]));
  const defaults = new Map(Array.from(ct.getElementsByTagName('Default')).map((o) => [o.getAttribute('Extension')?.toLowerCase(), o.getAttribute('ContentType')]));
  for (const name of zip.entries.keys()) {
    if (name.endsWith('/')) continue;
    const ext = name.split('.').pop()?.toLowerCase();
    if (!overrides.has('/' + name) && !defaults.has(ext)) problems.push(`no content type for ${name}`);
  }
  for (const part of overrides.keys()) if (part && !zip.has(part.slice(1))) problems.push(`content type for missing part ${part}`);

  const rootRels = text('_rels/.rels');
  if (!rootRels || !/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/officeDocument" Target="\/?word\/document\.xml"/.test(rootRels)) problems.push('_rels/.rels does not point to word/document.xml');
  const relsXml = text('word/_rels/document.xml.rels') ?? '';
  const rels = Array.from(parse(relsXml, 'document.xml.rels', problems).getElementsByTagName('Relationship'));
  const relIds = rels.map((r) => r.getAttribute('Id'));
  if (new Set(relIds).size !== relIds.length) problems.push('duplicate relationship ids');
  for (const r of rels) {
    if (r.getAttribute('TargetMode') === 'External') continue;
    const target = 'word/' + r.getAttribute('Target');
    if (!zip.has(target)) problems.push(`relationship ${r.getAttribute('Id')} to missing part ${target}`);
  }

  const document = parse(text('word/document.xml') ?? '', 'document.xml', problems);
  const commentsXml = text('word/comments.xml');
  const commentIds = new Set<string>();
  if (commentsXml) {
    if (!rels.some((r) => r.getAttribute('Type')?.endsWith('/relationships/comments') && r.getAttribute('Target') === 'comments.xml')) problems.push('comments.xml has no relationship');
    if (overrides.get('/word/comments.xml') !== 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml') problems.push('comments.xml has no comments content type');
    const cdoc = parse(commentsXml, 'comments.xml', problems);
    if (cdoc.documentElement?.namespaceURI !== W || cdoc.documentElement?.localName !== 'comments') problems.push('comments.xml root is not w:comments');
    for (const c of all(cdoc, 'comment')) {
      const id = c.getAttributeNS(W, 'id');
      if (!id || !/^-?\d+$/.test(id)) problems.push(`comment without integer w:id`);
      else if (commentIds.has(id)) problems.push(`duplicate comment id ${id}`);
      else commentIds.add(id);
      if (!c.getAttributeNS(W, 'author')) problems.push(`comment ${id} without w:author`);
      const date = c.getAttributeNS(W, 'date');
      if (date && !DATE.test(date)) problems.push(`comment ${id} with bad w:date ${date}`);
      if (!all(c as never, 'p').length) problems.push(`comment ${id} has no paragraph`);
    }
  }
  for (const kind of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) {
    const seen = new Set<string>();
    for (const e of all(document, kind)) {
      const id = e.getAttributeNS(W, 'id') ?? '';
      if (!commentIds.has(id)) problems.push(`${kind} ${id} without a comment`);
      if (seen.has(id)) problems.push(`duplicate ${kind} ${id}`);
      seen.add(id);
    }
  }
  for (const id of commentIds) if (!all(document, 'commentReference').some((e) => e.getAttributeNS(W, 'id') === id)) problems.push(`comment ${id} is never referenced`);

  const revIds = new Set<string>();
  for (const kind of ['ins', 'del']) {
    for (const e of all(document, kind)) {
      const id = e.getAttributeNS(W, 'id');
      if (!id || !/^\d+$/.test(id)) problems.push(`w:${kind} without integer w:id`);
      else if (revIds.has(id)) problems.push(`duplicate revision id ${id}`);
      else revIds.add(id);
      if (!e.getAttributeNS(W, 'author')) problems.push(`w:${kind} ${id} without w:author`);
      const date = e.getAttributeNS(W, 'date');
      if (!date || !DATE.test(date)) problems.push(`w:${kind} ${id} without a valid w:date`);
      if (kind === 'del' && all(e as never, 't').length) problems.push(`w:del ${id} holds w:t (must be w:delText)`);
      if (kind === 'ins' && all(e as never, 'delText').length && !all(e as never, 'del').length) problems.push(`w:ins ${id} holds w:delText`);
    }
  }
  return problems;
}
