// Errors in JSON data files (configuration, registry): the file, the JSON
// path and what is expected, in Chinese. Pure.
import type * as z from 'zod';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    /** JSON path such as rules["numbering/sequence"][1].style, or '' for the whole file. */
    readonly jsonPath: string,
    readonly detail: string,
  ) {
    super(`配置文件 ${file}${jsonPath ? ` 的 ${jsonPath}` : ''} 有误：${detail}`);
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

/** Explains a zod issue in Chinese. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不认识的设置项 ${issue.keys.map((k) => `“${k}”`).join('、')}，请检查拼写或删除`;
    case 'invalid_type':
      return `类型不对，应为 ${typeName(issue.expected)}`;
    case 'invalid_value':
      return `取值不对，可选值为 ${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
    case 'invalid_union':
      return '取值不对：应为 "off"、"info"、"warning"、"error" 之一，或 [级别, {选项}]';
    case 'too_small':
      return `取值过小或过短（最小 ${String(issue.minimum)}）`;
    case 'too_big':
      return `取值过大或过长（最大 ${String(issue.maximum)}）`;
    default:
      return issue.message;
  }
}

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: '字符串',
    number: '数字',
    boolean: 'true 或 false',
    object: '对象 {…}',
    array: '数组 […]',
  };
  return names[t] ?? t;
}

