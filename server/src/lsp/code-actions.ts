// Code actions in the language server: the request goes to the engine, where
// the language service computes them (service/code-actions.ts). The open
// config documents travel with the request; the engine finds the
// .fsplanrc.json a disable-rule action edits (config-target.ts) and passes it
// to the service as data.
import type { CodeAction, Connection } from 'vscode-languageserver/node';
import type { CodeActionArgs } from './engine-protocol';
import type { PlanService } from './plan-service';
import { isConfigDocument } from './plans';

export function registerCodeActions(connection: Connection, service: PlanService, createFiles: boolean): void {
  connection.onCodeAction(async (params, token) => {
    const open: CodeActionArgs['open'] = {};
    for (const d of service.documents.all()) if (isConfigDocument(d)) open[d.uri] = { text: d.getText(), version: d.version };
    const args: CodeActionArgs = { params, createFiles, open };
    const reply = await service.call('codeActions', params.textDocument.uri, args, token);
    return reply ? reply.json.as<CodeAction[]>() : null;
  });
}
