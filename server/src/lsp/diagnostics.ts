// Diagnostics pushed for every open plan, re-computed as the user types.
import * as url from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../core/config';
import { resolveRules } from '../core/config';
import { lintText } from '../core/linter';
import { LineIndex } from '../core/positions';
import { RULES } from '../rules';
import { loadConfigFor } from '../node/config-loader';
import { buildEnvironment } from '../node/environment';
import type { LintEnvironment } from '../core/types';
import { nodeHost } from '../node/host';
import { toDiagnostic } from './convert';

export function registerDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>): void {
  const validate = (doc: TextDocument) => {
    const text = doc.getText();
    let rules = resolveRules(RULES, []);
    let env: LintEnvironment = {};
    if (doc.uri.startsWith('file:')) {
      try {
        const file = url.fileURLToPath(doc.uri);
        const config = loadConfigFor(nodeHost, file);
        rules = config.rules;
        env = buildEnvironment(nodeHost, file, config);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        connection.console.error(e.message);
      }
    }
    const index = new LineIndex(text);
    const diagnostics = lintText(text, rules, env).findings.map((f) => toDiagnostic(index, f));
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  };
  documents.onDidChangeContent((e) => validate(e.document));
  documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
}
