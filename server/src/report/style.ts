// The report's stylesheet, inlined into the page: system fonts with CJK
// fallbacks (no web fonts), readable on screen and on A4 paper.
export const REPORT_CSS = `
:root {
  --text: #1f2328; --muted: #59636e; --line: #d0d7de; --soft: #f6f8fa; --paper: #fff;
  --error: #b42318; --error-bg: #fdecea; --warning: #8a5a00; --warning-bg: #fff4d6;
  --info: #0b5cad; --info-bg: #e7f0fb; --ok: #1a7f37; --ok-bg: #e6f4ea;
  --municipal: #98a2ae; --district: #2f6fb3; --shortfall: #d92d20; --missing: #b26a00;
  --sans: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  --serif: "FangSong", "STFangsong", "FangSong_GB2312", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--soft); color: var(--text); font: 15px/1.65 var(--sans); }
.page { max-width: 1120px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 26px; line-height: 1.3; margin: 0 0 6px; letter-spacing: .02em; }
h2 { font-size: 21px; line-height: 1.35; margin: 0 0 4px; }
h3 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
p { margin: 6px 0; }
a { color: var(--info); text-decoration: none; }
a:hover { text-decoration: underline; }
code, .path { font-family: var(--mono); font-size: 13px; color: var(--muted); word-break: break-all; }
.meta { color: var(--muted); font-size: 13px; }
.report-header { margin-bottom: 20px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 4px; padding: 0; list-style: none; }
.cards li { min-width: 112px; padding: 8px 14px; border-radius: 8px; background: var(--paper); border: 1px solid var(--line); }
.cards .n { display: block; font-size: 22px; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.cards .k { font-size: 13px; color: var(--muted); }
.cards .error .n { color: var(--error); } .cards .warning .n { color: var(--warning); }
.cards .info .n { color: var(--info); } .cards .fixable .n { color: var(--ok); }
.cards .zero .n { color: var(--muted); }
.problems { border-left: 4px solid var(--error); background: var(--error-bg); padding: 8px 14px; border-radius: 0 6px 6px 0; }
.problems ul { margin: 4px 0; padding-left: 20px; }
nav.toc { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 12px 18px; margin-bottom: 20px; }
nav.toc ol { margin: 4px 0; padding-left: 22px; }
nav.toc .counts { color: var(--muted); font-size: 13px; margin-left: 8px; }
section.plan { background: var(--paper); border: 1px solid var(--line); border-radius: 12px; padding: 24px 28px 28px; margin-bottom: 28px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); font-weight: 600; color: var(--muted); font-size: 13px; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.summary { width: auto; min-width: 420px; }
table.summary td.zero { color: #9aa3ad; }
table.summary tfoot td { font-weight: 700; border-top: 2px solid var(--line); border-bottom: 0; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; line-height: 20px; font-weight: 600; white-space: nowrap; }
.badge.error { color: var(--error); background: var(--error-bg); }
.badge.warning { color: var(--warning); background: var(--warning-bg); }
.badge.info { color: var(--info); background: var(--info-bg); }
.badge.met { color: var(--ok); background: var(--ok-bg); }
.badge.below { color: #fff; background: var(--shortfall); }
.badge.missing { color: var(--missing); background: var(--warning-bg); border: 1px dashed var(--missing); line-height: 18px; }
.badge.extra { color: var(--info); background: var(--info-bg); }
.badge.zero { color: var(--muted); background: var(--soft); border: 1px solid var(--line); line-height: 18px; }
.badge.fixable { color: var(--ok); background: var(--ok-bg); font-weight: 500; }
table.findings td.no { color: var(--muted); font-variant-numeric: tabular-nums; width: 3em; }
table.findings td.where { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.findings .item { display: block; white-space: normal; color: var(--muted); font-size: 12px; max-width: 15em; }
table.findings td.rule { white-space: nowrap; font-size: 13px; }
table.findings td.rule .cat { display: block; color: var(--muted); font-size: 12px; }
table.findings tr:target td { background: #fff8c5; }
.excerpt { margin: 6px 0 0; padding: 4px 10px; border-left: 3px solid var(--line); font-family: var(--serif); font-size: 15px; color: #3d444d; background: var(--soft); border-radius: 0 4px 4px 0; }
.excerpt mark { background: #ffe58f; color: inherit; padding: 0 1px; border-bottom: 2px solid #d4a100; }
tr.error .excerpt { border-left-color: var(--error); } tr.warning .excerpt { border-left-color: #d4a100; } tr.info .excerpt { border-left-color: var(--info); }
.excerpt .insert { color: var(--error); font-weight: 700; }
.none { color: var(--ok); font-weight: 600; }
.notice { color: var(--muted); background: var(--soft); border-radius: 6px; padding: 8px 12px; }
figure.chart-box { margin: 12px 0 16px; padding: 12px 8px 4px; border: 1px solid var(--line); border-radius: 10px; overflow-x: auto; }
figure.chart-box figcaption { font-size: 13px; color: var(--muted); padding: 4px 8px 6px; }
svg.chart { display: block; width: 100%; max-width: 940px; height: auto; margin: 0 auto; font-family: var(--sans); }
svg.chart text { fill: var(--text); font-size: 13px; }
svg.chart text.value { font-size: 12.5px; fill: var(--muted); font-variant-numeric: tabular-nums; }
svg.chart text.value.shortfall { fill: var(--shortfall); font-weight: 700; }
svg.chart text.value.missing { fill: var(--missing); font-weight: 700; }
svg.chart text.legend { font-size: 12px; fill: var(--muted); }
svg.chart .bar.municipal { fill: var(--municipal); }
svg.chart .bar.district { fill: var(--district); }
svg.chart .bar.district.shortfall { fill: var(--shortfall); }
svg.chart .bar.missing { fill: #fffaf0; stroke: var(--missing); stroke-width: 1.2; stroke-dasharray: 4 3; }
svg.chart .row.below .row-bg { fill: #fdecea; }
svg.chart .row.missing .row-bg { fill: #fff8e6; }
table.compare td.status { white-space: nowrap; }
table.compare tr.below td { background: #fdf3f2; }
table.compare tr.missing td { background: #fffbf0; }
table.compare .value { font-weight: 600; font-variant-numeric: tabular-nums; }
table.compare tr.below td.district .value { color: var(--shortfall); }
table.compare .src { display: block; color: var(--muted); font-size: 12px; }
table.compare .absent { color: var(--missing); font-weight: 600; }
ul.outline, ul.outline ul { list-style: none; margin: 0; padding-left: 0; }
ul.outline ul { padding-left: 1.6em; border-left: 1px dotted var(--line); margin-left: .5em; }
ul.outline li { margin: 2px 0; }
ul.outline .line { display: flex; align-items: baseline; gap: 6px; padding: 2px 6px; border-radius: 4px; }
ul.outline .title { flex: 0 1 auto; min-width: 0; }
ul.outline .badge, ul.outline .sub { flex: none; }
ul.outline .marker { flex: none; font-variant-numeric: tabular-nums; color: var(--muted); min-width: 2.2em; }
ul.outline .level-1 > .line { font-weight: 700; margin-top: 8px; }
ul.outline .has-findings > .line { background: #fffaf0; }
ul.outline .has-error > .line { background: #fdf3f2; }
ul.outline .sub { color: var(--muted); font-size: 12px; }
ul.outline a.badge { text-decoration: none; }
ul.outline .ok { color: var(--ok); font-size: 12px; }
footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 24px; }
.top { font-size: 13px; float: right; }
@media (max-width: 720px) {
  .page { padding: 16px 10px; }
  section.plan { padding: 16px 12px; }
  table.findings td.where { white-space: normal; }
}
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { background: #fff; font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  section.plan { border: 0; border-radius: 0; padding: 0; margin: 0 0 12mm; }
  section.plan + section.plan { break-before: page; }
  nav.toc, .cards li, figure.chart-box { border-color: #bbb; }
  .top { display: none; }
  a { color: inherit; }
  tr, figure.chart-box, ul.outline li { break-inside: avoid; }
  h3 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
