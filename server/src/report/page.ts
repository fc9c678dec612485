// The report page: one self-contained HTML document (inline CSS and SVG, no
// script, no external resource; a Content-Security-Policy forbids loading
// anything). Every piece of document text goes through the `html` tag.
import { statusLabel } from '../core/analysis/compare';
import { CATEGORY_LABELS, Severity } from '../core/engine/types';
import { comparisonChart } from './chart';
import { Html, html, safeHref, trusted } from './html';
import type { ComparisonView, Excerpt, FindingRef, OutlineItem, PlanReport, ReportData, ReportFinding, SeverityCounts } from './model';
import { totals } from './model';
import { REPORT_CSS } from './style';

const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
const SOURCE_LABEL = { option: '命令行 --municipal 指定', config: '配置项 municipalPlan 指定', setting: '设置 fsplan.municipalPlan 指定', citation: '按区级计划引用的标题找到', page: '在网页中选择' } as const;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function cards(c: SeverityCounts & { fixable: number }): Html {
  const card = (cls: string, n: number, k: string) => html`<li class="${cls}${n ? '' : ' zero'}"><span class="n">${n}</span><span class="k">${k}</span></li>`;
  return html`<ul class="cards">${card('error', c.error, '错误')}${card('warning', c.warning, '警告')}${card('info', c.info, '提示')}${card('fixable', c.fixable, '可自动修复')}</ul>`;
}

function countText(c: SeverityCounts): string {
  const total = c.error + c.warning + c.info;
  return total ? `${total} 个问题（${c.error} 个错误，${c.warning} 个警告，${c.info} 个提示）` : '未发现问题';
}

function summaryTable(p: PlanReport): Html {
  const cell = (n: number) => html`<td class="num${n ? '' : ' zero'}">${n}</td>`;
  const rows = p.byCategory.map((c) => html`<tr><th scope="row">${c.label}</th>${SEVERITY_ORDER.map((s) => cell(c[s]))}${cell(c.error + c.warning + c.info)}</tr>`);
  const t = p.counts;
  return html`<table class="summary">
<thead><tr><th>类别</th><th class="num">错误</th><th class="num">警告</th><th class="num">提示</th><th class="num">合计</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><td>合计</td>${cell(t.error)}${cell(t.warning)}${cell(t.info)}${cell(t.error + t.warning + t.info)}</tr></tfoot>
</table>`;
}

function excerpt(e: Excerpt): Html {
  const covered = e.covered ? html`<mark>${e.covered}</mark>` : html`<span class="insert" title="问题位于此处">▏</span>`;
  return html`<div class="excerpt">${e.before}${covered}${e.after}</div>`;
}

function ruleLink(f: ReportFinding): Html {
  const href = safeHref(f.docUrl);
  return href ? html`<a class="rule-link" href="${href}" target="_blank" rel="noopener noreferrer">${f.ruleId}</a>` : html`<span class="rule-link">${f.ruleId}</span>`;
}

