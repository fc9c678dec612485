// Code actions: the quick fix of a finding (preferred), its suggestions,
// fix-all per rule, source.fixAll.fsplan, and disabling a rule in the nearest
// .fsplanrc.json. Edits always come from core findings (Finding.fix) and are
// selected by core/fix.ts selectFixes; nothing here computes text.
import * as path from 'node:path';
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  Connection,
  Diagnostic,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { selectFixes } from '../core/engine/fix';
import { LineIndex } from '../core/model/positions';
import type { Finding, TextEdit } from '../core/engine/types';
import { CONFIG_FILE, findConfigFiles } from '../node/config-loader';
import { nodeHost } from '../node/host';
import type { Analysis } from './analysis';
import type { CodeActionArgs } from './engine-ops';
import type { PlanService } from './service';
import { toDiagnostic, toSpan, toTextEdits, wholeRange } from './convert';
import { filePathOf, isConfigDocument, uriOf } from './plans';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fsplan`;

export interface CodeActionOptions {
  /** Client supports documentChanges with the "create" resource operation. */
  createFiles: boolean;
  /** Text of an open document, when open (the config file may have unsaved changes). */
  openText(uri: string): { text: string; version: number } | undefined;
}

function edit(a: Analysis, edits: readonly TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits: toTextEdits(a.index, edits) }] };
}

function overlaps(f: Finding, start: number, end: number): boolean {
  return f.start === f.end || start === end ? f.start <= end && start <= f.end : f.start < end && start < f.end;
}

function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

/** A WorkspaceEdit that sets rules[id] = "off" in the nearest .fsplanrc.json (created next to the plan when none). */
export function disableRuleEdit(planFile: string, ruleId: string, opts: CodeActionOptions): { edit: WorkspaceEdit; file: string } | undefined {
  const files = findConfigFiles(nodeHost, planFile);
  const nearest = files[files.length - 1];
  if (!nearest) {
    if (!opts.createFiles) return undefined;
    const file = path.join(path.dirname(planFile), CONFIG_FILE);
    const uri = uriOf(file);
    const text = JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2) + '\n';
    return {
      file,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
        ],
      },
    };
  }
  const uri = uriOf(nearest);
  const open = opts.openText(uri);
  let text: string;
  try {
    text = open?.text ?? nodeHost.readText(nearest);
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined; // a broken config gets its own diagnostic; do not rewrite it
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const obj = json as Record<string, unknown>;
  const rules = obj.rules && typeof obj.rules === 'object' && !Array.isArray(obj.rules) ? (obj.rules as Record<string, unknown>) : {};
  const next = { ...obj, rules: { ...rules, [ruleId]: 'off' } };
  const newText = JSON.stringify(next, null, 2) + '\n';
  return {
    file: nearest,
    edit: { documentChanges: [{ textDocument: { uri, version: open?.version ?? null }, edits: [{ range: wholeRange(new LineIndex(text)), newText }] }] },
  };
}

export function codeActionsFor(a: Analysis, params: CodeActionParams, opts: CodeActionOptions): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (only && wanted(only, FIX_ALL_KIND)) {
    const edits = selectFixes(a.findings);
    if (edits.length) out.push({ title: '修复本文件中所有可自动修复的问题（fsplan）', kind: FIX_ALL_KIND, edit: edit(a, edits) });
  }
  if (!wanted(only, CodeActionKind.QuickFix)) return out;
  const { start, end } = toSpan(a.index, params.range);
  const here = a.findings.filter((f) => overlaps(f, start, end));
  const planFile = filePathOf(a.uri);
  const rulesDone = new Set<string>();
  for (const f of here) {
    const diagnostics: Diagnostic[] = [toDiagnostic(a.index, f)];
    if (f.fix) out.push({ title: f.fix.title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics, edit: edit(a, f.fix.edits) });
    for (const s of f.suggestions ?? []) out.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics, edit: edit(a, s.edits) });
  }
  for (const f of here) {
    if (rulesDone.has(f.ruleId)) continue;
    rulesDone.add(f.ruleId);
    const same = a.findings.filter((g) => g.ruleId === f.ruleId);
    if (same.filter((g) => g.fix).length > 1) {
      const edits = selectFixes(a.findings, (g) => g.ruleId === f.ruleId);
      out.push({ title: `修复本文件中所有此类问题（${f.ruleId}）`, kind: CodeActionKind.QuickFix, diagnostics: same.map((g) => toDiagnostic(a.index, g)), edit: edit(a, edits) });
    }
    if (planFile) {
      const d = disableRuleEdit(planFile, f.ruleId, opts);
      if (d) out.push({ title: `禁用规则 ${f.ruleId}（写入 ${CONFIG_FILE}）`, kind: CodeActionKind.QuickFix, edit: d.edit });
    }
  }
  return out;
}

export function registerCodeActions(connection: Connection, service: PlanService, createFiles: boolean): void {
  connection.onCodeAction(async (params) => {
    const open: CodeActionArgs['open'] = {};
    for (const d of service.documents.all()) if (isConfigDocument(d)) open[d.uri] = { text: d.getText(), version: d.version };
    const args: CodeActionArgs = { params, createFiles, open };
    return (await service.call<CodeAction[]>('codeActions', params.textDocument.uri, args)) ?? null;
  });
}
