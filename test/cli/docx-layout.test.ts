// The layout the format rules read from a .docx: style inheritance, theme
// fonts, line spacing and sections, resolved like Word does.
import { strict as assert } from 'node:assert';
import { readDocx } from '../../server/src/node/docx';
import { readDocxLayout } from '../../server/src/docx/layout';
import { sourceFromBytes } from '../../server/src/node/source';
import { ZipReader } from '../../server/src/node/zip';
import { reviewDraft, para, wordPackage } from '../support/word-package';
import { cli, tempDir } from './support';

function layoutOf(bytes: Buffer) {
  return readDocxLayout(new ZipReader(bytes), readDocx(bytes).paragraphs)!;
}

describe('reading the layout of a .docx', () => {
  it('resolves fonts through defaults, paragraph styles (basedOn), character styles and direct formatting', () => {
    const body = [
      para({ runs: [['正文段落']] }), // Normal: 仿宋_GB2312 16
      para({ pPr: '<w:pStyle w:val="1"/>', runs: [['一、总体要求']] }), // heading 1 based on Normal: 黑体, size inherited
      para({ runs: [['主题字体'], ['直接宋体', '<w:rFonts w:eastAsia="宋体"/><w:sz w:val="24"/>']] }),
      para({ runs: [['主题', '<w:rFonts w:eastAsiaTheme="minorEastAsia"/>']] }),
      para({ pPr: '<w:spacing w:line="360" w:lineRule="auto"/><w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:gutter="0"/></w:sectPr>', runs: [['第一节末段']] }),
      para({ runs: [['第二节']] }),
    ].join('');
    const l = layoutOf(wordPackage({ body, comments: false }));
    const fonts = l.paragraphs.map((p) => p.runs.map((r) => [r.font, r.size]));
    assert.deepEqual(fonts, [
      [['仿宋_GB2312', 16]],
      [['黑体', 16]],
      [['仿宋_GB2312', 16], ['宋体', 12]],
      [['等线', 16]], // theme minor East Asian font (the Hans script font of the scheme)
      [['仿宋_GB2312', 16]],
      [['仿宋_GB2312', 16]],
    ]);
    assert.deepEqual(l.paragraphs[0].lineSpacing, { rule: 'exact', value: 28 });
    assert.deepEqual(l.paragraphs[4].lineSpacing, { rule: 'auto', value: 1.5 });
    assert.deepEqual(l.paragraphs.map((p) => p.section), [0, 0, 0, 0, 0, 1]);
    assert.deepEqual(l.sections[0], { firstParagraph: 0, pageWidth: 215.9, pageHeight: 279.4, margins: { top: 25.4, bottom: 25.4, left: 31.7, right: 31.7 } });
    assert.deepEqual(l.sections[1], { firstParagraph: 5, pageWidth: 210, pageHeight: 297, margins: { top: 37, bottom: 35, left: 28, right: 26 } });
  });

  it('leaves unset properties undefined (only what the document says is judged)', () => {
    const styles = '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
    const l = layoutOf(wordPackage({ body: para({ runs: [['无样式']] }), styles, comments: false }));
    assert.deepEqual(l.paragraphs[0].runs, [{ start: 0, end: 3, font: undefined, size: undefined }]);
    assert.equal(l.paragraphs[0].lineSpacing, undefined);
  });

  it('fsplan check reports format findings on a Word draft and none on its text', async () => {
    const bad = wordPackage({ body: [para({ pPr: '<w:pStyle w:val="Title"/>', runs: [['红桥区2025年食品安全监督管理计划', '<w:rFonts w:eastAsia="宋体"/>']] }), para({ runs: [['一、总体要求']] })].join(''), comments: false });
    const dir = tempDir({ 'a.docx': bad, 'ok.docx': reviewDraft() });
    const r = await cli(['check', 'a.docx', '--format', 'json'], { cwd: dir });
    const ids = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0].messages.filter((m) => m.ruleId.startsWith('format/'));
    assert.deepEqual(ids.map((m) => m.message), ['标题字体为“宋体”，应为小标宋', '一级标题（一、）字体为“仿宋_GB2312”，应为黑体']);
    const ok = await cli(['check', 'ok.docx', '--format', 'json'], { cwd: dir });
    assert.deepEqual((JSON.parse(ok.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0].messages.filter((m) => m.ruleId.startsWith('format/')), []);
    assert.ok(sourceFromBytes('x.docx', reviewDraft()).layout);
  });
});