function findingsTable(p: PlanReport): Html {
  if (!p.findings.length) return html`<p class="none">未发现问题。</p>`;
  const rows = p.findings.map(
    (f, i) => html`<tr id="${f.id}" class="finding ${f.severity}" data-rule="${f.ruleId}">
<td class="no">${i + 1}</td>
<td class="where">${f.where}${f.item ? html`<span class="item">${f.item}</span>` : ''}</td>
<td class="severity"><span class="badge ${f.severity}">${SEVERITY_LABEL[f.severity]}</span></td>
<td class="message">${f.message}${excerpt(f.excerpt)}</td>
<td class="rule">${ruleLink(f)}<span class="cat">${CATEGORY_LABELS[f.category]}${f.fixable ? html` · <span class="badge fixable">可自动修复</span>` : ''}</span></td>
</tr>`,
  );
  return html`<table class="findings">
<thead><tr><th>#</th><th>位置</th><th>级别</th><th>问题与原文</th><th>规则</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function findingBadges(refs: readonly FindingRef[]): Html {
  return html`${refs.map((r) => html`<a class="badge ${r.severity}" href="#${r.id}" title="${r.message}">${SEVERITY_LABEL[r.severity]}</a>`)}`;
}

const OUTLINE_TITLE_MAX = 60;

/** An item title, shortened when the heading paragraph has no early 。 (the full text is in the tooltip). */
function outlineTitle(title: string): Html {
  const chars = Array.from(title);
  if (chars.length <= OUTLINE_TITLE_MAX) return html`<span class="title">${title}</span>`;
  return html`<span class="title" title="${title}">${chars.slice(0, OUTLINE_TITLE_MAX - 1).join('')}…</span>`;
}

function outlineItem(item: OutlineItem): Html {
  const cls = ['item', `level-${item.level}`];
  if (item.findings.length) cls.push('has-findings');
  if (item.findings.some((f) => f.severity === 'error')) cls.push('has-error');
  const inChildren = item.total - item.findings.length;
  const children = item.children.length ? html`<ul>${item.children.map(outlineItem)}</ul>` : '';
  return html`<li class="${cls.join(' ')}" data-findings="${item.findings.length}"><div class="line"><span class="marker">${item.marker}</span>${outlineTitle(item.title)}${findingBadges(item.findings)}${
    inChildren ? html`<span class="sub">下属条目 ${inChildren} 个问题</span>` : ''
  }</div>${children}</li>`;
}

function outline(p: PlanReport): Html {
  if (!p.outline.length) return html`<p class="notice">没有识别出编号标题（一、（一）1.（1）），因此无法列出提纲。</p>`;
  const pre = p.preamble.length ? html`<li class="item preamble has-findings"><div class="line"><span class="title">标题、通知和前言</span>${findingBadges(p.preamble)}</div></li>` : '';
  return html`<ul class="outline">${pre}${p.outline.map(outlineItem)}</ul>`;
}

function statusBadge(status: 'met' | 'below' | 'missing', n: number): Html {
  return html`<span class="badge ${n ? status : 'zero'}">${statusLabel(status, '区')} ${n}</span>`;
}

/** The comparison section of a plan: table and chart (also shown by the browser page and the editor's comparison page). */
export function comparison(p: Pick<PlanReport, 'id'>, view: ComparisonView): Html {
  if (view.state === 'is-municipal') return html`<p class="notice">本计划是市级（省级）计划，不与其他计划对比。</p>`;
  if (view.state === 'not-found') {
    const what = view.cited ? `本计划引用的《${view.cited}》` : '对应的市级计划';
    return html`<p class="notice">未找到${what}，因此没有对比。请用 <code>--municipal 文件</code> 指定市级计划，或在 <code>.fsplanrc.json</code> 中设置 <code>municipalPlan</code> 或 <code>referenceFolders</code>。</p>`;
  }
  const c = view.counts;
  const required = c.met + c.below + c.missing;
  const own = view.own;
  const chart = comparisonChart(view.rows, `${p.id}-chart`, own);
  const side = (s: (typeof view.rows)[number]['municipal'], absent: string) =>
    s ? html`<span class="value">${s.value}</span><span class="src">${s.where}${s.clause ? html`：${s.clause.title}` : ''}</span>` : html`<span class="absent">${absent}</span>`;
  const rows = view.rows.map(
    (r) => html`<tr class="${r.status}"><td>${r.indicator}</td><td class="municipal">${side(r.municipal, '—')}</td><td class="district">${side(r.district, '未落实')}</td><td class="status"><span class="badge ${r.status}">${statusLabel(r.status, own)}</span></td></tr>`,
  );
  return html`<p>对比对象：<strong>《${view.municipalTitle}》</strong> <span class="path">${view.municipalFile}</span>（${SOURCE_LABEL[view.source]}）</p>
<p>市级计划共 ${required} 项量化指标：${statusBadge('met', c.met)} ${statusBadge('below', c.below)} ${statusBadge('missing', c.missing)}；本${own}新增指标 ${c.extra} 项。</p>
${chart ? html`<figure class="chart-box">${chart}<figcaption>灰色为市级要求，蓝色为本${own}指标，红色为低于市级要求，虚线框为本${own}计划未落实的指标。每项指标按各自单位分别标度（百分比按 0–100%）。</figcaption></figure>` : html`<p class="notice">两份计划中都没有识别出量化指标。</p>`}
${rows.length ? html`<table class="compare"><thead><tr><th>指标</th><th>市级要求（条款）</th><th>本${own}指标（条款）</th><th>状态</th></tr></thead><tbody>${rows}</tbody></table>` : ''}`;
}

function planSection(p: PlanReport): Html {
  return html`<section class="plan" id="${p.id}">
<a class="top" href="#top">返回顶部</a>
<h2>${p.title}</h2>
<p class="meta"><span class="path">${p.file}</span>${p.kind === 'docx' ? ' · Word 文档（位置按段落序号）' : ''} · ${countText(p.counts)}</p>
${cards(p.counts)}
<h3>问题概要</h3>
${p.findings.length ? summaryTable(p) : html`<p class="none">未发现问题。</p>`}
<h3>与市级计划对比</h3>
${comparison(p, p.comparison)}
<h3>问题清单</h3>
${findingsTable(p)}
<h3>计划提纲</h3>
${outline(p)}
</section>`;
}

/**
 * The comparison of one plan with its municipal plan as a page of its own,
 * styled like the report's section (the editor shows it in a webview without
 * scripts): shortfalls and missing targets highlighted, the chart above.
 */
export function renderComparisonPage(planTitle: string, view: ComparisonView): string {
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>与市级计划对比 · ${planTitle}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<div class="page">
<section class="plan" id="compare">
<h2>与市级计划对比</h2>
<p class="meta">${planTitle}</p>
${comparison({ id: 'compare' }, view)}
</section>
</div>
</body>
</html>
`.value;
}

/** The whole report as an HTML document. */
export function renderReport(data: ReportData): string {
  const all = totals(data.plans);
  const heading = '计划草稿检查报告';
  const title = data.plans.length === 1 ? `${data.plans[0].title} · ${heading}` : heading;
  const toc =
    data.plans.length > 1
      ? html`<nav class="toc" aria-label="目录"><strong>目录</strong><ol>${data.plans.map((p) => html`<li><a href="#${p.id}">${p.title}</a><span class="counts">${countText(p.counts)}</span></li>`)}</ol></nav>`
      : '';
  const problems = data.problems.length
    ? html`<div class="problems" role="alert"><strong>以下文件未能检查：</strong><ul>${data.problems.map((x) => html`<li><span class="path">${x.file}</span>：${x.message}</li>`)}</ul></div>`
    : '';
  const page = html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fsplan ${data.version}">
<title>${title}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<div class="page" id="top">
<header class="report-header">
<h1>${heading}</h1>
<p class="meta">共 ${data.plans.length} 份计划 · ${countText(all)} · 生成时间：${data.generated} · fsplan ${data.version}</p>
${data.plans.length > 1 ? cards(all) : ''}
${problems}
</header>
${toc}
<main>
${data.plans.map(planSection)}
</main>
<footer>本报告由 fsplan ${data.version} 生成：单个文件，不含脚本，不加载任何外部资源；规则名称链接到在线规则说明。</footer>
</div>
</body>
</html>
`;
  return page.value;
}
