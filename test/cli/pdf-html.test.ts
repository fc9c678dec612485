// PDF and saved web pages as inputs: check, --municipal, compare, rollover;
// bad, encrypted and text-less PDFs get a Chinese message and exit 2.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { htmlText } from '../../server/src/node/html';
import { TEXTLESS_PDF } from '../support/pdf';
import { cli, parseJson, repoRoot, tempDir } from './support';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'pdf');
const PLAN_TXT = fs.readFileSync(path.join(fixtures, 'plan.txt'), 'utf8');

/** A saved government page: navigation, header, footer and scripts around the article. */
export function savedPage(text: string): string {
  const paras = text.split('\n').filter((l) => l.trim() && !/^- \d+ -$/.test(l)).map((l) => `<p style="text-indent:2em">&nbsp;&nbsp;${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return `<!DOCTYPE html><html><head><meta charset="gb2312"><title>红桥区人民政府</title><script>var nav = "首页";</script><style>p{margin:0}</style></head><body>
<header><div class="logo">天津市红桥区人民政府</div><nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></nav></header>
<div class="crumbs">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="main"><aside><ul><li>相关文件一</li><li>相关文件二</li></ul></aside>
<div class="article"><div class="info">发布日期：2025-02-01　来源：区政府办</div>
<div class="TRS_Editor">${paras.join('\n')}</div>
<div class="share">分享到：微信 微博</div></div></div>
<footer><p>主办：红桥区人民政府办公室　网站标识码 1201060001</p><p>津ICP备00000000号</p></footer>
<script>document.write('统计');</script></body></html>`;
}

const rules = (json: string) => parseJson(json)[0].messages.map((m) => `${m.ruleId}:${m.message}`);

describe('PDF and web pages as inputs', function () {
  this.timeout(60_000);

  it('checks a PDF like the text it was made from (hard wraps and page numbers handled)', async () => {
    const dir = tempDir({ 'plan.pdf': fs.readFileSync(path.join(fixtures, 'plan.pdf')), 'plan.txt': PLAN_TXT });
    const pdf = await cli(['check', 'plan.pdf', '--format', 'json'], { cwd: dir });
    const txt = await cli(['check', 'plan.txt', '--format', 'json'], { cwd: dir });
    assert.ok(rules(pdf.stdout).some((r) => r.startsWith('numbering/marker-style')));
    assert.deepEqual(rules(pdf.stdout), rules(txt.stdout));
    const fix = await cli(['check', 'plan.pdf', '--fix'], { cwd: dir });
    assert.match(fix.stderr, /PDF不会被自动修改/);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'plan.pdf')), fs.readFileSync(path.join(fixtures, 'plan.pdf')));
  });

  it('takes the article of a saved web page (GB18030), without navigation, header or footer', async () => {
    const page = savedPage(PLAN_TXT);
    const text = htmlText(page);
    assert.ok(text.startsWith('红桥区2025年食品安全监督管理计划'), text.slice(0, 40));
    for (const junk of ['首页', '政务公开', '当前位置', '相关文件', '分享到', '主办', 'ICP', 'var nav', '统计', '发布日期']) assert.ok(!text.includes(junk), junk);
    const dir = tempDir({ 'plan.html': iconv.encode(page, 'gb18030'), 'plan.txt': PLAN_TXT });
    const html = await cli(['check', 'plan.html', '--format', 'json'], { cwd: dir });
    const txt = await cli(['check', 'plan.txt', '--format', 'json'], { cwd: dir });
    assert.deepEqual(rules(html.stdout), rules(txt.stdout));
  });

  it('uses a municipal plan given as PDF or web page (--municipal, compare) and rolls over a web page', async () => {
    const municipal = fs.readFileSync(path.join(repoRoot, 'samples', '天津市2025年食品安全监督管理计划.txt'), 'utf8');
    const district = fs.readFileSync(path.join(repoRoot, 'samples', '河北区2025年食品安全监督管理计划.txt'), 'utf8');
    const dir = tempDir({ 'm.htm': savedPage(municipal), 'd.txt': district, 'm.txt': municipal });
    const viaHtml = await cli(['check', 'd.txt', '--municipal', 'm.htm', '--format', 'json'], { cwd: dir });
    const viaTxt = await cli(['check', 'd.txt', '--municipal', 'm.txt', '--format', 'json'], { cwd: dir });
    assert.ok(rules(viaTxt.stdout).some((r) => r.startsWith('target/below-municipal')));
    assert.deepEqual(rules(viaHtml.stdout), rules(viaTxt.stdout));
    const cmp = await cli(['compare', 'd.txt', 'm.htm'], { cwd: dir });
    assert.equal(cmp.code, (await cli(['compare', 'd.txt', 'm.txt'], { cwd: dir })).code, cmp.stderr);
    assert.equal(cmp.stdout.replace('市级计划：m.htm', '市级计划：m.txt'), (await cli(['compare', 'd.txt', 'm.txt'], { cwd: dir })).stdout);
    const roll = await cli(['rollover', 'm.htm', '--year', '2026'], { cwd: dir });
    assert.equal(roll.code, 0, roll.stderr);
    assert.match(roll.stdout, /天津市2026年食品安全监督管理计划/);
  });

  it('drafts a district plan from a municipal plan given as PDF or web page, as from its text', async () => {
    const municipal = fs.readFileSync(path.join(repoRoot, 'samples', '天津市2025年食品安全监督管理计划.txt'), 'utf8');
    const dir = tempDir({ 'm.pdf': fs.readFileSync(path.join(fixtures, 'municipal.pdf')), 'm.htm': iconv.encode(savedPage(municipal), 'gb18030'), 'm.txt': municipal });
    const viaTxt = await cli(['draft', '--from', 'm.txt', '--district', '河北'], { cwd: dir });
    assert.equal(viaTxt.code, 0, viaTxt.stderr);
    assert.match(viaTxt.stdout, /河北区2025年食品安全监督管理计划/);
    for (const from of ['m.pdf', 'm.htm']) {
      const draft = await cli(['draft', '--from', from, '--district', '河北'], { cwd: dir });
      assert.equal(draft.code, 0, draft.stderr);
      assert.equal(draft.stdout, viaTxt.stdout, from);
      assert.match(draft.stderr, new RegExp(`依据 ${from.replace('.', '\\.')}；11 条任务`));
    }
  });

  it('encrypted, text-less and broken PDFs: a Chinese message and exit 2', async () => {
    const dir = tempDir({ 'enc.pdf': fs.readFileSync(path.join(fixtures, 'encrypted.pdf')), 'scan.pdf': TEXTLESS_PDF, 'bad.pdf': '这不是 PDF', 'cut.pdf': fs.readFileSync(path.join(fixtures, 'plan.pdf')).subarray(0, 400) });
    const enc = await cli(['check', 'enc.pdf'], { cwd: dir });
    assert.equal(enc.code, 2);
    assert.match(enc.stderr, /enc\.pdf：无法读取 PDF：PDF 已加密（需要密码）/);
    const scan = await cli(['check', 'scan.pdf'], { cwd: dir });
    assert.equal(scan.code, 2);
    assert.match(scan.stderr, /PDF 中没有文字（共 1 页，可能是扫描件或图片）/);
    const bad = await cli(['check', 'bad.pdf'], { cwd: dir });
    assert.match(bad.stderr, /不是有效的 PDF 文件/);
    const cut = await cli(['check', 'cut.pdf'], { cwd: dir });
    assert.equal(cut.code, 2);
    assert.match(cut.stderr, /cut\.pdf：无法读取 PDF/);
  });
});
