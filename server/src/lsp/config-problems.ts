// A broken .fsplanrc.json: one diagnostic on the config file and one
// window/showMessage per distinct error; plans keep being checked on defaults.
// The engine loads the config and places the error (service/config.ts); the
// connection thread only shows it.
import { Connection, Diagnostic, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import { uriOf } from './plans';

/** A config file that does not load, as the engine reports it. */
export interface ConfigProblem {
  file: string;
  /** The error's message: names the file, the JSON path and what is wrong. */
  message: string;
  /** The error placed in the file's text on disk. */
  diagnostic: Diagnostic;
}

export class ConfigProblems {
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    /** True when the config file is open: its live text is validated instead. */
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  report(e: ConfigProblem): void {
    if (this.shown.get(e.file) === e.message) return;
    this.shown.set(e.file, e.message);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `fsplan：${e.message}。修正前按默认设置检查。` });
    const uri = uriOf(e.file);
    if (this.isOpen(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [e.diagnostic] });
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
