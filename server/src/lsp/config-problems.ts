// A broken .fsplanrc.json: one diagnostic on the config file and one
// window/showMessage per distinct error; plans keep being checked on defaults.
// The diagnostics themselves come from the language service (service/config.ts).
import { Connection, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import type { ConfigError } from '../core/engine/config';
import { nodeHost } from '../node/host';
import { configErrorDiagnostic } from '../service';
import { uriOf } from './plans';

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
