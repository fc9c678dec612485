// Every rule, in documentation order. Adding a rule: create
// server/src/rules/<category>/<name>.ts and docs/rules/<category>/<name>.md,
// list it here, run `npm run gen:docs`.
import type { Rule } from '../core/engine/types';
import dateFormat from './document/date-format';
import docNumber from './document/doc-number';
import placeholder from './document/placeholder';
import consistentStyle from './numbering/consistent-style';
import level from './numbering/level';
import markerStyle from './numbering/marker-style';
import missingMarker from './numbering/missing-marker';
import sequence from './numbering/sequence';
import responsibilityMissing from './responsibility/missing';
import responsibilityFormat from './responsibility/format';
import departmentUnknown from './department/unknown';
import departmentMisspelled from './department/misspelled';
import departmentInconsistent from './department/inconsistent';
import departmentForeign from './department/foreign';

import belowMunicipal from './target/below-municipal';
import outOfRange from './target/out-of-range';
import sumMismatch from './target/sum-mismatch';
import cityScope from './document/city-scope';
import staleYear from './document/stale-year';
import structure from './document/structure';
import partySessions from './document/party-sessions';
import halfWidth from './punctuation/half-width';
import straightQuotes from './punctuation/straight-quotes';
import unbalanced from './punctuation/unbalanced';
import nestedTitle from './punctuation/nested-title';
import doubled from './punctuation/doubled';
import confusable from './wording/confusable';
import formatFont from './format/font';
import formatLineSpacing from './format/line-spacing';
import formatPage from './format/page';
import invalidBytes from './document/invalid-bytes';

export const RULES: readonly Rule[] = [
  markerStyle,
  consistentStyle,
  sequence,
  level,
  missingMarker,
  responsibilityMissing,
  responsibilityFormat,
  departmentUnknown,
  departmentMisspelled,
  departmentInconsistent,
  departmentForeign,
  belowMunicipal,
  outOfRange,
  sumMismatch,
  cityScope,
  staleYear,
  partySessions,
  docNumber,
  dateFormat,
  placeholder,
  invalidBytes,
  structure,
  halfWidth,
  straightQuotes,
  unbalanced,
  nestedTitle,
  doubled,
  confusable,
  formatFont,
  formatLineSpacing,
  formatPage,
] as unknown as readonly Rule[];

export const RULE_MAP: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** Where rule docs are published; the Diagnostic codeDescription and SARIF helpUri point here. */
export const DOCS_BASE = 'https://github.com/fsplan/fsplan/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
