// JSON data files (configuration, registry): read as JSONC, the way VS Code
// reads its own settings (comments and trailing commas allowed), and errors
// that name the file, the JSON path, the line and column, and what is
// expected, in Chinese. Pure.
import { findNodeAtLocation, type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type * as z from 'zod';
import { LineIndex } from '../model/positions';

/** Where in a data file's text an error is. */
export interface TextSpan {
  /** UTF-16 offset and length in the file's text. */
  offset: number;
  length: number;
  /** 1-based line and column. */
  line: number;
  column: number;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    /** JSON path such as rules["numbering/sequence"][1].style, or '' for the whole file. */
    readonly jsonPath: string,
    readonly detail: string,
    /** Where the error is in the file's text, when the text was parsed here. */
    readonly at?: TextSpan,
  ) {
    super(`配置文件 ${file}${jsonPath ? ` 的 ${jsonPath}` : ''} 有误${at ? `（第 ${at.line} 行第 ${at.column} 列）` : ''}：${detail}`);
    this.name = 'ConfigError';
  }
}

export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) out += (out ? '.' : '') + k;
    else out += `[${JSON.stringify(String(k))}]`;
  }
  return out;
}

/** A parsed data file: the value and, for locating errors, the syntax tree and text. */
export interface JsonText {
  value: unknown;
  text: string;
  tree: JsonNode | undefined;
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: '这里有无法识别的字符（字符串要用英文双引号，true/false/null 要小写）',
  InvalidNumberFormat: '数字格式不对',
  PropertyNameExpected: '这里应为用英文双引号括起的设置项名称',
  ValueExpected: '这里缺少取值',
  ColonExpected: '设置项名称后缺少英文冒号“:”',
  CommaExpected: '缺少英文逗号“,”',
  CloseBraceExpected: '缺少右花括号“}”',
  CloseBracketExpected: '缺少右方括号“]”',
  EndOfFileExpected: '最外层的 {…} 之后还有多余的内容',
  InvalidCommentToken: '注释格式不对（只能用 // 或 /* */）',
  UnexpectedEndOfComment: '/* 注释没有用 */ 结束',
  UnexpectedEndOfString: '字符串没有用英文双引号结束',
  UnexpectedEndOfNumber: '数字不完整',
  InvalidUnicode: '\\u 转义后应为 4 位十六进制数',
  InvalidEscapeCharacter: '字符串中的反斜杠转义不对（路径中的 \\ 请写成 \\\\ 或 /）',
  InvalidCharacter: '字符串中有换行等控制字符',
};

/**
 * Parses the text of a data file (a leading BOM, comments and trailing commas
 * are allowed). Throws a ConfigError with the line and column of the first
 * syntax error; `what` names the kind of file in the message (配置文件, 部门名录).
 */
export function parseJsonText(text: string, file: string, what: string): JsonText {
  // the BOM becomes a space: offsets stay those of the file's text
  const body = text.replace(/^\uFEFF/, ' ');
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length) {
    const e = errors[0];
    const empty = body.trim() === '';
    const why = empty ? '文件是空的（至少应写 {}）' : (SYNTAX[printParseErrorCode(e.error)] ?? '语法错误');
    throw new ConfigError(file, '', `${what}不是合法的 JSON：${why}。请检查逗号、引号和括号`, empty ? spanOf(text, 0, 0) : spanOf(text, e.offset, e.length));
  }
  return { value: tree ? nodeValue(tree) : undefined, text, tree };
}

/** The plain value of a syntax-tree node (jsonc-parser's getNodeValue, without prototype keys). */
function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = Object.create(null);
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v) out[String(k.value)] = nodeValue(v);
      }
      // an ordinary object again, so validation sees no odd prototype
      return { ...out };
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function spanOf(text: string, offset: number, length: number): TextSpan {
  const p = new LineIndex(text).position(offset);
  return { offset, length, line: p.line + 1, column: p.character + 1 };
}

/**
 * Where a JSON path is in the text: the value at the path (or its key, for
 * errors about the key itself), else the nearest enclosing value that exists
 * (a missing key is reported on its object).
 */
export function locate(source: JsonText | undefined, path: ReadonlyArray<PropertyKey>, part: 'value' | 'key' = 'value'): TextSpan | undefined {
  if (!source?.tree) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const keys = path.slice(0, n).filter((k): k is string | number => typeof k !== 'symbol');
    const node = findNodeAtLocation(source.tree, keys);
    if (!node) continue;
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const at = part === 'key' && key && n === path.length ? key : node;
    return spanOf(source.text, at.offset, at.length);
  }
  return undefined;
}

/** The value at a JSON path (undefined when absent). */
function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * Validates a parsed data file against a zod schema. The first issue becomes
 * a ConfigError with its JSON path (after `prefix`), its place in the text,
 * a Chinese explanation and `hint` (e.g. where the format is documented).
 */
export function validateData<S extends z.ZodType>(schema: S, value: unknown, file: string, source?: JsonText, prefix: ReadonlyArray<PropertyKey> = [], hint = ''): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = [...prefix, ...issue.path];
  // an unknown key is shown where it is written, not at its object
  const at = issue.code === 'unrecognized_keys' ? locate(source, [...path, issue.keys[0]], 'key') : locate(source, path);
  throw new ConfigError(file, formatJsonPath(path), describeIssue(issue, valueAt(value, issue.path)) + hint, at);
}

