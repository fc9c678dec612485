// Code actions in the language server: the request goes to the engine, where
// the language service computes them (service/code-actions.ts). The open
// config documents travel with the request; the worker side finds the
// .fsplanrc.json a disable-rule action edits (configTarget) and passes it to
// the service as data.
import * as path from 'node:path';
import type { CodeAction, Connection } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../core/engine/config';
import { findConfigFiles } from '../node/config-loader';
import { nodeHost } from '../node/host';
import type { ConfigTarget } from '../service';
import type { CodeActionArgs } from './engine-protocol';
import type { PlanService } from './plan-service';
import { filePathOf, isConfigDocument, uriOf } from './plans';

/**
 * The nearest .fsplanrc.json of the plan at `planUri` with its current text
 * (the open document's, else the file's), or the one to create next to the
 * plan when there is none and the client can create files.
 */
export function configTarget(planUri: string, createFiles: boolean, open: CodeActionArgs['open']): ConfigTarget | undefined {
  const planFile = filePathOf(planUri);
  if (!planFile) return undefined;
  const files = findConfigFiles(nodeHost, planFile);
  const nearest = files[files.length - 1];
  if (!nearest) return createFiles ? { kind: 'create', uri: uriOf(path.join(path.dirname(planFile), CONFIG_FILE)) } : undefined;
  const uri = uriOf(nearest);
  const doc = open[uri];
  if (doc) return { kind: 'edit', uri, text: doc.text, version: doc.version };
  try {
    return { kind: 'edit', uri, text: nodeHost.readText(nearest), version: null };
  } catch {
    return undefined;
  }
}

export function registerCodeActions(connection: Connection, service: PlanService, createFiles: boolean): void {
  connection.onCodeAction(async (params, token) => {
    const open: CodeActionArgs['open'] = {};
    for (const d of service.documents.all()) if (isConfigDocument(d)) open[d.uri] = { text: d.getText(), version: d.version };
    const args: CodeActionArgs = { params, createFiles, open };
    const reply = await service.call('codeActions', params.textDocument.uri, args, token);
    return reply ? reply.json.as<CodeAction[]>() : null;
  });
}
