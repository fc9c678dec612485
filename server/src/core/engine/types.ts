// Plain data at the boundary: findings, edits and fixes carry UTF-16 offsets
// into the original text. Conversion to lines/columns or LSP happens in
// positions.ts only.
import type * as z from 'zod';
import type { PlanDocument } from '../model/document';
import type { AnalysisEnvironment } from '../analysis/registry';
import type { DocLayout } from '../model/page-layout';

export type { DepartmentEnvironment } from '../analysis/registry';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Category = 'numbering' | 'responsibility' | 'department' | 'target' | 'document' | 'punctuation' | 'wording' | 'format';
export const CATEGORIES: readonly Category[] = ['numbering', 'responsibility', 'department', 'target', 'document', 'punctuation', 'wording', 'format'];

/** Chinese names of the categories, for reports and the README. */
export const CATEGORY_LABELS: Record<Category, string> = {
  numbering: '编号',
  responsibility: '责任分工',
  department: '部门名称',
  target: '量化指标',
  document: '文档',
  punctuation: '标点符号',
  wording: '用词',
  format: '版式',
};

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** What the fix does, in Chinese (shown as the code action title). */
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** The safe fix: applied by --fix, fix-all and the preferred quick fix. */
  fix?: Fix;
  /** Alternatives the user may pick; never applied automatically. */
  suggestions?: Fix[];
  /** Rule-specific data for editor features (hover, go-to-definition). */
  data?: Record<string, unknown>;
}

/** What a rule reports; the engine adds ruleId and severity. */
export type Report = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

/** Settings and reference data shared by all rules of one lint run. */
export interface LintEnvironment extends AnalysisEnvironment {
  /** Layout of a Word document (fonts, line spacing, page); absent for text inputs. */
  layout?: DocLayout;
  /** Extra facts later features attach (registry, jurisdiction override …). */
  [key: string]: unknown;
}

export interface RuleContext<O> {
  doc: PlanDocument;
  options: O;
  env: LintEnvironment;
  /** Reports a finding; `r` itself becomes the finding (clamped, rule id and severity added): pass a fresh object. */
  report(r: Report): void;
  /** Computes a value once per document and lint run (shared analyses). */
  memo<T>(key: string, compute: () => T): T;
}

export interface Rule<S extends z.ZodType = z.ZodType> {
  /** category/name: file name, config key, diagnostic code and doc page. */
  id: string;
  category: Category;
  /** One Chinese sentence: what the rule checks. */
  description: string;
  severity: Severity;
  /** Whether the rule offers safe fixes (applied by --fix). */
  fixable: boolean;
  /** Options schema; its defaults are the rule's default options. */
  options: S;
  check(ctx: RuleContext<z.output<S>>): void;
}

export function defineRule<S extends z.ZodType>(rule: Rule<S>): Rule<S> {
  return rule;
}
