// A Word package in the shape Word writes (styles, numbering, header, footer,
// an existing comment, a hyperlink, a table, a tracked insertion by a person,
// bookmarks, runs split mid-word) for the review and layout tests.
import { writeZip } from './zip';
import { escapeXml } from '../../server/src/input/xml';

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'mc:Ignorable="w14"',
].join(' ');
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export interface RichParagraph {
  /** Runs; each is [text, rPr xml]. */
  runs: Array<[string, string?]>;
  pPr?: string;
}

const run = ([t, rPr]: [string, string?]) => `<w:r w:rsidR="00A1">${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
export const para = (p: RichParagraph) => `<w:p w14:paraId="1A2B3C4D">${p.pPr ? `<w:pPr>${p.pPr}</w:pPr>` : ''}${p.runs.map(run).join('')}</w:p>`;

export interface WordPackage {
  body: string;
  styles?: string;
  theme?: string;
  comments?: boolean;
  sectPr?: string;
}

export const HEADER_XML = `${DECL}<w:hdr ${NS}><w:p><w:r><w:t>红桥区人民政府办公室文件</w:t></w:r></w:p></w:hdr>`;
export const FOOTER_XML = `${DECL}<w:ftr ${NS}><w:p><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`;
export const EXISTING_COMMENTS = `${DECL}<w:comments ${NS}><w:comment w:id="0" w:author="张科长" w:date="2025-01-02T09:00:00Z" w:initials="张"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>请核实数据来源。</w:t></w:r></w:p></w:comment></w:comments>`;

export const DEFAULT_STYLES = `${DECL}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="21"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style><w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style></w:styles>`;

export const THEME = `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;

export const A4_SECT = '<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';

export function wordPackage(pkg: WordPackage): Buffer {
  const comments = pkg.comments ?? true;
  const types = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>',
    '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
    comments ? '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' : '',
  ].join('');
  const rels = [
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
    '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>',
    '<Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>',
    '<Relationship Id="rId13" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/plan" TargetMode="External"/>',
    comments ? '<Relationship Id="rId14" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : '',
  ].join('');
  const files = [
    { name: '[Content_Types].xml', data: `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types}</Types>` },
    { name: '_rels/.rels', data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` },
    { name: 'word/document.xml', data: `${DECL}<w:document ${NS}><w:body>${pkg.body}${pkg.sectPr ?? A4_SECT}</w:body></w:document>` },
    { name: 'word/_rels/document.xml.rels', data: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    { name: 'word/styles.xml', data: pkg.styles ?? DEFAULT_STYLES },
    { name: 'word/header1.xml', data: HEADER_XML },
    { name: 'word/footer1.xml', data: FOOTER_XML },
    { name: 'word/theme/theme1.xml', data: pkg.theme ?? THEME },
  ];
  if (comments) files.push({ name: 'word/comments.xml', data: EXISTING_COMMENTS });
  return writeZip(files);
}

/** A district plan as Word writes it: split runs, a hyperlink, a person's comment and tracked insertion, a table. */
export function reviewDraft(): Buffer {
  const body = [
    para({ pPr: '<w:pStyle w:val="Title"/><w:jc w:val="center"/>', runs: [['红桥区2025年食品'], ['安全监督管理计划']] }),
    para({ runs: [['为做好我区2025年食品安全工作，根据'], ['《天津市2025年食品安全监督管理计划》', '<w:rStyle w:val="Strong"/>'], ['，结合我区实际，制定本计划。']] }),
    para({ pPr: '<w:pStyle w:val="1"/>', runs: [['一、落实监管责任']] }),
    // "1、" split over two runs; a bookmark between runs
    `<w:p><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:t>1</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>、健全责任</w:t></w:r><w:bookmarkEnd w:id="0"/><w:r><w:t>体系。完善区、街两级食品安全工作机制。（区食安办牵头，各街道按职责分工负责）</w:t></w:r></w:p>`,
    // a person's comment and tracked insertion already there; a hyperlink
    `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>2、强化企业主体责任。</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:ins w:id="5" w:author="张科长" w:date="2025-01-02T09:00:00Z"><w:r><w:t>督促企业配齐食品安全员，</w:t></w:r></w:ins><w:hyperlink r:id="rId13"><w:r><w:t>企业自查率达到100%。</w:t></w:r></w:hyperlink><w:r><w:t>（区市场监管局负责）</w:t></w:r></w:p>`,
    para({ pPr: '<w:pStyle w:val="1"/>', runs: [['二、严把源头关口']] }),
    para({ runs: [['3.加强农产品质量安全监管。食用农产品例行监测合格率稳定在98%以上。（区农业农村委负责）']] }),
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${para({ runs: [['指标']] })}</w:tc><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${para({ runs: [['目标值']] })}</w:tc></w:tr></w:tbl>`,
    para({ runs: [['4、加强校园食品安全管理。学校食堂“互联网+明厨亮灶”覆盖率达到100%。（区教育局、区市场监管局按职责分工负责）']] }),
  ].join('');
  return wordPackage({ body });
}
