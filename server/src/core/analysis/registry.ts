// The department registry: which bodies a plan of a city or district may name
// in its responsibility notes. Pure: the built-in Tianjin data is bundled
// JSON; a project's own registry file is read by the Node host
// (node/registry-loader.ts) and handed over as parsed JSON. The format is
// documented in docs/registry.md.
import * as z from 'zod';
import builtin from '../../data/tianjin.registry.json';
import { ConfigError, formatJsonPath, type JsonText, locate, parseJsonText, validateData } from './data-file';
import type { PlanDocument } from '../model/document';

/** `{区}` is replaced by the district's short name (红桥), `{区名}` by its full name (红桥区). */
export const DepartmentEntrySchema = z
  .object({
    name: z.string().min(2).meta({ description: '规范写法，如“区市场监管局”或“公安{区}分局”（{区} 换成区的简称，{区名} 换成全称）。' }),
    full: z.string().min(2).optional().meta({ description: '全称，如“{区名}市场监督管理局”。' }),
    aliases: z.array(z.string().min(2)).optional().meta({ description: '认可的其他写法（简称、长称）。' }),
    municipal: z.string().min(2).optional().meta({ description: '对应的市级单位（cityLevel 中的名称），如区市场监管局对应“市市场监管委”。' }),
    districts: z.array(z.string().min(1)).optional().meta({ description: '只有这些区（写简称）设有该单位；不写表示各区都有。' }),
  })
  .strict()
  .meta({ description: '一个单位。' });

/**
 * A collective body: its name, or the name with its municipal counterpart
 * (区食安委成员单位 ↔ 市食安委成员单位), a cityLevel collective.
 */
export const CollectiveSchema = z
  .union([
    z.string().min(2),
    z
      .object({
        name: z.string().min(2).meta({ description: '集合名称，如“区食安委成员单位”。' }),
        municipal: z.string().min(2).optional().meta({ description: '对应的市级集合名称，如“市食安委成员单位”。' }),
      })
      .strict(),
  ])
  .meta({ description: '集合名称（成员单位、各街道等）：名称，或 {name, municipal}。' });

const LevelSchema = z
  .object({
    departments: z.array(DepartmentEntrySchema).meta({ description: '这一级的单位。' }),
    collectives: z.array(CollectiveSchema).optional().meta({ description: '这一级的集合名称：区食安委成员单位、各街道……' }),
  })
  .strict();

const RegexString = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, '不是合法的正则表达式');

const Place = z
  .object({
    name: z.string().min(2).meta({ description: '全称，如“天津市”“红桥区”。' }),
    short: z.string().min(1).meta({ description: '简称，如“天津”“红桥”。' }),
  })
  .strict();

export const RegistrySchema = z
  .object({
    $schema: z.string().optional().meta({ description: '本文件所用 JSON Schema 的地址（编辑器用于提示，fsplan 不读取）。' }),
    $comment: z.string().optional().meta({ description: '说明文字（fsplan 不读取）。' }),
    jurisdiction: Place.meta({ description: '名录所覆盖的市（或省）。' }),
    districts: z.array(Place).min(1).meta({ description: '下辖的区县（至少一个）。' }),
    cityLevel: LevelSchema.optional().meta({ description: '市级单位和集合名称。' }),
    districtLevel: LevelSchema.meta({ description: '区级单位和集合名称（{区}、{区名} 按各区替换）。' }),
    collectivePatterns: z.array(RegexString).optional().meta({ description: '识别集合名称（…成员单位）的正则表达式。' }),
    otherNames: z.array(z.string().min(2)).optional().meta({ description: '别处使用的真实名称；不会被当作笔误报告。' }),
  })
  .strict()
  .meta({ title: 'fsplan 部门名录', description: '某个市（或省）及其各区的计划中，责任分工可以写哪些单位（格式见 docs/registry.md）。' });

export type DepartmentEntry = z.infer<typeof DepartmentEntrySchema>;
export type Collective = z.infer<typeof CollectiveSchema>;

/** A collective as a department entry (name, and municipal counterpart when given). */
export function collectiveEntry(c: Collective): DepartmentEntry {
  return typeof c === 'string' ? { name: c } : { name: c.name, municipal: c.municipal };
}
export type Registry = z.infer<typeof RegistrySchema>;

/**
 * Validates registry JSON; errors name the file and the JSON path
 * (ConfigError), and the line and column when `source` is the parsed text.
 */