/** A message a schema gives itself starts in Chinese; zod's defaults start in English (and may quote Chinese input). */
const OWN_MESSAGE = /^[\u3000-\u9fff\uff00-\uffef]/;

/**
 * Explains a zod issue in Chinese: what is wrong, the expected form, and what
 * was given. `input` is the value at the issue's path, when known. A message
 * the schema gives itself in Chinese (a custom error or refinement) is used as is.
 */
export function describeIssue(issue: z.core.$ZodIssue, input?: unknown): string {
  const got = input === undefined ? '' : `，收到 ${shown(input)}`;
  if (OWN_MESSAGE.test(issue.message)) return issue.message + got;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不认识的设置项 ${issue.keys.map((k) => `“${k}”`).join('、')}，请检查拼写或删除`;
    case 'invalid_type':
      if (input === undefined && issue.expected !== 'undefined') return `缺少必填项：类型应为 ${typeName(issue.expected)}`;
      return `类型不对，应为 ${typeName(issue.expected)}${got}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `取值不对，应为 ${shown(issue.values[0])}${got}` : `取值不对，可选值为 ${issue.values.map(shown).join('、')}${got}`;
    case 'invalid_union': {
      const forms = [...new Set(issue.errors.map((errs) => (errs[0] ? expectedForm(errs[0]) : '')).filter(Boolean))];
      if (forms.length) return `取值不对，应为 ${forms.join('，或 ')}${got}`;
      const options = (issue as { options?: unknown[] }).options;
      return `取值不对${options?.length ? `，可选值为 ${options.map(shown).join('、')}` : ''}${got}`;
    }
    case 'invalid_format':
      return `格式不对，应为${formatName(issue)}${got}`;
    case 'too_small':
      return `${boundText(issue.origin, issue.minimum, issue.inclusive ?? true, 'min')}${got}`;
    case 'too_big':
      return `${boundText(issue.origin, issue.maximum, issue.inclusive ?? true, 'max')}${got}`;
    case 'not_multiple_of':
      return `取值不对，应为 ${String(issue.divisor)} 的倍数${got}`;
    case 'invalid_key':
      return `键名不对：${issue.issues[0] ? describeIssue(issue.issues[0]) : '格式不符'}`;
    case 'invalid_element':
      return `其中的元素不对：${issue.issues[0] ? describeIssue(issue.issues[0]) : '格式不符'}`;
    case 'custom':
      return `取值不对${got}`;
  }
}

/** The expected form an issue names, for listing the alternatives of a union. */
function expectedForm(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeName(issue.expected);
    case 'invalid_value':
      return issue.values.length === 1 ? shown(issue.values[0]) : `${issue.values.map(shown).join('、')} 之一`;
    case 'invalid_format':
      return formatName(issue).trim();
    case 'too_small':
    case 'too_big':
      return `${typeName(issue.origin)}（${boundText(issue.origin, issue.code === 'too_small' ? issue.minimum : issue.maximum, issue.inclusive ?? true, issue.code === 'too_small' ? 'min' : 'max')}）`;
    default:
      return describeIssue(issue);
  }
}

function formatName(issue: z.core.$ZodIssue & { code: 'invalid_format' }): string {
  const names: Record<string, string> = {
    email: '电子邮件地址',
    url: '网址',
    uuid: 'UUID',
    datetime: 'ISO 日期时间（如 2025-01-31T08:00:00Z）',
    date: '日期（如 2025-01-31）',
    time: '时间（如 08:00:00）',
    starts_with: `以 ${shown((issue as { prefix?: string }).prefix)} 开头的字符串`,
    ends_with: `以 ${shown((issue as { suffix?: string }).suffix)} 结尾的字符串`,
    includes: `包含 ${shown((issue as { includes?: string }).includes)} 的字符串`,
  };
  if (names[issue.format]) return ` ${names[issue.format]}`;
  return issue.format === 'regex' && issue.pattern ? `符合 ${issue.pattern} 的字符串` : ` ${issue.format} 格式`;
}

function boundText(origin: string, bound: unknown, inclusive: boolean, side: 'min' | 'max'): string {
  const n = String(bound);
  const unit: Record<string, string> = { string: '个字符', array: '项', set: '项', file: '字节' };
  if (unit[origin]) {
    if (side === 'min') return Number(bound) === 1 && inclusive ? '不能为空' : `太短，至少 ${inclusive ? n : Number(bound) + 1} ${unit[origin]}`;
    return `太长，最多 ${inclusive ? n : Number(bound) - 1} ${unit[origin]}`;
  }
  if (side === 'min') return Number(bound) === 0 && !inclusive ? '应为正数' : `取值过小，应${inclusive ? '不小于' : '大于'} ${n}`;
  return `取值过大，应${inclusive ? '不大于' : '小于'} ${n}`;
}

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: '字符串',
    number: '数字',
    int: '整数',
    bigint: '整数',
    boolean: 'true 或 false',
    object: '对象 {…}',
    record: '对象 {…}',
    array: '数组 […]',
    tuple: '数组 […]',
    null: 'null',
    set: '数组 […]',
    map: '对象 {…}',
    date: '日期',
    nan: 'NaN',
    undefined: '不写此项',
  };
  return names[t] ?? t;
}

/** A given value as it appears in JSON, shortened. */
function shown(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  if (Array.isArray(v)) s = s.length > 30 ? '数组 […]' : s;
  else if (v !== null && typeof v === 'object') s = s.length > 30 ? '对象 {…}' : s;
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
