// Seams to features that other parts of fsplan provide (department registry,
// municipal target matching, renumbering, coverage table). Each function here
// is the ONE place the language server asks for that feature, so connecting a
// core API means editing only this file. Until a feature is connected the
// function returns undefined and the editor feature degrades gracefully
// (e.g. hover shows what the document model knows).
import type { PlanDocument } from '../core/document';
import type { Finding, LintEnvironment, TextEdit } from '../core/types';

export interface DepartmentInfo {
  /** Full official name, e.g. 天津市红桥区市场监督管理局. */
  fullName: string;
  /** Accepted written forms, preferred first. */
  forms: string[];
}

/** Registry facts about a department name as written in this plan. */
export function describeDepartment(_name: string, _env: LintEnvironment, _doc: PlanDocument): DepartmentInfo | undefined {
  return undefined;
}

/** Department names valid for this plan, preferred forms first; undefined without a registry. */
export function validDepartmentNames(_env: LintEnvironment, _doc: PlanDocument): string[] | undefined {
  return undefined;
}

/** Puts the department registry read from `file` into the lint environment. */
export function attachRegistry(env: LintEnvironment, file: string, text: string): void {
  env.registryFile = { file, text };
}

/** Whole-document renumbering as core edits; undefined while no renumbering function is connected. */
export function renumberEdits(_doc: PlanDocument): TextEdit[] | undefined {
  return undefined;
}

/** The coverage table (district plan vs municipal plan) as Markdown; undefined while not connected. */
export function coverageMarkdown(_doc: PlanDocument, _municipal: PlanDocument, _env: LintEnvironment): string | undefined {
  return undefined;
}

export interface MunicipalTarget {
  /** The municipal target text, e.g. 抽检量达到7.5批次/千人. */
  text: string;
  /** Title of the municipal clause it belongs to. */
  clause?: string;
  /** Offsets of the target in the municipal plan text. */
  start?: number;
  end?: number;
}

/**
 * The municipal target a finding was matched with (target rules put it in
 * Finding.data). Read tolerantly: data.municipal as {text, clause|clauseTitle,
 * start, end} or a string, or flat municipalText/municipalStart/municipalEnd.
 */
export function municipalTarget(f: Finding): MunicipalTarget | undefined {
  const d = f.data;
  if (!d) return undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const m = d.municipal;
  if (typeof m === 'string' && m) return { text: m };
  if (m && typeof m === 'object') {
    const o = m as Record<string, unknown>;
    const text = str(o.text) ?? str(o.raw);
    if (text) return { text, clause: str(o.clause) ?? str(o.clauseTitle), start: num(o.start), end: num(o.end) };
  }
  const text = str(d.municipalText);
  if (text) return { text, clause: str(d.municipalClause), start: num(d.municipalStart), end: num(d.municipalEnd) };
  return undefined;
}
