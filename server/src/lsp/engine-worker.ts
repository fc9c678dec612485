// The engine: keeps the texts it was sent, the analyses and the reference
// files, and answers feature requests (engine-ops.ts). The entry of its own
// bundle, dist/engine.js, without the LSP library: it runs in a worker thread
// (ordinary plans) or in a child process (big plans, so that closing them
// gives all their memory back), never on the connection's thread.
//
// Requests are queued and run one per turn of the event loop, so a cancel, a
// close or a newer version that arrives while a plan is checked is seen
// before the next check starts: a request whose document has changed since
// is answered `dropped` instead of being checked for a version nobody wants.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './analysis';
import { OPS } from './engine-ops';
import { nodeHost } from '../node/host';
import { configDiagnostics, configErrorDiagnostic, ServiceError } from '../service';
import { ENGINE_PROCESS_ENV, type EngineRequest, type FromEngine, type ToEngine } from './engine-protocol';
import { Environments } from './environment';
import { filePathOf } from './plans';
import { encodeJson } from './raw-json';

/** JSON-RPC InternalError. */
const INTERNAL_ERROR = -32603;

export interface EnginePort {
  post(m: FromEngine): void;
  listen(receive: (m: ToEngine) => void): void;
}

export function runEngine(port: EnginePort): void {
  const post = (m: FromEngine) => port.post(m);
  const environments = new Environments({
    configError: (e) => post({ kind: 'event', event: { type: 'configError', file: e.file, message: e.message, diagnostic: configErrorDiagnostic(textOf(e.file), e) } }),
    configOk: (files) => post({ kind: 'event', event: { type: 'configOk', files: [...files] } }),
    missingFile: (which, file, reason) => post({ kind: 'event', event: { type: 'missingFile', which, file, reason } }),
    referenced: (file) => post({ kind: 'event', event: { type: 'referenced', file } }),
  });
  const analyzer = new Analyzer(environments);
  const texts = new Map<string, TextDocument>();
  const queue: EngineRequest[] = [];
  let scheduled = false;

  /** Takes the text or the edits a request carries; false when the engine lacks the version the edits start from. */
  const accept = (m: EngineRequest): boolean => {
    if (m.text !== undefined) {
      texts.set(m.uri, TextDocument.create(m.uri, 'fsplan', m.version, m.text));
      return true;
    }
    const doc = texts.get(m.uri);
    if (m.changes) {
      if (!doc || doc.version !== m.changes.base) return false;
      for (const step of m.changes.steps) TextDocument.update(doc, step.changes, step.version);
    }
    return texts.get(m.uri)?.version === m.version;
  };

  const drop = (keep: (m: EngineRequest) => boolean, reason: 'cancelled' | 'changed') => {
    for (let i = queue.length - 1; i >= 0; i--) {
      if (keep(queue[i])) continue;
      post({ kind: 'dropped', id: queue[i].id, reason });
      queue.splice(i, 1);
    }
  };

  const run = (m: EngineRequest) => {
    const doc = texts.get(m.uri);
    // changed or closed since it was asked: the newer version has its own request
    if (!doc || doc.version !== m.version) return post({ kind: 'dropped', id: m.id, reason: 'changed' });
    try {
      const a = analyzer.analyze(m.uri, m.version, doc.getText(), m.settings, m.generation, m.workspaceFolders);
      post({ kind: 'result', id: m.id, json: encodeJson(OPS[m.op](a, m.args)), deps: a.plan.deps });
    } catch (e) {
      if (e instanceof ServiceError) post({ kind: 'error', id: m.id, code: e.code, message: e.message, data: e.data });
      else post({ kind: 'error', id: m.id, code: INTERNAL_ERROR, message: `fsplan 内部错误：${(e as Error).stack ?? String(e)}` });
    }
  };

  const drain = () => {
    scheduled = false;
    const next = queue.shift();
    if (next) run(next);
    if (queue.length) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };

  port.listen((m) => {
    switch (m.kind) {
      case 'invalidate':
        for (const f of m.files) environments.invalidate(f);
        return;
      case 'forget':
        texts.delete(m.uri);
        analyzer.forget(m.uri);
        drop((q) => q.uri !== m.uri, 'changed');
        return;
      case 'cancel':
        drop((q) => q.id !== m.id, 'cancelled');
        return;
      case 'checkConfig':
        try {
          post({ kind: 'result', id: m.id, json: encodeJson(configDiagnostics(m.text, filePathOf(m.uri) ?? m.uri)), deps: [] });
        } catch (e) {
          post({ kind: 'error', id: m.id, code: INTERNAL_ERROR, message: `fsplan 内部错误：${(e as Error).stack ?? String(e)}` });
        }
        return;
      case 'request':
        if (!accept(m)) return post({ kind: 'needText', id: m.id });
        queue.push(m);
        schedule();
    }
  });
}

/** A config file's text on disk ('' when unreadable: its diagnostic then goes on line 1). */
function textOf(file: string): string {
  try {
    return nodeHost.readText(file);
  } catch {
    return '';
  }
}

function threadPort(): EnginePort | undefined {
  const port = parentPort;
  if (isMainThread || !port || !(workerData as { fsplanEngine?: boolean } | undefined)?.fsplanEngine) return undefined;
  return {
    // the result bytes are moved, not copied
    post: (m) => port.postMessage(m, m.kind === 'result' ? [m.json.buffer as ArrayBuffer] : []),
    listen: (receive) => port.on('message', receive),
  };
}

function processPort(): EnginePort | undefined {
  const send = process.send?.bind(process);
  if (!send || process.env[ENGINE_PROCESS_ENV] !== '1') return undefined;
  // the server is gone (or closed the channel): so is the engine
  process.on('disconnect', () => process.exit(0));
  return {
    post: (m) => void send(m, undefined, {}, () => undefined),
    listen: (receive) => process.on('message', (m) => receive(m as ToEngine)),
  };
}

const port = threadPort() ?? processPort();
if (port) runEngine(port);
