// .fsplanrc.json: schema, validation and resolution of rule settings. Pure:
// the caller reads the file; this module turns text into a validated config
// or an error that names the file, the JSON path and what is expected.
import * as z from 'zod';
import { ConfigError, formatJsonPath, locate, parseJsonText, validateData } from '../analysis/data-file';
import { DepartmentSetting } from '../analysis/registry';
import { editDistance } from '../analysis/similarity';

export { ConfigError, describeIssue, formatJsonPath } from '../analysis/data-file';
export { DepartmentSetting } from '../analysis/registry';
import type { Rule, Severity } from './types';

/** The project config file's name (found by walking up from a plan). */
export const CONFIG_FILE = '.fsplanrc.json';

export const SeveritySetting = z.enum(['off', 'info', 'warning', 'error']);
export type SeveritySetting = z.infer<typeof SeveritySetting>;

const SIZE_FORM = '应为文件大小：正整数字节数，或 "512KB"、"20MB"、"1GB" 这样带单位的字符串';

const RuleSetting = z.union([SeveritySetting, z.tuple([SeveritySetting, z.record(z.string(), z.unknown())])], {
  error: '取值不对：应为 "off"、"info"、"warning"、"error" 之一，或 [级别, {选项}]',
});

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
    maxFileSize: z
      .union([z.number().int().positive(), z.string().regex(/^\s*\d+(?:\.\d+)?\s*(?:B|KB|MB|GB)?\s*$/i, { error: SIZE_FORM })], { error: SIZE_FORM })
      .optional(),
    /** Path of a department registry file that replaces the built-in Tianjin data (docs/registry.md). */
    registry: z.string().min(1).optional(),
    /** Extra departments, aliases and preferred forms on top of the registry. */
    departments: z.array(DepartmentSetting).optional(),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

/**
 * Parses and validates config text (JSONC: comments and trailing commas are
 * allowed, as in VS Code's settings). Throws ConfigError.
 */
export function parseConfig(text: string, file: string, rules: ReadonlyMap<string, Rule>): Config {
  const source = parseJsonText(text, file, '');
  const config = validateData(ConfigSchema, source.value, file, source);
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = rules.get(id);
    if (!rule) {
      const near = closestId(id, [...rules.keys()]);
      throw new ConfigError(file, formatJsonPath(['rules', id]), `没有名为“${id}”的规则${near ? `，是否想写“${near}”？` : ''}。规则列表见 README`, locate(source, ['rules', id], 'key'));
    }
    if (Array.isArray(setting)) validateData(rule.options, setting[1], file, source, ['rules', id, 1]);
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
