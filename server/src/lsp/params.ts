// Request parameters are checked before any handler sees them: a request with
// null or malformed params (`textDocument/documentSymbol` with `null`, a
// position without numbers …) gets a JSON-RPC InvalidParams error naming what
// is wrong, never a JavaScript TypeError text. Applied once to the connection
// in server.ts, so every feature handler is covered.
import { Connection, ErrorCodes, ResponseError } from 'vscode-languageserver/node';

type Check = (p: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUint = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function textDocument(p: unknown): string | undefined {
  if (!isObject(p)) return '参数应为对象';
  if (!isObject(p.textDocument) || typeof p.textDocument.uri !== 'string') return '缺少 textDocument.uri（字符串）';
  return undefined;
}

function position(v: unknown, name: string): string | undefined {
  if (!isObject(v) || !isUint(v.line) || !isUint(v.character)) return `${name} 应为 { line, character }（非负整数）`;
  return undefined;
}

const withPosition: Check = (p) => textDocument(p) ?? position((p as Record<string, unknown>).position, 'position');

const withRange: Check = (p) => {
  const base = textDocument(p);
  if (base) return base;
  const r = (p as Record<string, unknown>).range;
  if (!isObject(r)) return 'range 应为 { start, end }';
  return position(r.start, 'range.start') ?? position(r.end, 'range.end');
};

const codeAction: Check = (p) => {
  const base = withRange(p);
  if (base) return base;
  const c = (p as Record<string, unknown>).context;
  if (!isObject(c) || !Array.isArray(c.diagnostics)) return 'context 应为 { diagnostics: [...] }';
  return undefined;
};

const executeCommand: Check = (p) => {
  if (!isObject(p) || typeof p.command !== 'string') return '缺少 command（字符串）';
  if (p.arguments !== undefined && !Array.isArray(p.arguments)) return 'arguments 应为数组';
  return undefined;
};

/** Registration methods of the connection, their request and the check of their params. */
const CHECKS: Record<string, [string, Check]> = {
  onHover: ['textDocument/hover', withPosition],
  onCompletion: ['textDocument/completion', withPosition],
  onDefinition: ['textDocument/definition', withPosition],
  onDocumentSymbol: ['textDocument/documentSymbol', textDocument],
  onFoldingRanges: ['textDocument/foldingRange', textDocument],
  onCodeAction: ['textDocument/codeAction', codeAction],
  onExecuteCommand: ['workspace/executeCommand', executeCommand],
};

/** Progress reporting the handlers are given; fsplan reports none. */
const noProgress = { begin() {}, report() {}, done() {} };

/**
 * The connection with every feature request's params checked (CHECKS, and
 * pull diagnostics). The typed registration (`onHover` …) reads the params
 * before any handler runs (null params were a TypeError there), so the
 * handler is registered for the method itself and checked first.
 */
export function checkParams(connection: Connection): Connection {
  const register = (method: string, check: Check, handler: (...a: unknown[]) => unknown) =>
    connection.onRequest(method, (params: unknown, token: unknown) => {
      const problem = check(params);
      if (problem) return new ResponseError(ErrorCodes.InvalidParams, `${method} 的参数无效：${problem}`);
      return handler(params, token, noProgress, undefined);
    });
  // connection.languages.diagnostics is a getter that makes a new object each time
  const languages = new Proxy(connection.languages, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== 'diagnostics') return value;
      const d = value as Connection['languages']['diagnostics'];
      return { ...d, on: (handler: (...a: unknown[]) => unknown) => register('textDocument/diagnostic', textDocument, handler) };
    },
  });
  return new Proxy(connection, {
    get(target, prop, receiver) {
      if (prop === 'languages') return languages;
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop === 'string' && CHECKS[prop] && typeof value === 'function') {
        const [method, check] = CHECKS[prop];
        return (handler: (...a: unknown[]) => unknown) => register(method, check, handler);
      }
      return value;
    },
  });
}
