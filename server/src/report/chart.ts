// The comparison chart: one row per municipal target, a bar for the
// municipal value and one for the district value, each row on its own scale
// (percentages on 0–100 %). Shortfalls are red on a tinted row, targets the
// district plan leaves out are a dashed 未落实 slot. Inline SVG, no script.
import { statusLabel } from '../core/analysis/compare';
import { Html, html } from './html';
import type { ComparisonRow, OwnLevel } from './model';

const W = 940;
const LABEL_X = 12;
const BAR_X = 272;
const BAR_W = 500;
const ROW_H = 50;
const BAR_H = 14;
const TOP = 36;
const LABEL_CHARS = 18;

/** A label on one line, or split into two balanced lines (the second shortened with … when too long). */
export function labelLines(s: string): string[] {
  const chars = Array.from(s);
  if (chars.length <= LABEL_CHARS) return [s];
  const cut = Math.min(LABEL_CHARS, Math.ceil(chars.length / 2));
  const rest = chars.slice(cut);
  return [chars.slice(0, cut).join(''), rest.length > LABEL_CHARS ? rest.slice(0, LABEL_CHARS - 1).join('') + '…' : rest.join('')];
}

/** Both values of a row on one scale: percentages against 100 %, others against the larger value. */
function scaleOf(row: ComparisonRow): number {
  const values = [row.municipal?.amount ?? 0, row.district?.amount ?? 0];
  const max = Math.max(...values);
  const unit = row.municipal?.unit ?? row.district?.unit;
  if (unit === '%') return Math.max(100, max);
  return max > 0 ? max : 1;
}

function width(amount: number, scale: number): number {
  return Math.max(2, Math.round((Math.max(0, amount) / scale) * BAR_W));
}


function row(r: ComparisonRow, i: number, own: OwnLevel): Html {
  const y = TOP + i * ROW_H;
  const scale = scaleOf(r);
  const m = r.municipal!;
  const mw = width(m.amount, scale);
  const lines = labelLines(r.indicator);
  const labelY = y + ROW_H / 2 - (lines.length - 1) * 9 + 5;
  const mY = y + 9;
  const dY = mY + BAR_H + 3;
  let district: Html;
  if (r.district) {
    const dw = width(r.district.amount, scale);
    const cls = r.status === 'below' ? 'bar district shortfall' : 'bar district';
    const tip = `本${own}：${r.district.value}（${r.district.where}）${r.status === 'below' ? `，低于市级要求 ${m.value}` : ''}`;
    district = html`<rect class="${cls}" x="${BAR_X}" y="${dY}" width="${dw}" height="${BAR_H}" rx="2"><title>${tip}</title></rect>
<text class="value${r.status === 'below' ? ' shortfall' : ''}" x="${BAR_X + dw + 6}" y="${dY + BAR_H - 3}">${r.district.value}${r.status === 'below' ? '  低于市级' : ''}</text>`;
  } else {
    district = html`<rect class="bar missing" x="${BAR_X}" y="${dY}" width="${BAR_W}" height="${BAR_H}" rx="2"><title>本${own}计划中没有对应的指标</title></rect>
<text class="value missing" x="${BAR_X + 8}" y="${dY + BAR_H - 3}">未落实</text>`;
  }
  return html`<g class="row ${r.status}" data-status="${r.status}" data-indicator="${r.indicator}">
<title>${r.indicator}：市级 ${m.value}，本${own} ${r.district?.value ?? '未落实'}（${statusLabel(r.status, own)}）</title>
${r.status !== 'met' ? html`<rect class="row-bg" x="0" y="${y + 1}" width="${W}" height="${ROW_H - 2}" rx="4"></rect>` : ''}
<text class="label" x="${LABEL_X}" y="${labelY}">${lines.map((l, k) => html`<tspan x="${LABEL_X}" dy="${k ? 18 : 0}">${l}</tspan>`)}</text>
<rect class="bar municipal" x="${BAR_X}" y="${mY}" width="${mw}" height="${BAR_H}" rx="2"><title>市级要求：${m.value}（${m.where}）</title></rect>
<text class="value" x="${BAR_X + mw + 6}" y="${mY + BAR_H - 3}">${m.value}</text>
${district}
</g>`;
}

/** The chart of the rows that have a municipal target; undefined when there are none. */
export function comparisonChart(rows: readonly ComparisonRow[], id: string, own: OwnLevel = '区'): Html | undefined {
  const shown = rows.filter((r) => r.municipal);
  if (!shown.length) return undefined;
  const h = TOP + shown.length * ROW_H + 8;
  const below = shown.filter((r) => r.status === 'below').length;
  const missing = shown.filter((r) => r.status === 'missing').length;
  const desc = `市级计划 ${shown.length} 项指标与本${own}指标的对比：低于市级 ${below} 项，未落实 ${missing} 项。`;
  const legend = (x: number, cls: string, text: string) =>
    html`<rect class="${cls}" x="${x}" y="10" width="14" height="12" rx="2"></rect><text class="legend" x="${x + 20}" y="20">${text}</text>`;
  return html`<svg class="chart" id="${id}" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">本${own}指标与市级要求对比图</title>
<desc id="${id}-desc">${desc}</desc>
<g class="legend">${legend(BAR_X, 'bar municipal', '市级要求')}${legend(BAR_X + 110, 'bar district', `本${own}指标`)}${legend(BAR_X + 220, 'bar district shortfall', '低于市级')}${legend(BAR_X + 330, 'bar missing', '未落实')}</g>
${shown.map((r, i) => row(r, i, own))}
</svg>`;
}
