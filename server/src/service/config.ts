// Diagnostics of a .fsplanrc.json: its live text validated (open in the
// editor), or the error the engine met loading it, placed where the error is.
import type { Diagnostic } from 'vscode-languageserver-types';
import { ConfigError, parseConfig } from '../core/engine/config';
import { LineIndex } from '../core/model/positions';
import { RULE_MAP } from '../rules';
import { toRange } from './convert';
import { SEVERITY } from './kinds';

/** Where in the config text the error is: the span the parser located (value, key or syntax error), or line 1. */
export function configErrorDiagnostic(text: string, e: ConfigError): Diagnostic {
  const index = new LineIndex(text);
  let start = 0;
  let end = Math.max(0, text.search(/\r?\n|$/));
  if (e.at && e.at.offset <= text.length) {
    start = e.at.offset;
    end = Math.min(text.length, start + Math.max(1, e.at.length));
  }
  return {
    range: toRange(index, start, end),
    severity: SEVERITY.error,
    source: 'fsplan',
    code: 'config',
    message: `${e.jsonPath ? `${e.jsonPath}：` : ''}${e.detail}。修正前按默认设置检查`,
  };
}

/** Validates the live text of an open config file. */
export function configDiagnostics(text: string, file: string): Diagnostic[] {
  try {
    parseConfig(text, file, RULE_MAP);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return [configErrorDiagnostic(text, e)];
    throw e;
  }
}
