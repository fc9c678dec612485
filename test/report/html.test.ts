// The report's building blocks: escaping, excerpts, chart labels.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { labelLines } from '../../server/src/report/chart';
import { escapeHtml, html, Html, safeHref, trusted } from '../../server/src/report/html';
import { excerptOf } from '../../server/src/report/model';

describe('report: html', () => {
  const cases: Array<[string, string]> = [
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["区'食安办'&", '区&#39;食安办&#39;&amp;'],
    ['&amp;', '&amp;amp;'],
    ['a\u0000b\u0007c\td\ne', 'a\ufffdb\ufffdc\td\ne'],
    ['（区市场监管局负责）', '（区市场监管局负责）'],
  ];
  for (const [input, output] of cases) it(`escapes ${JSON.stringify(input)}`, () => assert.equal(escapeHtml(input), output));

  it('escaped text never holds markup or ends an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const e = escapeHtml(s);
        assert.ok(!/[<>"']/.test(e));
        assert.ok(!/&(?!amp;|lt;|gt;|quot;|#39;)/.test(e));
      }),
    );
  });

  it('the html tag escapes values, keeps Html, flattens arrays and drops empty values', () => {
    const inner = html`<b>${'<i>'}</b>`;
    assert.equal(html`<p title="${'"x"'}">${inner}${['<', trusted('<br>')]}${undefined}${false}${0}</p>`.value, '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;<br>0</p>');
    assert.ok(inner instanceof Html);
  });

  it('links only to https addresses', () => {
    assert.equal(safeHref('https://github.com/fsplan/fsplan/blob/main/docs/rules/numbering/sequence.md'), 'https://github.com/fsplan/fsplan/blob/main/docs/rules/numbering/sequence.md');
    for (const bad of ['javascript:alert(1)', 'http://example.com/', 'https://a.b/"onmouseover=x', 'file:///etc/passwd', 'data:text/html,x']) assert.equal(safeHref(bad), undefined, bad);
  });
});

describe('report: excerpts and labels', () => {
  const text = '一、压实各方责任\n1.健全责任体系。完善区、街两级食品安全工作机制，落实包保干部督导任务。\n2.强化企业主体责任。';
  const at = (s: string) => text.indexOf(s);
  const table: Array<[string, number, number, { before: string; covered: string; after: string }]> = [
    ['the covered text with the rest of its line', at('健全'), at('健全') + 4, { before: '1.', covered: '健全责任', after: '体系。完善区、街两级食品安全工作机制…' }],
    ['… where the line goes on before', at('落实包保'), at('落实包保') + 4, { before: '…系。完善区、街两级食品安全工作机制，', covered: '落实包保', after: '干部督导任务。' }],
    ['an empty range at the start of a line', at('2.'), at('2.'), { before: '', covered: '', after: '2.强化企业主体责任。' }],
    ['a range over a line break: the break is dropped between CJK characters', at('任务。'), at('2.强化') + 2, { before: '…级食品安全工作机制，落实包保干部督导', covered: '任务。2.', after: '强化企业主体责任。' }],
  ];
  for (const [name, start, end, expected] of table) it(name, () => assert.deepEqual(excerptOf(text, start, end), expected));

  it('keeps one space between Latin words and digits', () => {
    const t = '开展 HACCP  体系认证，覆盖率达到\n 90 %。';
    assert.deepEqual(excerptOf(t, 0, t.length), { before: '', covered: '开展HACCP体系认证，覆盖率达到90 %。', after: '' });
  });

  it('splits long chart labels into two balanced lines', () => {
    assert.deepEqual(labelLines('企业自查率'), ['企业自查率']);
    assert.deepEqual(labelLines('国家监督抽检不合格食品核查处置率'), ['国家监督抽检不合格食品核查处置率']);
    assert.deepEqual(labelLines('学校食堂互联网+明厨亮灶覆盖率与医疗机构食堂覆盖率'), ['学校食堂互联网+明厨亮灶覆', '盖率与医疗机构食堂覆盖率']);
    const long = labelLines('一'.repeat(50));
    assert.equal(long.length, 2);
    assert.equal(Array.from(long[0]).length, 18);
    assert.ok(long[1].endsWith('…') && Array.from(long[1]).length === 18);
  });
});
