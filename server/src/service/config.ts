// Diagnostics of a .fsplanrc.json: its live text validated (open in the
// editor), or the error the engine met loading it, placed where the error is.
import type { Diagnostic } from 'vscode-languageserver-types';
import { ConfigError, parseConfig } from '../core/engine/config';
import { LineIndex } from '../core/model/positions';
import { RULE_MAP } from '../rules';
import { toOffset, toRange } from './convert';
import { SEVERITY } from './kinds';

/** Where in the config text the error is: the line/column named in the message, the offending key, or line 1. */
export function configErrorDiagnostic(text: string, e: ConfigError): Diagnostic {
  const index = new LineIndex(text);
  let start = 0;
  let end = Math.max(0, text.search(/\r?\n|$/));
  const at = /第 (\d+) 行第 (\d+) 列/.exec(e.detail);
  if (at) {
    start = toOffset(index, { line: Number(at[1]) - 1, character: Number(at[2]) - 1 });
    end = Math.min(text.length, start + 1);
  } else if (e.jsonPath) {
    const keys = [...e.jsonPath.matchAll(/\["((?:[^"\\]|\\.)*)"\]|([A-Za-z_$][\w$]*)/g)].map((m) => m[1] ?? m[2]);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = text.indexOf(JSON.stringify(keys[i]));
      if (k >= 0) {
        start = k;
        end = k + JSON.stringify(keys[i]).length;
        break;
      }
    }
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
