// The department registry: which bodies a plan of a city or district may name
// in its responsibility notes. Pure: the built-in Tianjin data is bundled
// JSON; a project's own registry file is read by the Node host
// (node/registry-loader.ts) and handed over as parsed JSON. The format is
// documented in docs/registry.md.
import * as z from 'zod';
import builtin from '../../data/tianjin.registry.json';
import { ConfigError, formatJsonPath, type JsonText, locate, validateData } from './data-file';
import type { PlanDocument } from '../model/document';

/** `{区}` is replaced by the district's short name (红桥), `{区名}` by its full name (红桥区). */
export const DepartmentEntrySchema = z
  .object({
    /** The preferred form, e.g. 区市场监管局 or 公安{区}分局. */
    name: z.string().min(2),
    /** Full official name, e.g. {区名}市场监督管理局. */
    full: z.string().min(2).optional(),
    /** Other accepted forms (abbreviations, long forms). */
    aliases: z.array(z.string().min(2)).optional(),
    /** The municipal counterpart (a cityLevel name), e.g. 市市场监管委 for 区市场监管局. */
    municipal: z.string().min(2).optional(),
    /** Only these districts (short names) have this body; all when absent. */
    districts: z.array(z.string().min(1)).optional(),
  })
  .strict();

/**
 * A collective body: its name, or the name with its municipal counterpart
 * (区食安委成员单位 ↔ 市食安委成员单位), a cityLevel collective.
 */
export const CollectiveSchema = z.union([z.string().min(2), z.object({ name: z.string().min(2), municipal: z.string().min(2).optional() }).strict()]);

const LevelSchema = z
  .object({
    departments: z.array(DepartmentEntrySchema),
    /** Collective bodies: 区食安委成员单位, 各街道 … */
    collectives: z.array(CollectiveSchema).optional(),
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

export const RegistrySchema = z
  .object({
    $schema: z.string().optional(),
    $comment: z.string().optional(),
    /** The city (or province) the registry covers. */
    jurisdiction: z.object({ name: z.string().min(2), short: z.string().min(1) }).strict(),
    districts: z.array(z.object({ name: z.string().min(2), short: z.string().min(1) }).strict()).min(1),
    cityLevel: LevelSchema.optional(),
    districtLevel: LevelSchema,
    /** Regular expressions for collective bodies (…成员单位). */
    collectivePatterns: z.array(RegexString).optional(),
    /** Real names used elsewhere; never reported as misspellings. */
    otherNames: z.array(z.string().min(2)).optional(),
  })
  .strict();

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
