// Completion inside a responsibility note: department names valid for this
// plan (registry, preferred forms first; otherwise the names the plan already
// uses, most used first) and the role phrases.
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import { toOffset, toRange } from './convert';
import { validDepartmentNames } from './integrations';
import { COMPLETION_KIND } from './kinds';
import type { ServicePlan } from './plan';

export const ROLE_PHRASES = ['牵头', '负责', '按职责分工负责', '配合'] as const;

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
const LINE_BREAK = /[\r\n]/;

/** Whether the offset is inside a note, or inside an unclosed bracket on the current line of a clause. */
export function inNote(a: ServicePlan, offset: number): boolean {
  if (a.doc.notes.some((n) => n.innerSpan.start <= offset && offset <= n.innerSpan.end && (n.closed ? offset < n.end : true))) return true;
  const text = a.text;
  for (let i = offset - 1; i >= 0 && offset - i < 400; i--) {
    const c = text[i];
    if (LINE_BREAK.test(c) || CLOSE.has(c)) return false;
    if (OPEN.has(c)) {
      // an open bracket within a heading's text: a note being typed
      return a.doc.headings.some((h) => h.span.start <= i && i < Math.max(h.span.end, offset));
    }
  }
  return false;
}

/**
 * Department names to offer: the names this plan already uses (most used
 * first; with a registry, only those valid here), then the rest of the
 * registry's names for this plan, preferred forms first.
 */
export function departmentCandidates(a: ServicePlan): string[] {
  const fromRegistry = validDepartmentNames(a.env, a.doc);
  const count = new Map<string, number>();
  for (const n of a.doc.notes) for (const m of n.mentions) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  const valid = fromRegistry ? new Set(fromRegistry) : undefined;
  const used = [...count.entries()]
    .filter(([name]) => !valid || valid.has(name))
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([name]) => name);
  if (!fromRegistry) return used;
  const seen = new Set(used);
  return [...used, ...fromRegistry.filter((n) => !seen.has(n))];
}

/** Where the name being typed starts: after the last separator of the note before `offset`. */
function nameStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && offset - i < 40 && !NAME_STOP.test(text[i - 1])) i--;
  return i;
}

const NAME_STOP = /[（(，,、；;：:\s]/;

/** Length of the longest text before `offset` that starts `phrase` (what was typed of it). */
function typedPrefix(text: string, offset: number, phrase: string): number {
  for (let k = Math.min(phrase.length, offset); k > 0; k--) if (text.slice(offset - k, offset) === phrase.slice(0, k)) return k;
  return 0;
}

/**
 * Items replace what was typed of them (an explicit range), so that editors
 * whose word boundaries do not stop at （ ， 、 still filter by the name alone.
 */
export function completionsAt(a: ServicePlan, position: Position): CompletionItem[] {
  const offset = toOffset(a.index, position);
  if (!inNote(a, offset)) return [];
  const start = nameStart(a.text, offset);
  const nameRange = toRange(a.index, start, offset);
  const names = departmentCandidates(a);
  // right after a complete name the role phrase comes next: list the phrases first
  const before = a.text.slice(Math.max(0, offset - 40), offset);
  const afterName = names.some((n) => before.endsWith(n));
  const [nameRank, roleRank] = afterName ? ['1', '0'] : ['0', '1'];
  const items: CompletionItem[] = names.map((name, i) => ({
    label: name,
    kind: COMPLETION_KIND.value,
    detail: '部门',
    sortText: `${nameRank}${String(i).padStart(5, '0')}`,
    filterText: name,
    textEdit: { range: nameRange, newText: name },
  }));
  ROLE_PHRASES.forEach((p, i) =>
    items.push({
      label: p,
      kind: COMPLETION_KIND.keyword,
      detail: '职责用语',
      sortText: `${roleRank}${String(i).padStart(5, '0')}`,
      filterText: p,
      textEdit: { range: toRange(a.index, offset - typedPrefix(a.text, offset, p), offset), newText: p },
    }),
  );
  return items;
}
