// `fsplan report`: the command (files, options, exit codes, atomic write) and
// the structure of the page it writes, checked without a browser:
// self-contained (no script, nothing loaded, links only to rule docs), the
// findings `fsplan check` reports, the outline, the comparison and its chart,
// and document text escaped. report.browser.test.ts renders the same page.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareTargets, coverageRows } from '../../server/src/core/analysis/compare';
import { parseDocument } from '../../server/src/core/model/document';
import { extractTargets } from '../../server/src/core/analysis/targets';
import { generatedAt } from '../../server/src/cli/report';
import { docxFromText } from '../support/docx';
import { allowedHref, attributes, expectedRuleIds, hostileDir } from '../support/report';
import { CLEAN_PLAN, cli, MARKER_ERROR, MARKER_ONLY, PLAN, repoRoot, tempDir } from './support';

const samples = path.join(repoRoot, 'samples');
const districtFile = path.join(samples, '河北区2025年食品安全监督管理计划.txt');
const municipalFile = path.join(samples, '天津市2025年食品安全监督管理计划.txt');

function sections(page: string): string[] {
  return page.split('<section class="plan"').slice(1);
}

/** Every way a page could load or run something, or leave the file. */
function assertSelfContained(page: string): void {
  assert.match(page, /^<!DOCTYPE html>/);
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
  for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base', 'form', 'video', 'audio', 'source', 'meta http-equiv="refresh"']) {
    assert.doesNotMatch(page, new RegExp(`<${tag}[\\s>]`, 'i'), `<${tag}> in the report`);
  }
  assert.doesNotMatch(page, /@import|url\(/i, 'CSS that loads something');
  // attribute names of every tag (document text is escaped, so a "<" starts a real tag)
  for (const tag of page.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    for (const [, name] of tag.replace(/"[^"]*"/g, '""').matchAll(/\s([a-zA-Z:-]+)=/g)) {
      assert.ok(!/^(on|src|srcset|action|formaction|background|poster|xlink:href|style$)/i.test(name), `attribute ${name} in ${tag}`);
    }
  }
  const ids = attributes(page, 'id');
  assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
  const idSet = new Set(ids);
  for (const href of attributes(page, 'href')) assert.ok(allowedHref(href, idSet), `unexpected link ${href}`);
  // outside href, no address at all
  const withoutHrefs = page.replace(/\shref="[^"]*"/g, '');
  assert.doesNotMatch(withoutHrefs, /https?:\/\//, 'an address outside a rule link');
}

describe('cli: fsplan report', () => {
  let samplesPage: string;
  let samplesRun: { code: number; stdout: string; stderr: string };
  let out: string;
  before(async () => {
    out = path.join(tempDir(), '报告.html');
    samplesRun = await cli(['report', 'samples/', '--out', out], { cwd: repoRoot });
    samplesPage = fs.readFileSync(out, 'utf8');
  });

  it('writes the report of samples/ and exits like check (1: errors found)', async () => {
    const check = await cli(['check', 'samples/'], { cwd: repoRoot });
    assert.equal(samplesRun.code, check.code);
    assert.equal(samplesRun.stdout, '');
    assert.match(samplesRun.stderr, /^fsplan：已生成报告 .*报告\.html（2 份计划，\d+ 个问题/);
  });

  it('is self-contained: no script, no external resource, links only to rule docs', () => {
    assertSelfContained(samplesPage);
  });

  it('lists, plan by plan, the findings fsplan check reports, each with its rule doc link and place', async () => {
    const expected = await expectedRuleIds(['samples/'], repoRoot);
    const secs = sections(samplesPage);
    assert.equal(secs.length, expected.length);
    assert.ok(expected.flat().includes('target/below-municipal'));
    secs.forEach((sec, i) => {
      assert.deepEqual(attributes(sec, 'data-rule'), expected[i]);
      for (const id of expected[i]) assert.ok(sec.includes(`href="https://github.com/fsplan/fsplan/blob/main/docs/rules/${id}.md"`), id);
      assert.equal((sec.match(/<td class="where">第 \d+ 行第 \d+ 列/g) ?? []).length, expected[i].length);
    });
  });

  it('shows the outline: one item per heading, with the findings of each item linked', () => {
    const doc = parseDocument(fs.readFileSync(districtFile, 'utf8'));
    const sec = sections(samplesPage).find((s) => s.includes('河北区'))!;
    const outline = sec.slice(sec.indexOf('<ul class="outline">'));
    assert.equal((outline.match(/<li class="item level-/g) ?? []).length, doc.headings.length);
    for (const h of doc.headings) assert.ok(outline.includes(`<span class="title">${h.title.replace(/"/g, '&quot;')}</span>`), h.title);
    // every finding is linked from the outline (or from the part before the first heading)
    const linked = (outline.match(/<a class="badge (?:error|warning|info)" href="#plan-\d+-f\d+"/g) ?? []).length;
    assert.equal(linked, attributes(sec, 'data-rule').length);
  });

  it('compares with the municipal plan: one chart row per municipal target, the shortfalls highlighted', () => {
    const d = extractTargets(parseDocument(fs.readFileSync(districtFile, 'utf8')));
    const m = extractTargets(parseDocument(fs.readFileSync(municipalFile, 'utf8')));
    const rows = coverageRows(compareTargets(d, m), m, d);
    const sec = sections(samplesPage).find((s) => s.includes('河北区'))!;
    const chart = sec.slice(sec.indexOf('<svg class="chart"'), sec.indexOf('</svg>'));
    const chartRows = chart.match(/<g class="row [a-z]+" data-status="[a-z]+"/g) ?? [];
    const withMunicipal = rows.filter((r) => r.municipal);
    assert.equal(chartRows.length, withMunicipal.length);
    assert.deepEqual(attributes(chart, 'data-status'), withMunicipal.map((r) => r.status));
    assert.equal((chart.match(/<rect class="bar district shortfall" x="\d+" y="\d+"/g) ?? []).length, rows.filter((r) => r.status === 'below').length + 1 /* legend */);
    assert.equal((chart.match(/<rect class="bar missing"/g) ?? []).length, rows.filter((r) => r.status === 'missing').length + 1 /* legend */);
    // and as a table
    const table = sec.slice(sec.indexOf('<table class="compare">'));
    assert.equal((table.slice(0, table.indexOf('</table>')).match(/<tr class="(met|below|missing|extra)">/g) ?? []).length, rows.length);
    assert.match(sec, /按区级计划引用的标题找到/);
    // the municipal plan itself is not compared with anything
    const own = sections(samplesPage).find((s) => s.includes('<h2>天津市'))!;
    assert.match(own, /本计划是市级（省级）计划，不与其他计划对比/);
  });

  it('escapes document text: markup and quotes in a plan stay text', async () => {
    const dir = tempDir();
    const page = path.join(dir, 'r.html');
    await cli(['report', hostileDir, '--out', page], { cwd: dir });
    const html = fs.readFileSync(page, 'utf8');
    assertSelfContained(html);
    assert.ok(html.includes('强化日常监管&lt;/title&gt;&lt;script&gt;alert(&quot;标题&quot;)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('&#39;单引号&quot;双引号&amp;amp;'));
    assert.doesNotMatch(html, /<i>|<\/title><script/);
    // in attributes too (chart rows carry the indicator)
    assert.ok(attributes(html, 'data-indicator').some((v) => v.includes('<i>明厨亮灶</i>')));
  });

  it('locates the findings of a Word draft by paragraph', async () => {
    const dir = tempDir({ '草稿.docx': docxFromText(fs.readFileSync(districtFile, 'utf8')), '.fsplanrc.json': MARKER_ONLY });
    const r = await cli(['report', '草稿.docx'], { cwd: dir });
    assert.equal(r.code, 0);
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    assert.match(html, /<td class="where">第 \d+ 段<span class="item">/);
    assert.match(html, /Word 文档（位置按段落序号）/);
    assert.deepEqual(attributes(html, 'data-rule'), ['numbering/marker-style']);
  });
});

describe('cli: fsplan report options and exit codes', () => {
  it('0 for a plan without errors; the report goes to report.html by default', async () => {
    const dir = tempDir({ 'plan.txt': CLEAN_PLAN, '.fsplanrc.json': MARKER_ONLY });
    const r = await cli(['report', 'plan.txt'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /已生成报告 report\.html（1 份计划，未发现问题）/);
    assert.match(fs.readFileSync(path.join(dir, 'report.html'), 'utf8'), /<p class="none">未发现问题。<\/p>/);
  });

  it('1 when a finding is an error', async () => {
    const dir = tempDir({ 'plan.txt': PLAN, '.fsplanrc.json': MARKER_ERROR });
    assert.equal((await cli(['report', 'plan.txt', '-o', 'r.html'], { cwd: dir })).code, 1);
  });

  it('2 when a file cannot be read; the others are still in the report, with the problem listed', async () => {
    const dir = tempDir({ 'plan.txt': CLEAN_PLAN, '.fsplanrc.json': MARKER_ONLY });
    const r = await cli(['report', 'plan.txt', '不存在.txt', '--out', 'r.html'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /fsplan：不存在\.txt：找不到文件或文件夹/);
    const html = fs.readFileSync(path.join(dir, 'r.html'), 'utf8');
    assert.equal(sections(html).length, 1);
    assert.match(html, /以下文件未能检查：.*不存在\.txt/s);
  });

  it('2 with a Chinese message for usage mistakes and unwritable output; nothing is left behind', async () => {
    const dir = tempDir({ 'plan.txt': CLEAN_PLAN });
    const none = await cli(['report'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /请指定要检查的文件或文件夹/);
    const bad = await cli(['report', 'plan.txt', '--bogus'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /不认识的选项“--bogus”。运行 fsplan report --help/);
    const unwritable = await cli(['report', 'plan.txt', '--out', '没有的文件夹/r.html'], { cwd: dir });
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /无法写入报告文件 没有的文件夹\/r\.html（ENOENT）/);
    const missingMunicipal = await cli(['report', 'plan.txt', '--municipal', '市级.txt'], { cwd: dir });
    assert.equal(missingMunicipal.code, 2);
    assert.match(missingMunicipal.stderr, /--municipal 指定的市级计划 .*市级\.txt 不存在/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['plan.txt']);
  });

  it('replaces an existing report atomically (no temporary file left)', async () => {
    const dir = tempDir({ 'plan.txt': CLEAN_PLAN, '.fsplanrc.json': MARKER_ONLY, 'report.html': 'old' });
    await cli(['report', 'plan.txt'], { cwd: dir });
    assert.match(fs.readFileSync(path.join(dir, 'report.html'), 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.fsplanrc.json', 'plan.txt', 'report.html']);
  });

  it('--out - writes the page to standard output', async () => {
    const dir = tempDir({ 'plan.txt': CLEAN_PLAN, '.fsplanrc.json': MARKER_ONLY });
    const r = await cli(['report', 'plan.txt', '--out', '-'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.fsplanrc.json', 'plan.txt']);
  });

  it('finds the municipal plan like check: --municipal, or says which cited plan is missing', async () => {
    const dir = tempDir({ 'plan.txt': fs.readFileSync(districtFile, 'utf8') });
    await cli(['report', 'plan.txt', '-o', 'none.html'], { cwd: dir });
    assert.match(fs.readFileSync(path.join(dir, 'none.html'), 'utf8'), /未找到本计划引用的《天津市2025年食品安全监督管理计划》/);
    await cli(['report', 'plan.txt', '-o', 'with.html', '--municipal', municipalFile], { cwd: dir });
    const html = fs.readFileSync(path.join(dir, 'with.html'), 'utf8');
    assert.match(html, /（命令行 --municipal 指定）/);
    assert.match(html, /<g class="row below" data-status="below"/);
    // municipalPlan in .fsplanrc.json (relative to the config file)
    fs.mkdirSync(path.join(dir, '市级'));
    fs.copyFileSync(municipalFile, path.join(dir, '市级', '计划.txt'));
    fs.writeFileSync(path.join(dir, '.fsplanrc.json'), JSON.stringify({ municipalPlan: '市级/计划.txt' }));
    await cli(['report', 'plan.txt', '-o', 'config.html'], { cwd: dir });
    assert.match(fs.readFileSync(path.join(dir, 'config.html'), 'utf8'), /<span class="path">市级\/计划\.txt<\/span>（配置项 municipalPlan 指定）/);
  });

  it('--help prints the options; fsplan --help lists the command', async () => {
    const r = await cli(['report', '--help'], { cwd: repoRoot });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /-o, --out <文件>/);
    assert.match((await cli(['--help'], { cwd: repoRoot })).stdout, /report \[文件\|文件夹…\]/);
  });

  it('SOURCE_DATE_EPOCH fixes the time shown, for reproducible reports', () => {
    assert.equal(generatedAt({ SOURCE_DATE_EPOCH: '1750000000' }), '2025-06-15 15:06（UTC）');
    assert.match(generatedAt({}, new Date(2025, 0, 2, 3, 4)), /^2025-01-02 03:04$/);
  });
});
