// Diagnostics pushed for every open plan, re-computed as the user types.
import * as url from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../core/config';
import { resolveRules } from '../core/config';
import { lintDocument } from '../core/linter';
import { parseDocument } from '../core/document';
import type { LintEnvironment } from '../core/types';
import { LineIndex } from '../core/positions';
import { RULES } from '../rules';
import { loadConfigFor } from '../node/config-loader';
import { buildEnvironment } from '../node/environment';
import { nodeHost } from '../node/host';
import { MunicipalError } from '../node/municipal';
import { toDiagnostic } from './convert';

export function registerDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>): void {
  const validate = (doc: TextDocument) => {
    const text = doc.getText();
    let rules = resolveRules(RULES, []);
    const plan = parseDocument(text);
    let env: LintEnvironment = {};
    if (doc.uri.startsWith('file:')) {
      const file = url.fileURLToPath(doc.uri);
      try {
        const config = loadConfigFor(nodeHost, file);
        rules = config.rules;
        env = buildEnvironment(nodeHost, file, config, plan);
      } catch (e) {
        if (!(e instanceof ConfigError) && !(e instanceof MunicipalError)) throw e;
        connection.console.error(e.message);
      }
    }
    const index = new LineIndex(text);
    const diagnostics = lintDocument(plan, rules, env).map((f) => toDiagnostic(index, f));
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  };
  documents.onDidChangeContent((e) => validate(e.document));
  documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
}
