// .fsplanrc.json: schema, validation and resolution of rule settings. Pure:
// the caller reads the file; this module turns text into a validated config
// or an error that names the file, the JSON path and what is expected.
import { z } from 'zod';
import { jsonErrorOffset, lineColumn } from './json-position';
import type { Rule, Severity } from './types';

export const SeveritySetting = z.enum(['off', 'info', 'warning', 'error']);
export type SeveritySetting = z.infer<typeof SeveritySetting>;

const RuleSetting = z.union([SeveritySetting, z.tuple([SeveritySetting, z.record(z.string(), z.unknown())])]);

/** One entry of the "departments" setting: a new body, or more forms of a known one. */
export const DepartmentSetting = z
  .object({
    /** A new name, or any form the registry already knows (then the entry extends it). */
    name: z.string().min(2),
    full: z.string().min(2).optional(),
    aliases: z.array(z.string().min(2)).optional(),
    /** The form this project prefers; department/inconsistent rewrites other forms to it. */
    preferred: z.string().min(2).optional(),
    /** Municipal counterpart, e.g. 市市场监管委. */
    municipal: z.string().min(2).optional(),
    /** A collective body (成员单位, 各街道 …) rather than one department. */
    collective: z.boolean().optional(),
  })
  .strict();
export type DepartmentSetting = z.infer<typeof DepartmentSetting>;

/**
 * The configuration file. Later features add their settings here; every key
 * is documented in docs/configuration.md.
 */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Stop walking up the folders for more config files. */
    root: z.boolean().optional(),
    rules: z.record(z.string(), RuleSetting).optional(),
    /** The plan's jurisdiction when the title does not say it, e.g. "红桥区". */
    jurisdiction: z.string().min(2).optional(),
    /** Path of the municipal plan this plan is compared with (relative to the config file). */
    municipalPlan: z.string().min(1).optional(),
    /** Folders searched for the municipal plan cited in the text (relative to the config file). */
    referenceFolders: z.array(z.string().min(1)).optional(),
    /** Largest plan file the CLI reads: bytes, or a size such as "20MB" (default 20MB). */
    maxFileSize: z.union([z.number().int().positive(), z.string().regex(/^\s*\d+(?:\.\d+)?\s*(?:B|KB|MB|GB)?\s*$/i)]).optional(),
    /** Path of a department registry file that replaces the built-in Tianjin data (docs/registry.md). */
    registry: z.string().min(1).optional(),
    /** Extra departments, aliases and preferred forms on top of the registry. */
    departments: z.array(DepartmentSetting).optional(),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

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

/** Parses and validates config text. Throws ConfigError. */
export function parseConfig(text: string, file: string, rules: ReadonlyMap<string, Rule>): Config {
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch {
    // where it breaks, in Chinese (the engine's English message adds nothing)
    const at = jsonErrorOffset(body);
    const p = at >= 0 ? lineColumn(body, at) : undefined;
    const where = p ? `（第 ${p.line} 行第 ${p.column} 列附近）` : '';
    throw new ConfigError(file, '', `不是合法的 JSON${where}。请检查逗号、引号和括号（JSON 不允许注释和多余的逗号）`);
  }
  const r = ConfigSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new ConfigError(file, formatJsonPath(issue.path), describeIssue(issue));
  }
  const config = r.data;
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = rules.get(id);
    if (!rule) {
      const near = closestId(id, [...rules.keys()]);
      throw new ConfigError(file, formatJsonPath(['rules', id]), `没有名为“${id}”的规则${near ? `，是否想写“${near}”？` : ''}。规则列表见 README`);
    }
    if (Array.isArray(setting)) {
      const o = rule.options.safeParse(setting[1]);
      if (!o.success) {
        const issue = o.error.issues[0];
        throw new ConfigError(file, formatJsonPath(['rules', id, 1, ...issue.path]), describeIssue(issue));
      }
    }
  }
  return config;
}

function closestId(id: string, ids: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of ids) {
    const d = editDistance(id, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= Math.max(3, id.length / 3) ? best : undefined;
}

/** Levenshtein distance over UTF-16 units (linear memory). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

/**
 * Merges configs (outermost first, nearest last) into the rules to run, with
 * their severities and parsed options.
 */
export function resolveRules(rules: readonly Rule[], configs: readonly Config[]): ResolvedRule[] {
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    let severity: SeveritySetting = rule.severity;
    let options: unknown = undefined;
    for (const c of configs) {
      const s = c.rules?.[rule.id];
      if (s === undefined) continue;
      if (Array.isArray(s)) {
        severity = s[0];
        options = s[1];
      } else severity = s;
    }
    if (severity === 'off') continue;
    out.push({ rule, severity, options: rule.options.parse(options ?? {}) });
  }
  return out;
}

/** Merges the non-rule settings: nearer configs win. */
export function mergeSettings(configs: readonly Config[]): Omit<Config, 'rules'> {
  const out: Omit<Config, 'rules'> = {};
  for (const c of configs) {
    const { rules: _r, ...rest } = c;
    Object.assign(out, rest);
  }
  return out;
}