export function parseRegistry(json: unknown, file: string, source?: JsonText): Registry {
  const reg = validateData(RegistrySchema, json, file, source, [], '（部门名录格式见 docs/registry.md）');
  const fail = (path: Array<string | number>, detail: string): never => {
    throw new ConfigError(file, formatJsonPath(path), detail, locate(source, path));
  };
  const cityNames = new Set((reg.cityLevel?.departments ?? []).flatMap((d) => [d.name, ...(d.aliases ?? [])]));
  reg.districtLevel.departments.forEach((d, i) => {
    if (d.municipal && reg.cityLevel && !cityNames.has(d.municipal)) {
      fail(['districtLevel', 'departments', i, 'municipal'], `“${d.municipal}”不在 cityLevel.departments 中，请先在市级部门中列出`);
    }
    const shorts = new Set(reg.districts.map((x) => x.short));
    (d.districts ?? []).forEach((s, k) => {
      if (!shorts.has(s)) fail(['districtLevel', 'departments', i, 'districts', k], `“${s}”不在 districts 中（应写区的简称，如“红桥”）`);
    });
  });
  const cityCollectives = new Set((reg.cityLevel?.collectives ?? []).map((c) => collectiveEntry(c).name));
  (reg.districtLevel.collectives ?? []).forEach((c, i) => {
    const m = collectiveEntry(c).municipal;
    if (m && reg.cityLevel && !cityCollectives.has(m)) {
      fail(['districtLevel', 'collectives', i, 'municipal'], `“${m}”不在 cityLevel.collectives 中，请先在市级集合名称中列出`);
    }
  });
  return reg;
}

/** Validates registry JSON text (already read; comments and trailing commas allowed); throws ConfigError naming the file, JSON path, line and column. */
export function parseRegistryText(text: string, file: string): Registry {
  const source = parseJsonText(text, file, '部门名录');
  return parseRegistry(source.value, file, source);
}

let builtinRegistry: Registry | undefined;

/** The built-in Tianjin registry (validated once). */
export function builtinTianjin(): Registry {
  builtinRegistry ??= parseRegistry(builtin, '内置天津市部门名录');
  return builtinRegistry;
}

/** Replaces {区} and {区名} in a registry name. */
export function instantiate(template: string, district: { name: string; short: string }): string {
  return template.replace(/\{区名\}/g, district.name).replace(/\{区\}/g, district.short);
}

export function isTemplate(name: string): boolean {
  return /\{区名?\}/.test(name);
}

/** One entry of the "departments" setting: a new body, or more forms of a known one. */
export const DepartmentSetting = z
  .object({
    name: z.string().min(2).meta({ description: '新单位的名称；或名录中已有单位的任一写法（此时该项补充这个单位）。' }),
    full: z.string().min(2).optional().meta({ description: '全称（悬停提示显示）。' }),
    aliases: z.array(z.string().min(2)).optional().meta({ description: '认可的其他写法。' }),
    preferred: z.string().min(2).optional().meta({ description: '本项目规定的写法；department/inconsistent 把其他写法都改为它。' }),
    municipal: z.string().min(2).optional().meta({ description: '对应的市级单位，如“市市场监管委”。' }),
    collective: z.boolean().optional().meta({ description: 'true 表示集合名称（成员单位、各街道等），而不是一个单位。' }),
  })
  .strict()
  .meta({ description: '补充的单位：新单位，或名录中已有单位的更多写法。' });
export type DepartmentSetting = z.infer<typeof DepartmentSetting>;

/** What the department and responsibility rules know beyond the text. */
export interface DepartmentEnvironment {
  /** Replaces the built-in Tianjin registry (a project's registry file, already validated). */
  registry?: Registry;
  /** Where the registry came from, for messages (a file path). */
  registrySource?: string;
  /** The jurisdiction from .fsplanrc.json ("红桥区"); used when the plan title does not name one. */
  jurisdiction?: string;
  /** Extra departments, aliases and preferred forms from .fsplanrc.json. */
  extra?: DepartmentSetting[];
}

/** The reference data the analyses read: the part of the lint environment they need. */
export interface AnalysisEnvironment {
  /** The municipal plan this district plan is compared with, when one was found. */
  municipal?: PlanDocument;
  /** Department registry and jurisdiction settings (see analysis/departments.ts). */
  departments?: DepartmentEnvironment;
}
