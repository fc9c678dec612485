// The engine worker: keeps the texts it was sent, the analyses and the
// reference files, and answers feature requests (engine-ops.ts). Runs in a
// worker thread so that parsing and linting a big plan never blocks the
// connection.
import { parentPort } from 'node:worker_threads';
import { ErrorCodes } from 'vscode-languageserver/node';
import { Analyzer } from './analysis';
import { OPS } from './engine-ops';
import { ServiceError } from '../service';
import type { FromEngine, ToEngine } from './engine-protocol';
import { Environments } from './environment';

export function startEngineWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('engine worker started outside a worker thread');
  const post = (m: FromEngine) => port.postMessage(m);
  const environments = new Environments({
    configError: (e) => post({ kind: 'event', event: { type: 'configError', file: e.file, jsonPath: e.jsonPath, detail: e.detail, at: e.at } }),
    configOk: (files) => post({ kind: 'event', event: { type: 'configOk', files: [...files] } }),
    missingFile: (which, file, reason) => post({ kind: 'event', event: { type: 'missingFile', which, file, reason } }),
    referenced: (file) => post({ kind: 'event', event: { type: 'referenced', file } }),
  });
  const analyzer = new Analyzer(environments);
  const texts = new Map<string, { version: number; text: string }>();

  port.on('message', (m: ToEngine) => {
    if (m.kind === 'invalidate') {
      for (const f of m.files) environments.invalidate(f);
      return;
    }
    if (m.kind === 'forget') {
      texts.delete(m.uri);
      analyzer.forget(m.uri);
      return;
    }
    if (m.text !== undefined) texts.set(m.uri, { version: m.version, text: m.text });
    const t = texts.get(m.uri);
    if (!t || t.version !== m.version) {
      post({ kind: 'needText', id: m.id });
      return;
    }
    try {
      const a = analyzer.analyze(m.uri, m.version, t.text, m.settings, m.generation, m.workspaceFolders);
      post({ kind: 'result', id: m.id, result: OPS[m.op](a, m.args) ?? null });
    } catch (e) {
      if (e instanceof ServiceError) post({ kind: 'error', id: m.id, code: e.code, message: e.message });
      else post({ kind: 'error', id: m.id, code: ErrorCodes.InternalError, message: `fsplan 内部错误：${(e as Error).stack ?? String(e)}` });
    }
  });
}
