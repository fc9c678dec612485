// A new .docx from plain text, one paragraph per line, laid out as GB/T
// 9704-2012 asks for body text (A4, 3号仿宋_GB2312, fixed 28磅 line spacing,
// margins 37/35/28/26 mm), so a reviewer of a .txt draft gets the same
// annotated Word document as for a .docx draft. Built as a DOM and
// serialised, never by pasting text into markup.
import { DOMImplementation } from '@xmldom/xmldom';
import { serializeXml, W_NS } from './dom';
import { writePackage } from './package';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const ROOT_RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
// 3号 = 16 pt = 32 half-points; exact 28 pt = 560 twips
const STYLES = `${DECL}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

/** A .docx whose paragraphs are `lines` (tabs become w:tab). */
export function newDocx(lines: readonly string[]): Uint8Array {
  const doc = new DOMImplementation().createDocument(W_NS, 'w:document', null);
  const el = (name: string, attrs: Record<string, string> = {}) => {
    const e = doc.createElementNS(W_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W_NS, k, v);
    return e;
  };
  const body = el('w:body');
  doc.documentElement!.appendChild(body);
  for (const line of lines) {
    const p = el('w:p');
    if (line) {
      const r = el('w:r');
      line.split('\t').forEach((part, i) => {
        if (i) r.appendChild(el('w:tab'));
        if (!part) return;
        const t = el('w:t');
        t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
        t.appendChild(doc.createTextNode(part));
        r.appendChild(t);
      });
      p.appendChild(r);
    }
    body.appendChild(p);
  }
  const sect = el('w:sectPr');
  sect.appendChild(el('w:pgSz', { 'w:w': '11906', 'w:h': '16838' }));
  // GB/T 9704-2012 5.2.1: top 37 mm, left 28 mm, text block 156 × 225 mm
  sect.appendChild(el('w:pgMar', { 'w:top': '2098', 'w:right': '1474', 'w:bottom': '1984', 'w:left': '1588', 'w:header': '851', 'w:footer': '992', 'w:gutter': '0' }));
  body.appendChild(sect);
  return writePackage([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: DECL + serializeXml(doc) },
    { name: 'word/_rels/document.xml.rels', data: DOC_RELS },
    { name: 'word/styles.xml', data: STYLES },
  ]);
}
