// Hover: a heading marker (level, expected number), a department mention
// (registry facts, role, clauses it leads), a target (matched municipal target).
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Role } from '../core/model/notes';
import { mentionAt } from '../core/analysis/departments';
import { toOffset, toRange } from './convert';
import { LEVEL_NAMES } from '../core/analysis/numbering';
import { canonicalMarker } from '../core/drafting/renumber';
import { expectedNumber } from './headings-info';
import { describeDepartment, municipalMatchAt, municipalTarget, MunicipalTarget, unknownDepartment } from './integrations';
import type { ServicePlan } from './plan';

export const ROLE_LABELS: Record<Role, string> = {
  lead: '牵头',
  organize: '组织',
  guide: '指导',
  responsible: '负责',
  cooperate: '配合',
  unspecified: '未写明职责',
};

function headingHover(a: ServicePlan, offset: number): Hover | undefined {
  const h = a.doc.headings.find((x) => x.marker.start <= offset && offset <= x.marker.end);
  if (!h) return undefined;
  const n = expectedNumber(a.doc, h);
  const want = canonicalMarker(h.level, n);
  const lines = [`**${LEVEL_NAMES[h.level]}**`, '', `按顺序应为“${want}”${h.number !== n ? `，现为“${h.marker.raw.trim()}”` : ''}`];
  if (h.children.length) lines.push('', `下设 ${h.children.length} 项`);
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(a.index, h.marker.start, h.marker.end) };
}

function departmentHover(a: ServicePlan, offset: number): Hover | undefined {
  const m = mentionAt(a.doc, offset);
  if (!m) return undefined;
  const info = describeDepartment(m.name, a.env, a.doc);
  const lines = [`**${info?.fullName ?? m.name}**`];
  const unknown = info ? undefined : unknownDepartment(m.name, a.env, a.doc);
  if (unknown) {
    // not a real department as far as the registry knows: say so before anything else
    lines.push('', `⚠ “${m.name}”不是${unknown.jurisdiction}部门名录中的名称`);
    lines.push('', unknown.suggestions.length ? `是否应为：${unknown.suggestions.map((x) => `“${x}”`).join('、')}` : '名录中没有相近的名称。如确为本辖区单位，请在 .fsplanrc.json 的 departments 中添加');
  } else {
    // without a registry: a name this plan's own usage marks as a likely typo
    const typo = a.findings.find((f) => f.ruleId === 'department/misspelled' && f.start <= m.start && m.end <= f.end);
    if (typo) lines.push('', `⚠ ${typo.message}`);
  }
  if (info) lines.push('', `可用写法：${info.forms.map((f) => `“${f}”`).join('、')}`);
  if (info?.municipal) lines.push('', `对应市级部门：${info.municipal}`);
  if (info?.note) lines.push('', `⚠ ${info.note}`);
  lines.push('', `本条职责：${ROLE_LABELS[m.role]}`);
  if (unknown) return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(a.index, m.start, m.end) };
  const leads = a.doc.clauses.filter((c) => c.notes.some((n) => n.mentions.some((x) => x.name === m.name && x.role === 'lead')));
  if (leads.length) {
    lines.push('', `在本计划中牵头 ${leads.length} 项：`);
    for (const c of leads.slice(0, 20)) lines.push(`- ${c.heading.marker.raw.trim()}${c.heading.title}`);
    if (leads.length > 20) lines.push(`- ……另 ${leads.length - 20} 项`);
  } else lines.push('', '在本计划中没有牵头的条目');
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(a.index, m.start, m.end) };
}

function targetHover(a: ServicePlan, offset: number): Hover | undefined {
  const show = (t: MunicipalTarget, start: number, end: number): Hover => {
    const lines = ['**市级计划对应指标**', '', t.text];
    if (t.clause) lines.push('', `所在条目：${t.clause}`);
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: toRange(a.index, start, end) };
  };
  for (const f of a.findings) {
    if (offset < f.start || offset > f.end) continue;
    const t = municipalTarget(f);
    if (t) return show(t, f.start, f.end);
  }
  const t = municipalMatchAt(a.doc, a.env, offset);
  return t ? show(t, offset, offset) : undefined;
}

export function hoverAt(a: ServicePlan, position: Position): Hover | null {
  const offset = toOffset(a.index, position);
  return headingHover(a, offset) ?? departmentHover(a, offset) ?? targetHover(a, offset) ?? null;
}
