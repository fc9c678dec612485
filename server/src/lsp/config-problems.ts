// A broken .fsplanrc.json: one diagnostic on the config file and one
// window/showMessage per distinct error; plans keep being checked on defaults.
import { Connection, Diagnostic, DiagnosticSeverity, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import { ConfigError, parseConfig } from '../core/engine/config';
import { LineIndex } from '../core/model/positions';
import { nodeHost } from '../node/host';
import { RULE_MAP } from '../rules';
import { toRange } from './convert';
import { uriOf } from './plans';

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
    severity: DiagnosticSeverity.Error,
    source: 'fsplan',
    code: 'config',
    message: `${e.jsonPath ? `${e.jsonPath}：` : ''}${e.detail}。修正前按默认设置检查`,
  };
}

/** Validates the live text of an open config file. */
export function validateConfigText(text: string, file: string): Diagnostic[] {
  try {
    parseConfig(text, file, RULE_MAP);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return [configErrorDiagnostic(text, e)];
    throw e;
  }
}

export class ConfigProblems {
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    /** True when the config file is open: its live text is validated instead. */
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  report(e: ConfigError): void {
    if (this.shown.get(e.file) === e.message) return;
    this.shown.set(e.file, e.message);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `fsplan：${e.message}。修正前按默认设置检查。` });
    const uri = uriOf(e.file);
    if (this.isOpen(uri)) return;
    let text = '';
    try {
      text = nodeHost.readText(e.file);
    } catch {
      // unreadable: the diagnostic goes on line 1
    }
    void this.connection.sendDiagnostics({ uri, diagnostics: [configErrorDiagnostic(text, e)] });
  }

  /** These config files loaded fine. */
  ok(files: readonly string[]): void {
    for (const f of files) {
      if (!this.shown.delete(f)) continue;
      const uri = uriOf(f);
      if (!this.isOpen(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  /** Forget what was shown for a file that changed on disk (its error may be re-reported). */
  changed(file: string): void {
    if (this.shown.has(file)) {
      this.shown.delete(file);
      const uri = uriOf(file);
      if (!this.isOpen(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }
}
