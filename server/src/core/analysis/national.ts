// The national department vocabulary: the bodies of any county-level unit
// (区, 县, 自治县, 县级市, 旗, 新区 …) after the 2018 institutional reform,
// as data (server/src/data/national.vocabulary.json, validated by zod).
// Applied to a plan whose jurisdiction no registry covers: each name takes
// the unit's own prefix (区/县/市/旗), the names of the other units of the
// same city are foreign, and the parent city's bodies are city-level. Pure.
import * as z from 'zod';
import vocabularyJson from '../../data/national.vocabulary.json';
import { describeIssue, formatJsonPath } from './data-file';
import { Division, shortOfCity, siblings, unambiguousShorts, unitPrefix, unitsNamed } from '../model/divisions';
import type { Jurisdiction } from '../model/document';

const Entry = z
  .object({
    /** The preferred form with {级} for the unit's prefix: {级}市场监管局. */
    name: z.string().min(2),
    full: z.string().min(2).optional(),
    aliases: z.array(z.string().min(2)).optional(),
  })
  .strict();

export const VocabularySchema = z
  .object({
    $comment: z.string().optional(),
    departments: z.array(Entry).min(1),
    collectives: z.array(z.string().min(2)),
    collectivePatterns: z.array(z.string()),
    /** Collective bodies only a city or provincial plan names: 各县（市、区）人民政府, 各区县市场监管局. */
    upperCollectivePatterns: z.array(z.string()).optional(),
  })
  .strict();

export type Vocabulary = z.infer<typeof VocabularySchema>;
export type VocabularyEntry = z.infer<typeof Entry>;

/** Validates the vocabulary; a bad file is a build error with its JSON path. */
export function parseVocabulary(json: unknown): Vocabulary {
  const r = VocabularySchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`national.vocabulary.json ${formatJsonPath(issue.path)}: ${describeIssue(issue)}`);
  }
  for (const p of [...r.data.collectivePatterns, ...(r.data.upperCollectivePatterns ?? [])]) new RegExp(p, 'u');
  return r.data;
}

let vocabulary: Vocabulary | undefined;

export function nationalVocabulary(): Vocabulary {
  vocabulary ??= parseVocabulary(vocabularyJson);
  return vocabulary;
}

/** What a template needs: the unit's prefix, short and full name, and its city. */
export interface UnitNames {
  prefix: string;
  /** Other prefixes the unit's own bodies are written with: 林区 (神农架林区), 新区, 特区 (六枝特区). */
  morePrefixes?: string[];
  name: string;
  short: string;
  city: string;
}

/** Fills {级}, {区名}, {区} and {市名}; undefined when a needed part is unknown (a unit with no safe short name). */
export function fillTemplate(t: string, u: UnitNames): string | undefined {
  if (t.includes('{区}') && !u.short) return undefined;
  if (t.includes('{市名}') && !u.city) return undefined;
  return t.replace(/\{级\}/g, u.prefix).replace(/\{区名\}/g, u.name).replace(/\{区\}/g, u.short).replace(/\{市名\}/g, u.city);
}

export function hasUnitName(t: string): boolean {
  return /\{区名?\}/.test(t);
}

/** The county-level unit of a jurisdiction, when it is known (from the title, or by its name when unique). */
export function divisionOf(j: Jurisdiction | undefined): Division | undefined {
  if (!j || j.level === 'city' || j.level === 'province') return undefined;
  if (j.division) return j.division;
  const cands = unitsNamed(j.name);
  const inCity = j.city ? cands.filter((d) => shortOfCity(d.city) === j.city) : cands;
  return inCity.length === 1 ? inCity[0] : undefined;
}

/** The names of the plan's own unit; `short` only when no sibling shares it. */
export function ownUnitNames(j: Jurisdiction, d: Division | undefined): UnitNames {
  const kind = d?.kind ?? j.kind;
  const prefix = kind ? unitPrefix(kind) : j.level === 'county' ? '县' : '区';
  const safe = d ? unambiguousShorts(siblings(d)).get(d.short) === d : false;
  const more = kind === '林区' || kind === '新区' || kind === '特区' ? [kind] : [];
  return { prefix, morePrefixes: more, name: j.name, short: safe ? d!.short : '', city: d?.city ?? '' };
}

/** The other units of the same city (or directly under the same province), with their safe short names. */
export function siblingNames(d: Division | undefined): UnitNames[] {
  if (!d) return [];
  const shorts = unambiguousShorts(siblings(d));
  return siblings(d)
    .filter((s) => s !== d)
    .map((s) => ({ prefix: unitPrefix(s.kind), name: s.name, short: shorts.get(s.short) === s ? s.short : '', city: s.city }));
}

/**
 * How messages name the higher-level plan: 市级 when it is a city's plan (a
 * municipality for its districts, a prefecture city for its districts,
 * counties and county-level cities), 上级 when it is a province's or the plan
 * hangs directly from a province (济源市, 神农架林区).
 */
export function higherLevelWord(j: Jurisdiction | undefined, higher?: Jurisdiction): '市级' | '上级' {
  if (higher) return higher.level === 'city' ? '市级' : '上级';
  const d = divisionOf(j);
  return d && !d.city ? '上级' : '市级';
}
