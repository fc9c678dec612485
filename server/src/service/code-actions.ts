// Code actions: the quick fix of a finding (preferred), its suggestions,
// fix-all per rule, source.fixAll.fsplan, disabling a rule in the nearest
// .fsplanrc.json, and inserting a missing municipal clause (drafting.ts).
// Edits always come from core findings (Finding.fix) and are selected by
// core/engine/fix.ts selectFixes; nothing here computes plan text. The
// config file to edit is data the caller passes in (no file is read here).
import type { CodeAction, Diagnostic, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { CONFIG_FILE } from '../core/engine/config';
import { selectFixes } from '../core/engine/fix';
import type { Finding, TextEdit } from '../core/engine/types';
import { toDiagnostic, toSpan, toTextEdits, wholeRange } from './convert';
import { missingClauseActions } from './drafting';
import { FIX_ALL_KIND, QUICK_FIX } from './kinds';
import type { ServicePlan } from './plan';

/**
 * The .fsplanrc.json a disable-rule action edits: the nearest existing one
 * (its current text, from the editor when open, and that version; null: the
 * file on disk), or the one to create next to the plan.
 */
export type ConfigTarget = { kind: 'edit'; uri: string; text: string; version: number | null } | { kind: 'create'; uri: string };

export interface CodeActionOptions {
  /** Where rules are disabled; undefined: no disable-rule actions (no file, or the client cannot create one). */
  config?: ConfigTarget;
}

/** What a code action request asks for (LSP CodeActionParams fits). */
export interface CodeActionRequest {
  range: Range;
  context: { only?: string[] };
}

function edit(p: ServicePlan, edits: readonly TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: p.uri, version: p.version }, edits: toTextEdits(p.index, edits) }] };
}

function overlaps(f: Finding, start: number, end: number): boolean {
  return f.start === f.end || start === end ? f.start <= end && start <= f.end : f.start < end && start < f.end;
}

function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

/** The findings a code action request at `range` is about. */
export function findingsIn(p: ServicePlan, range: Range): Finding[] {
  const { start, end } = toSpan(p.index, range);
  return p.findings.filter((f) => overlaps(f, start, end));
}

/** A WorkspaceEdit that sets rules[id] = "off" in the config file (undefined when its text is not a JSON object). */
export function disableRuleEdit(ruleId: string, config: ConfigTarget): WorkspaceEdit | undefined {
  if (config.kind === 'create') {
    const text = JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2) + '\n';
    return {
      documentChanges: [
        { kind: 'create', uri: config.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: config.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(config.text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined; // a broken config gets its own diagnostic; do not rewrite it
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const obj = json as Record<string, unknown>;
  const rules = obj.rules && typeof obj.rules === 'object' && !Array.isArray(obj.rules) ? (obj.rules as Record<string, unknown>) : {};
  const next = { ...obj, rules: { ...rules, [ruleId]: 'off' } };
  const newText = JSON.stringify(next, null, 2) + '\n';
  return { documentChanges: [{ textDocument: { uri: config.uri, version: config.version }, edits: [{ range: wholeRange(config.text), newText }] }] };
}

export function codeActions(p: ServicePlan, request: CodeActionRequest, options: CodeActionOptions = {}): CodeAction[] {
  const only = request.context.only;
  const out: CodeAction[] = [];
  if (only && wanted(only, FIX_ALL_KIND)) {
    const edits = selectFixes(p.findings);
    if (edits.length) out.push({ title: '修复本文件中所有可自动修复的问题（fsplan）', kind: FIX_ALL_KIND, edit: edit(p, edits) });
  }
  if (!wanted(only, QUICK_FIX)) return out;
  const here = findingsIn(p, request.range);
  const rulesDone = new Set<string>();
  for (const f of here) {
    const diagnostics: Diagnostic[] = [toDiagnostic(p.index, f)];
    if (f.fix) out.push({ title: f.fix.title, kind: QUICK_FIX, isPreferred: true, diagnostics, edit: edit(p, f.fix.edits) });
    for (const s of f.suggestions ?? []) out.push({ title: s.title, kind: QUICK_FIX, diagnostics, edit: edit(p, s.edits) });
  }
  for (const f of here) {
    if (rulesDone.has(f.ruleId)) continue;
    rulesDone.add(f.ruleId);
    const same = p.findings.filter((g) => g.ruleId === f.ruleId);
    if (same.filter((g) => g.fix).length > 1) {
      const edits = selectFixes(p.findings, (g) => g.ruleId === f.ruleId);
      out.push({ title: `修复本文件中所有此类问题（${f.ruleId}）`, kind: QUICK_FIX, diagnostics: same.map((g) => toDiagnostic(p.index, g)), edit: edit(p, edits) });
    }
    const disable = options.config && disableRuleEdit(f.ruleId, options.config);
    if (disable) out.push({ title: `禁用规则 ${f.ruleId}（写入 ${CONFIG_FILE}）`, kind: QUICK_FIX, edit: disable });
  }
  return [...out, ...missingClauseActions(p, request.range, only)];
}
