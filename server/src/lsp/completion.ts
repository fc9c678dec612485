// Completion inside a responsibility note: department names valid for this
// plan (registry, preferred forms first; otherwise the names the plan already
// uses, most used first) and the role phrases.
import { CompletionItem, CompletionItemKind, Connection } from 'vscode-languageserver/node';
import type { Analysis } from './analysis';
import type { PlanService } from './service';
import { validDepartmentNames } from './integrations';

export const ROLE_PHRASES = ['牵头', '负责', '按职责分工负责', '配合'] as const;

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
const LINE_BREAK = /[\r\n]/;

/** Whether the offset is inside a note, or inside an unclosed bracket on the current line of a clause. */
export function inNote(a: Analysis, offset: number): boolean {
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

export function departmentCandidates(a: Analysis): string[] {
  const fromRegistry = validDepartmentNames(a.plan.env, a.doc);
  if (fromRegistry) return fromRegistry;
  const count = new Map<string, number>();
  for (const n of a.doc.notes) for (const m of n.mentions) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  return [...count.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([name]) => name);
}

export function completionsAt(a: Analysis, offset: number): CompletionItem[] {
  if (!inNote(a, offset)) return [];
  const items: CompletionItem[] = departmentCandidates(a).map((name, i) => ({
    label: name,
    kind: CompletionItemKind.Value,
    detail: '部门',
    sortText: `0${String(i).padStart(5, '0')}`,
  }));
  ROLE_PHRASES.forEach((p, i) =>
    items.push({ label: p, kind: CompletionItemKind.Keyword, detail: '职责用语', sortText: `1${String(i).padStart(5, '0')}` }),
  );
  return items;
}


export function registerCompletion(connection: Connection, service: PlanService): void {
  connection.onCompletion(async (params) => {
    const items = await service.call<CompletionItem[]>('completion', params.textDocument.uri, { position: params.position });
    return items ? { isIncomplete: false, items } : null;
  });
}
