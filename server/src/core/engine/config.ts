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

export { CONFIG_FILE } from './config-file';

export const SeveritySetting = z.enum(['off', 'info', 'warning', 'error']);
export type SeveritySetting = z.infer<typeof SeveritySetting>;

/** A size: bytes, or a number with B, KB, MB or GB (any case; spelled out so the JSON Schema pattern, which has no flags, says the same). */
const SIZE_PATTERN = /^\s*\d+(?:\.\d+)?\s*(?:[Bb]|[KkMmGg][Bb])?\s*$/;
const SIZE_FORM = '应为文件大小：正整数字节数，或 "512KB"、"20MB"、"1GB" 这样带单位的字符串';

const RuleSetting = z.union([SeveritySetting, z.tuple([SeveritySetting, z.record(z.string(), z.unknown())])], {
  error: '取值不对：应为 "off"、"info"、"warning"、"error" 之一，或 [级别, {选项}]',
});

/**
 * The configuration file. Later features add their settings here with a
 * Chinese `.meta({ description, markdownDescription?, examples? })`: the JSON
 * Schema editors validate with (core/engine/schemas.ts) and
 * docs/configuration.md (npm run gen:docs) are generated from it.
 */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional().meta({ description: '本文件所用 JSON Schema 的地址（编辑器用于提示，fsplan 不读取）。' }),
    root: z
      .boolean()
      .optional()
      .meta({
        description: '为 true 时不再向上级文件夹查找配置文件。',
        markdownDescription: '为 `true` 时不再向上级文件夹查找 `.fsplanrc.json`：本文件及其下级文件夹中的配置就是全部设置。',
        examples: [true],
      }),
    rules: z
      .record(z.string(), RuleSetting)
      .optional()
      .meta({
        description: '规则的级别和选项：规则名 → "off"、"info"、"warning"、"error"，或 [级别, {选项}]。',
        markdownDescription:
          '规则的级别和选项。键是规则名（如 `numbering/sequence`，列表见 README 的规则表），值是 `"off"`、`"info"`、`"warning"`、`"error"` 之一，或 `[级别, {选项}]`（各规则的选项见 `docs/rules/` 中该规则的说明）。没有写出的规则使用默认级别；较近的配置覆盖较远配置中同一规则的设置。',
        examples: [{ 'numbering/marker-style': 'off', 'department/unknown': ['warning', { maxSuggestions: 5 }] }],
      }),
    jurisdiction: z
      .string()
      .min(2)
      .optional()
      .meta({
        description: '计划所属辖区，如“红桥区”；计划标题没有写明辖区时使用。',
        markdownDescription:
          '计划所属辖区，如 `"红桥区"`、`"安庆市大观区"`；全国只有一个单位用的简称也可以（`"浦东"`），有重名时写上省或市（`"天津市滨海"`）。计划标题写明辖区（“红桥区2025年食品安全监督管理计划”）时以标题为准；标题没有写明时使用此项。部门名称检查依据辖区选择部门名录（区级或市级单位、本区的公安分局等）。',
        examples: ['红桥区'],
      }),
    registry: z
      .string()
      .min(1)
      .optional()
      .meta({
        description: '部门名录文件的路径（相对于配置文件），替换内置的天津市名录。',
        markdownDescription:
          '部门名录文件的路径（相对于配置文件），替换内置的天津市名录。用于其他省市的计划，格式见 [registry.md](registry.md)。\n\n名录文件缺失、不是合法的 JSON 或格式不符时，报告名录文件名、出错的 JSON 路径和行列，检查以退出码 2 结束。',
        examples: ['名录/江城市部门名录.json'],
      }),
    departments: z
      .array(DepartmentSetting)
      .optional()
      .meta({
        description: '在名录之外补充单位、别名和首选写法。',
        markdownDescription: '在名录之外补充单位、别名和首选写法。较近的配置文件中的 `departments` 整体替换较远配置中的同名设置。',
        examples: [
          [
            { name: '区大数据局', full: '红桥区大数据管理局' },
            { name: '区市场监管局', aliases: ['区市场局'] },
            { name: '区卫生健康委', preferred: '区卫健委' },
          ],
        ],
      }),
    maxFileSize: z
      .union([z.number().int().positive(), z.string().regex(SIZE_PATTERN, { error: SIZE_FORM })], { error: SIZE_FORM })
      .optional()
      .meta({
        description: '命令行读取计划文件的大小上限：字节数，或 "512KB"、"20MB"、"1GB"（默认 "20MB"）。',
        markdownDescription:
          '命令行读取计划文件的大小上限，超过的文件不读取并报错（退出码 2）。可写字节数（如 `1048576`），或带单位的字符串 `"512KB"`、`"20MB"`、`"1GB"`。默认 `"20MB"`。命令行 `--max-file-size` 优先于此设置。',
        examples: ['50MB'],
      }),
    municipalPlan: z
      .string()
      .min(1)
      .optional()
      .meta({
        description: '用于对比量化指标的市级计划文本文件的路径（相对于配置文件）。',
        markdownDescription:
          '市级计划文本文件的路径，相对于该配置文件所在文件夹。设置后，本文件夹及下级文件夹中的区级计划都与这份市级计划对比（[`target/below-municipal`](rules/target/below-municipal.md) 和 `fsplan compare`）。命令行 `--municipal` 优先于本项。文件不存在或不是计划时，检查以中文错误结束。',
        examples: ['../市级/天津市2025年食品安全监督管理计划.txt'],
      }),
    referenceFolders: z
      .array(z.string().min(1))
      .optional()
      .meta({
        description: '查找所引市级计划的文件夹（相对于配置文件）。',
        markdownDescription:
          '字符串数组，存放市级计划等参考文件的文件夹，相对于该配置文件所在文件夹。未设置 `municipalPlan` 时，fsplan 按区级计划引用的标题（“根据《天津市2025年食品安全监督管理计划》”）在计划所在文件夹和这些文件夹中查找计划标题相同的文件。找不到时不报错，只是不做对比。',
        examples: [['../参考文件']],
      }),
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
