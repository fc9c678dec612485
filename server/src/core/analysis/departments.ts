// Departments a plan may name: the registry applied to the plan's
// jurisdiction and the project's extra settings. Used by the department/*
// and responsibility/* rules, and by editor features (hover, completion)
// through describeMention, completionNames, municipalCounterpart and
// mentionAt. Pure.
import { editDistance, sharedChars } from './similarity';
import { Jurisdiction, Mention, parseJurisdiction, PlanDocument } from '../model/document';
import { placeholderInner } from '../model/notes';
import { builtinTianjin, collectiveEntry, DepartmentEntry, DepartmentSetting, instantiate, isTemplate, Registry } from './registry';
import type { AnalysisEnvironment } from './registry';
import { divisionOf, fillTemplate, hasUnitName, nationalVocabulary, ownUnitNames, siblingNames, UnitNames } from './national';
import { allUnits, citiesOf, isProvince, provinceOfCity, shortOfCity, unitPrefix, unitsNamed, upperUnitPrefix } from '../model/divisions';

export type DepartmentLevel = 'district' | 'city';

export interface DepartmentInfo {
  /** The form to write: the project's preferred form, else the registry's name. */
  canonical: string;
  /** Full official name, when known (with the district filled in). */
  full?: string;
  /** Every accepted form except the canonical one (abbreviations, long forms, the full name). */
  aliases: string[];
  /** canonical first, then aliases. */
  forms: string[];
  level: DepartmentLevel;
  /** A collective body (成员单位, 各街道 …), not one department. */
  collective: boolean;
  /** The municipal counterpart (for district bodies), e.g. 市市场监管委. */
  municipal?: string;
  /** The canonical form was set by the project (departments[].preferred). */
  preferredByProject: boolean;
}

export type MentionStatus =
  | { kind: 'known'; info: DepartmentInfo; form: string }
  | { kind: 'collective'; info?: DepartmentInfo }
  /** A city-level body named in a district plan. */
  | { kind: 'city'; info: DepartmentInfo; counterparts: DepartmentInfo[] }
  /** A body named after another district; `own` is the same body of this district, `ownForm` the name to write instead. */
  | { kind: 'foreign'; district: string; own?: DepartmentInfo; ownForm?: string }
  /** A placeholder the drafter still has to replace (【待定：市高级人民法院】): no department check applies. */
  | { kind: 'placeholder'; inner: string }
  | { kind: 'unknown' };

export interface Directory {
  jurisdiction?: Jurisdiction;
  /** The registry covers this plan's jurisdiction: unknown names are reported. */
  covered: boolean;
  level?: DepartmentLevel;
  /** Where the data came from: 内置天津市部门名录 or a file path. */
  source: string;
  /** Bodies valid in this plan. */
  entries: DepartmentInfo[];
  byForm: Map<string, DepartmentInfo>;
  /** City-level bodies (district plans only). */
  cityForms: Map<string, DepartmentInfo>;
  /** Names built from another district → that district's full name and the own body. */
  foreignForms: Map<string, { district: string; own?: DepartmentInfo; ownForm?: string }>;
  collectivePatterns: RegExp[];
  /** Full names of the other districts of the registry (武清区 …). */
  otherDistricts: string[];
  ownDistrict?: { name: string; short: string };
  /** The prefix of the plan's own bodies (区, 县, 市, 旗). */
  prefix: string;
  /** The data is the national vocabulary (no registry covers the plan). */
  national: boolean;
  /** National vocabulary: the prefixes of the next higher level's bodies (市 and 安庆市 for a county; 省 and 安徽省 for a city). */
  higherPrefixes?: string[];
  /** National vocabulary: the next higher level for messages (安庆市, 安徽省). */
  higherName?: string;
  /** National vocabulary, city plans: full names of the units below (大观区 …), whose bodies a city plan may name. */
  lowerUnits?: string[];
  /** Every real name in the registries (any district, any level), never a misspelling. */
  knownAnywhere: Set<string>;
}

export interface Suggestion {
  name: string;
  info: DepartmentInfo;
  distance: number;
  shared: number;
  /** How often the plan already names this body (ties go to the more used one). */
  uses: number;
}

function makeInfo(e: DepartmentEntry, level: DepartmentLevel, district?: { name: string; short: string }, collective = false): DepartmentInfo {
  const fill = (s: string) => (district ? instantiate(s, district) : s);
  const canonical = fill(e.name);
  const full = e.full ? fill(e.full) : undefined;
  const forms = uniq([canonical, ...(e.aliases ?? []).map(fill), ...(full ? [full] : [])]);
  return { canonical, full, aliases: forms.slice(1), forms, level, collective, municipal: e.municipal, preferredByProject: false };
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** The jurisdiction of the plan: its title, else the configured one. */
export function planJurisdiction(doc: PlanDocument, configured?: string): Jurisdiction | undefined {
  return doc.front.planTitle?.jurisdiction ?? (configured ? parseJurisdiction(configured) : undefined);
}

function registryCovers(reg: Registry, j: Jurisdiction | undefined): { level?: DepartmentLevel; district?: { name: string; short: string } } {
  if (!j) return {};
  const city = reg.jurisdiction;
  if (j.level === 'city' || j.level === 'province') {
    return j.short === city.short || j.name === city.name ? { level: 'city' } : {};
  }
  if (j.city && j.city !== city.short && j.city !== city.name) return {};
  // 江城市临江区: a city prefix the title parser does not know is the registry's own city
  const name = j.name.startsWith(city.name) ? j.name.slice(city.name.length) : j.name;
  const d = reg.districts.find((x) => x.name === name || x.short === j.short);
  return d ? { level: 'district', district: d } : {};
}

/** Stands for "no extra departments" in the cache key. */
const NO_EXTRAS: readonly DepartmentSetting[] = [];
/** Directories by registry, extra settings (by identity) and jurisdiction: a host builds each once. */
const directoryCache = new WeakMap<Registry, WeakMap<readonly DepartmentSetting[], Map<string, Directory>>>();

/**
 * Builds the directory of a plan from the lint environment (built-in Tianjin
 * data when none is given). The directory only depends on the registry, the
 * extra settings and the plan's jurisdiction, so it is cached by those
 * (registry and settings by identity: hosts keep them while the config is
 * unchanged). A directory is read-only.
 */
export function buildDirectory(doc: PlanDocument, env: AnalysisEnvironment = {}): Directory {
  const de = env.departments ?? {};
  const reg = de.registry ?? builtinTianjin();
  const jurisdiction = planJurisdiction(doc, de.jurisdiction);
  const extras = de.extra ?? NO_EXTRAS;
  let byExtras = directoryCache.get(reg);
  if (!byExtras) directoryCache.set(reg, (byExtras = new WeakMap()));
  let byKey = byExtras.get(extras);
  if (!byKey) byExtras.set(extras, (byKey = new Map()));
  const key = `${de.registry ? (de.registrySource ?? '') : ''}\u0000${jurisdiction ? JSON.stringify(jurisdiction) : ''}`;
  let dir = byKey.get(key);
  if (!dir) {
    if (byKey.size >= 64) byKey.clear();
    dir = makeDirectory(de, reg, jurisdiction);
    byKey.set(key, dir);
  }
  return dir;
}

function makeDirectory(de: NonNullable<AnalysisEnvironment['departments']>, reg: Registry, jurisdiction: Jurisdiction | undefined): Directory {
  const { level, district } = registryCovers(reg, jurisdiction);
  if (level === undefined && jurisdiction && jurisdiction.level !== 'city' && jurisdiction.level !== 'province' && unitsNamed(jurisdiction.name).length) {
    return makeNationalDirectory(de, reg, jurisdiction);
  }
  if (level === undefined && jurisdiction && (jurisdiction.level === 'city' || jurisdiction.level === 'province')) {
    const national = makeNationalUpperDirectory(de, reg, jurisdiction);
    if (national) return national;
  }
  const entries: DepartmentInfo[] = [];
  const cityForms = new Map<string, DepartmentInfo>();
  const foreignForms = new Map<string, { district: string; own?: DepartmentInfo; ownForm?: string }>();
  const cityInfos = (reg.cityLevel?.departments ?? []).map((e) => makeInfo(e, 'city'));
  const cityCollectives = (reg.cityLevel?.collectives ?? []).map((c) => makeInfo({ name: collectiveEntry(c).name }, 'city', undefined, true));
  if (level === 'city') {
    entries.push(...cityInfos, ...cityCollectives);
  } else if (level === 'district' && district) {
    for (const e of reg.districtLevel.departments) {
      if (e.districts && !e.districts.includes(district.short)) continue;
      const own = makeInfo(e, 'district', district);
      entries.push(own);
      const templated = [e.name, ...(e.aliases ?? [])].filter(isTemplate);
      for (const other of reg.districts) {
        if (other.short === district.short) continue;
        for (const t of templated) foreignForms.set(instantiate(t, other), { district: other.name, own, ownForm: instantiate(t, district) });
      }
    }
    for (const c of reg.districtLevel.collectives ?? []) entries.push(makeInfo(collectiveEntry(c), 'district', district, true));
    for (const c of cityInfos) for (const f of c.forms) cityForms.set(f, c);
  }
  applyExtras(entries, de.extra ?? [], level ?? 'district');
  const byForm = new Map<string, DepartmentInfo>();
  for (const info of entries) for (const f of info.forms) if (!byForm.has(f)) byForm.set(f, info);
  // a city-level form that is also a district form (市规划资源局红桥分局 is district) stays district
  for (const f of byForm.keys()) cityForms.delete(f);

  const knownAnywhere = new Set<string>();
  for (const r of new Set([reg, builtinTianjin()])) {
    for (const e of r.districtLevel.departments) for (const f of [e.name, ...(e.aliases ?? [])]) if (!isTemplate(f)) knownAnywhere.add(f);
    for (const e of r.cityLevel?.departments ?? []) for (const f of [e.name, ...(e.aliases ?? [])]) knownAnywhere.add(f);
    for (const c of [...(r.districtLevel.collectives ?? []), ...(r.cityLevel?.collectives ?? [])]) knownAnywhere.add(collectiveEntry(c).name);
    for (const c of r.otherNames ?? []) knownAnywhere.add(c);
  }
  for (const x of de.extra ?? []) for (const f of [x.name, ...(x.aliases ?? []), ...(x.preferred ? [x.preferred] : [])]) knownAnywhere.add(f);

  return {
    jurisdiction,
    covered: level !== undefined,
    level,
    source: de.registry ? (de.registrySource ?? '部门名录文件') : '内置天津市部门名录',
    entries,
    byForm,
    cityForms,
    foreignForms,
    collectivePatterns: (reg.collectivePatterns ?? []).map((p) => new RegExp(p, 'u')),
    otherDistricts: level === 'district' ? reg.districts.filter((d) => d !== district).map((d) => d.name) : [],
    ownDistrict: district,
    prefix: '区',
    national: false,
    knownAnywhere,
  };
}

/** The name of the national vocabulary in messages. */
export const NATIONAL_SOURCE = '全国县级部门通用名录';

/**
 * The directory of a county-level plan no registry covers: the national
 * vocabulary with the unit's own prefix; the other units of its city give
 * foreign names; the parent city's bodies (市…, 安庆市…) are city-level.
 */
function makeNationalDirectory(de: NonNullable<AnalysisEnvironment['departments']>, reg: Registry, j: Jurisdiction): Directory {
  const division = divisionOf(j);
  const own = ownUnitNames(j, division);
  const cityName = division?.city ?? (j.city ? j.city + '市' : '');
  return nationalDirectory(de, reg, {
    j,
    own,
    others: siblingNames(division),
    // the parent city's bodies: 市市场监管局 (unless 市 is the plan's own prefix) and 安庆市市场监管局
    higherPrefixes: [...(own.prefix !== '市' && cityName ? ['市'] : []), ...(cityName ? [cityName] : [])],
    higherName: division?.city || (j.city ? shortOfCity(j.city) + '市' : undefined),
    level: 'district',
    // a county-level city's own bodies are 市…: its city's are named in full (石家庄市卫生健康委)
    municipal: (stem) => (own.prefix !== '市' ? '市' + stem : cityName ? cityName + stem : undefined),
  });
}


/**
 * The directory of a city-level (市, 自治州, 盟, 地区, a municipality) or
 * provincial plan no registry covers: the national vocabulary with the plan's
 * own prefix (市市场监管局, 州卫生健康委, 省农业农村厅); the province's bodies
 * are the higher level in a city plan; the units below a city (大观区 …) and
 * 各县（市、区）… are lower-level bodies a city plan may name.
 */
function makeNationalUpperDirectory(de: NonNullable<AnalysisEnvironment['departments']>, reg: Registry, j: Jurisdiction): Directory | undefined {
  const province = j.level === 'province' ? j.name : isProvince(j.name) ? j.name : provinceOfCity(j.name);
  if (!province) return undefined;
  const prefix = upperUnitPrefix(j.name);
  const short = shortOfCity(j.name);
  // 恩施州市场监管局, 锡林郭勒盟…: the short name with its prefix is the plan's own name too
  const more = prefix === '州' && short ? [short + '州'] : [];
  // no short name in templates: 公安{区}分局 and 市公安局{区}分局 are a county's forms
  const own: UnitNames = { prefix, morePrefixes: more, name: j.name, short: '', city: '' };
  const isCity = province !== j.name;
  const provincePrefix = upperUnitPrefix(province);
  // a prefecture city's units, a municipality's districts
  const units = allUnits().filter((u) => u.city === j.name);
  // the other cities of the province (not for a municipality): 合肥市市场监管局 in an 安庆市 plan is foreign
  const others: UnitNames[] = isCity ? citiesOf(province).filter((c) => c !== j.name).map((c) => ({ prefix: upperUnitPrefix(c), name: c, short: shortOfCity(c).length >= 2 ? shortOfCity(c) : '', city: '' })) : [];
  return nationalDirectory(de, reg, {
    j,
    own,
    others,
    higherPrefixes: isCity ? [provincePrefix, province] : [],
    higherName: isCity ? province : undefined,
    level: 'city',
    // `municipal` is the city counterpart of a county body (hover: 对应市级部门); a city's bodies have none
    municipal: () => undefined,
    hall: prefix === '省' || prefix === '自治区' ? 'own' : isCity ? 'higher' : undefined,
    lowerUnits: units.map((u) => u.name),
  });
}

/** A province's departments are 厅 where a city's and county's are 局 (农业农村厅, 公安厅): both are read. */
function withHall(forms: string[]): string[] {
  return uniq(forms.flatMap((f) => (f.endsWith('局') && !/分局$/.test(f) ? [f, f.slice(0, -1) + '厅'] : [f])));
}

interface NationalLevel {
  j: Jurisdiction;
  own: UnitNames;
  /** Units of the same level whose bodies are foreign here. */
  others: UnitNames[];
  higherPrefixes: string[];
  higherName?: string;
  level: DepartmentLevel;
  /** The higher body of a stem (市场监管局 → 市市场监管局). */
  municipal(stem: string): string | undefined;
  /** Whose bodies also take 厅: the plan's own (a province plan) or the higher level's (a city plan). */
  hall?: 'own' | 'higher';
  lowerUnits?: string[];
}

function nationalDirectory(de: NonNullable<AnalysisEnvironment['departments']>, reg: Registry, n: NationalLevel): Directory {
  const voc = nationalVocabulary();
  const { j, own, others } = n;
  const entries: DepartmentInfo[] = [];
  const cityForms = new Map<string, DepartmentInfo>();
  const foreignForms = new Map<string, { district: string; own?: DepartmentInfo; ownForm?: string }>();
  const fillAll = (xs: string[], u: UnitNames) => uniq(xs.map((x) => fillTemplate(x, u)).filter((x): x is string => x !== undefined));
  for (const e of voc.departments) {
    const levelled = [e.name, ...(e.aliases ?? [])].filter((t) => t.startsWith('{级}') && !hasUnitName(t));
    // 林区市场监管局 in 神农架林区, 新区… in a 新区: the unit's own word as a prefix too
    const more = (own.morePrefixes ?? []).flatMap((mp) => levelled.map((t) => mp + t.slice(3)));
    let forms = uniq([...fillAll([e.name, ...(e.aliases ?? [])], own), ...more]);
    if (n.hall === 'own') forms = withHall(forms);
    if (!forms.length) continue;
    const full = e.full ? fillTemplate(e.full, own) : undefined;
    const info: DepartmentInfo = {
      canonical: forms[0],
      full,
      aliases: uniq([...forms.slice(1), ...(full ? [full] : [])]).filter((f) => f !== forms[0]),
      forms: uniq([...forms, ...(full ? [full] : [])]),
      level: n.level,
      collective: false,
      municipal: e.name.startsWith('{级}') ? n.municipal(e.name.slice(3)) : undefined,
      preferredByProject: false,
    };
    entries.push(info);
    for (const other of others) {
      for (const t of [e.name, ...(e.aliases ?? [])].filter(hasUnitName)) {
        const f = fillTemplate(t, other);
        const mine = fillTemplate(t, own);
        if (f) foreignForms.set(f, { district: other.name, own: info, ownForm: mine ?? info.canonical });
      }
    }
    let stems = n.higherPrefixes.flatMap((cp) => levelled.map((t) => cp + t.slice(3)));
    if (n.hall === 'higher') stems = withHall(stems);
    if (stems.length) {
      const ci: DepartmentInfo = { canonical: stems[0], aliases: stems.slice(1), forms: stems, level: 'city', collective: false, preferredByProject: false };
      for (const f of stems) if (!cityForms.has(f)) cityForms.set(f, ci);
    }
  }
  for (const c of voc.collectives) {
    const name = fillTemplate(c, own);
    if (name) entries.push({ canonical: name, aliases: [], forms: [name], level: n.level, collective: true, preferredByProject: false });
  }
  applyExtras(entries, de.extra ?? [], n.level);
  const byForm = new Map<string, DepartmentInfo>();
  for (const info of entries) for (const f of info.forms) if (!byForm.has(f)) byForm.set(f, info);
  for (const f of byForm.keys()) cityForms.delete(f);
  for (const f of byForm.keys()) foreignForms.delete(f);
  const knownAnywhere = new Set<string>(byForm.keys());
  for (const r of new Set([reg, builtinTianjin()])) for (const c of r.otherNames ?? []) knownAnywhere.add(c);
  const patterns = n.level === 'city' ? [...voc.collectivePatterns, ...(voc.upperCollectivePatterns ?? [])] : voc.collectivePatterns;
  return {
    jurisdiction: j,
    covered: true,
    level: n.level,
    source: NATIONAL_SOURCE,
    entries,
    byForm,
    cityForms,
    foreignForms,
    collectivePatterns: patterns.map((p) => new RegExp(p, 'u')),
    otherDistricts: others.map((o) => o.name),
    ownDistrict: { name: j.name, short: own.short || j.short },
    prefix: own.prefix,
    national: true,
    knownAnywhere,
    higherPrefixes: n.higherPrefixes,
    higherName: n.higherName,
    lowerUnits: n.lowerUnits,
  };
}

/**
 * A city body's name rewritten with this plan's prefix (市农牧局 → 旗农牧局,
 * 安庆市卫健委 → 区卫健委) when that is a valid name here (national vocabulary only).
 */
export function sameFormAtOwnLevel(dir: Directory, name: string): string | undefined {
  if (!dir.national) return undefined;
  const prefixes = [...(dir.higherPrefixes ?? [])].sort((a, b) => b.length - a.length);
  const hp = prefixes.find((x) => name.startsWith(x) && name.length > x.length);
  if (hp === undefined) return undefined;
  const stem = name.slice(hp.length);
  // 省农业农村厅 → 市农业农村局: a province's 厅 is a city's 局
  for (const st of stem.endsWith('厅') ? [stem, stem.slice(0, -1) + '局'] : [stem]) {
    const own = dir.byForm.get(dir.prefix + st);
    if (own && !own.collective) return dir.prefix + st;
  }
  return undefined;
}

/** The next higher level's name for messages (安庆市 for a county, 安徽省 for a city), when known. */
export function parentCityName(dir: Directory): string | undefined {
  if (dir.national) return dir.higherName;
  const j = dir.jurisdiction;
  const d = j ? divisionOf(j) : undefined;
  return d?.city || (j?.city ? shortOfCity(j.city) + '市' : undefined);
}

function applyExtras(entries: DepartmentInfo[], extras: readonly DepartmentSetting[], level: DepartmentLevel): void {
  for (const x of extras) {
    const names = [x.name, ...(x.aliases ?? []), ...(x.preferred ? [x.preferred] : [])];
    let info = entries.find((e) => names.some((n) => e.forms.includes(n)));
    if (!info) {
      info = { canonical: x.name, full: undefined, aliases: [], forms: [x.name], level, collective: x.collective ?? false, municipal: undefined, preferredByProject: false };
      entries.push(info);
    }
    if (x.full) info.full = x.full;
    if (x.municipal) info.municipal = x.municipal;
    if (x.collective !== undefined) info.collective = x.collective;
    if (x.preferred) {
      info.canonical = x.preferred;
      info.preferredByProject = true;
    }
    info.forms = uniq([info.canonical, ...info.forms, ...names, ...(info.full ? [info.full] : [])]);
    info.aliases = info.forms.slice(1);
  }
}

/** Statuses by name, per directory: every rule classifies every mention, and names repeat. */
const statusCache = new WeakMap<Directory, Map<string, MentionStatus>>();

/** What a name in a note is, for this plan. The result is shared: do not modify it. */
export function classify(dir: Directory, raw: string): MentionStatus {
  let cache = statusCache.get(dir);
  if (!cache) statusCache.set(dir, (cache = new Map()));
  let status = cache.get(raw);
  if (!status) {
    if (cache.size >= 10000) cache.clear();
    status = classifyName(dir, raw);
    cache.set(raw, status);
  }
  return status;
}

function classifyName(dir: Directory, raw: string): MentionStatus {
  const name = raw.replace(/\s+/g, '');
  const inner = placeholderInner(name);
  if (inner !== undefined) return { kind: 'placeholder', inner };
  const hit = dir.byForm.get(name);
  if (hit) return hit.collective ? { kind: 'collective', info: hit } : { kind: 'known', info: hit, form: name };
  if (dir.collectivePatterns.some((p) => p.test(name))) return { kind: 'collective' };
  // a city plan naming a body of one of its units: 大观区人民政府, 宿松县市场监管局
  for (const u of dir.lowerUnits ?? []) {
    if (!name.startsWith(u) || name.length === u.length) continue;
    const rest = name.slice(u.length);
    if (/^(?:人民政府|政府|党委|党委和政府|党委政府|委|人民法院|人民检察院)$/.test(rest) || dir.byForm.has(dir.prefix + rest)) return { kind: 'collective' };
  }
  // a city body's branch in one of its units: 市公安局大观分局, 市生态环境局宿松分局
  const branch = dir.lowerUnits?.length ? /^(.{2,14}?局)(.{2,10})分局$/.exec(name) : null;
  if (branch && dir.byForm.has(branch[1]) && dir.lowerUnits!.some((u) => u === branch[2] || u.startsWith(branch[2]))) return { kind: 'collective' };
  if (dir.ownDistrict && name.startsWith(dir.ownDistrict.name)) {
    const inner = dir.byForm.get(dir.prefix + name.slice(dir.ownDistrict.name.length));
    if (inner) return { kind: 'known', info: inner, form: name };
  }
  const foreign = dir.foreignForms.get(name);
  if (foreign) return { kind: 'foreign', ...foreign };
  for (const other of dir.otherDistricts) {
    if (name.startsWith(other) && name.length > other.length + 1) {
      const rest = name.slice(other.length);
      const own = dir.byForm.get(dir.prefix + rest);
      // a unit of the same kind (江北区 for 渝北区) writes its bodies as this one does: 区公安分局 stays
      const sameKind = dir.national && unitsNamed(other).some((u) => unitPrefix(u.kind) === dir.prefix);
      const ownForm = own && dir.ownDistrict ? (dir.national ? (sameKind ? dir.prefix + rest : naturalForm(own, dir.prefix + rest, dir.prefix, dir.ownDistrict)) : dir.ownDistrict.name + rest) : undefined;
      return { kind: 'foreign', district: other, own, ownForm };
    }
  }
  const city = dir.cityForms.get(name);
  if (city) return { kind: 'city', info: city, counterparts: districtCounterparts(dir, city) };
  // 区发展改革委（粮食和储备局）, 各乡镇（街道）: a known body with a bracketed remark
  const bracket = /^(.{2,}?)[（(]([^（）()]{1,20})[）)]$/.exec(name);
  if (bracket) {
    const base = classify(dir, bracket[1]);
    if (base.kind === 'known' || base.kind === 'collective' || base.kind === 'foreign' || base.kind === 'city') return base;
  }
  return { kind: 'unknown' };
}

/** `short` is `long` with characters left out (卫健委 in 卫生健康委, 教体局 in 教育体育局). */
function abbreviates(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/**
 * The form to write for a body named after another unit (藁城区卫健委 → 市卫健委,
 * 藁城区公安分局 → 市公安局): the same rest with this plan's prefix when it is the
 * canonical form or an abbreviation of another of the body's forms at this
 * level (the drafter's short form is kept), else the canonical form (公安分局
 * is a district's kind of body, not a shorter way to write 市公安局).
 */
function naturalForm(info: DepartmentInfo, form: string, prefix: string, own: { name: string; short: string }): string {
  if (form === info.canonical) return form;
  // only the forms written with the prefix alone (市公安局辛集分局 names the unit: not a longer 市公安分局)
  const levelled = info.forms.filter((f) => f.startsWith(prefix) && !f.includes(own.name) && !(own.short && f.includes(own.short)));
  return levelled.some((f) => abbreviates(form, f)) ? form : info.canonical;
}

/** District bodies whose municipal counterpart is this city body. */
export function districtCounterparts(dir: Directory, city: DepartmentInfo): DepartmentInfo[] {
  return dir.entries.filter((e) => e.level === 'district' && !e.collective && e.municipal !== undefined && city.forms.includes(e.municipal));
}

/** The municipal counterpart of a district body named in a note (市市场监管委 for 区市场监管局). */
export function municipalCounterpart(dir: Directory, name: string): string | undefined {
  const s = classify(dir, name);
  return s.kind === 'known' ? s.info.municipal : undefined;
}

/** Orders candidates: fewer edits first, then more shared characters. */
export function compareSimilarity(a: { distance: number; shared: number }, b: { distance: number; shared: number }): number {
  return a.distance - b.distance || b.shared - a.shared;
}

/** Largest edit distance at which a name still counts as a misspelling of another. */
/**
 * The least similarity (1 − edit distance ÷ the longer length) a suggestion
 * must have: two changes in a five-character name (区场监管局 → 区运管局, 0.6)
 * are a different body, not a typo; one change in it (→ 区市场监管局, 0.83) is.
 */
export const MIN_SUGGESTION_SIMILARITY = 0.65;

/** 1 − edit distance ÷ the longer length: 1 for equal names, 0 for nothing in common. */
export function nameSimilarity(distance: number, a: string, b: string): number {
  return 1 - distance / Math.max(a.length, b.length, 1);
}

export function maxTypoDistance(len: number): number {
  return len <= 4 ? 1 : len <= 9 ? 2 : 3;
}

/**
 * Up to `n` bodies valid in this plan that `name` may be a misspelling of,
 * most similar first; for each body its closest form.
 */
export function suggest(dir: Directory, name: string, n = 3, usage?: ReadonlyMap<DepartmentInfo, number>): Suggestion[] {
  const out = candidatesFor(dir, name).map((c) => ({ ...c, uses: usage?.get(c.info) ?? 0 }));
  return out.sort((a, b) => compareSimilarity(a, b) || b.uses - a.uses || Number(b.name === b.info.canonical) - Number(a.name === a.info.canonical)).slice(0, n);
}

/** Candidates by name, per directory: the search over every form does not depend on the plan. */
const candidateCache = new WeakMap<Directory, Map<string, Suggestion[]>>();

/** Every body `name` may be a misspelling of, with its closest form (in directory order; uses 0). */
function candidatesFor(dir: Directory, name: string): Suggestion[] {
  let cache = candidateCache.get(dir);
  if (!cache) candidateCache.set(dir, (cache = new Map()));
  let out = cache.get(name);
  if (out) return out;
  out = [];
  const limit = maxTypoDistance(name.length);
  for (const info of dir.entries) {
    let best: Suggestion | undefined;
    for (const f of info.forms) {
      if (f === info.full && info.forms.length > 1) continue;
      const s = { name: f, info, distance: editDistance(name, f), shared: sharedChars(name, f), uses: 0 };
      if (!best || compareSimilarity(s, best) < 0 || (compareSimilarity(s, best) === 0 && f === info.canonical)) best = s;
    }
    if (best && best.distance <= limit && best.shared >= Math.ceil(name.length * 0.6) && nameSimilarity(best.distance, name, best.name) >= MIN_SUGGESTION_SIMILARITY) {
      out.push(best);
    }
  }
  if (cache.size >= 10000) cache.clear();
  cache.set(name, out);
  return out;
}

/** How often each body is named in the plan's notes (a tie-breaker for suggestions). */
export function usageCounts(dir: Directory, doc: PlanDocument): Map<DepartmentInfo, number> {
  const out = new Map<DepartmentInfo, number>();
  for (const n of doc.notes) {
    for (const m of n.mentions) {
      const s = classify(dir, m.name);
      if (s.kind === 'known') out.set(s.info, (out.get(s.info) ?? 0) + 1);
    }
  }
  return out;
}

export interface MentionDescription {
  name: string;
  status: MentionStatus['kind'];
  canonical?: string;
  full?: string;
  aliases: string[];
  municipal?: string;
  /** For a foreign name: the district it belongs to. */
  district?: string;
}

/** For hover: what a name in a note stands for. */
export function describeMention(dir: Directory, name: string): MentionDescription {
  const s = classify(dir, name);
  switch (s.kind) {
    case 'known':
    case 'city':
      return { name, status: s.kind, canonical: s.info.canonical, full: s.info.full, aliases: s.info.aliases, municipal: s.info.municipal };
    case 'collective':
      return { name, status: s.kind, canonical: s.info?.canonical ?? name, full: s.info?.full, aliases: s.info?.aliases ?? [] };
    case 'foreign':
      return { name, status: s.kind, canonical: s.own?.canonical, full: s.own?.full, aliases: s.own?.aliases ?? [], municipal: s.own?.municipal, district: s.district };
    default:
      return { name, status: s.kind, aliases: [] };
  }
}

export interface CompletionName {
  label: string;
  canonical: string;
  full?: string;
  /** The label is the body's canonical form (listed first). */
  preferred: boolean;
  collective: boolean;
}

/** For completion: every name valid in this plan, preferred forms first. */
export function completionNames(dir: Directory): CompletionName[] {
  const first: CompletionName[] = [];
  const rest: CompletionName[] = [];
  for (const e of dir.entries) {
    for (const f of e.forms) {
      if (f === e.full && f !== e.canonical) continue;
      (f === e.canonical ? first : rest).push({ label: f, canonical: e.canonical, full: e.full, preferred: f === e.canonical, collective: e.collective });
    }
  }
  return [...first, ...rest];
}

/** The department mention at an offset of the original text (for hover). */
export function mentionAt(doc: PlanDocument, offset: number): Mention | undefined {
  for (const n of doc.notes) {
    if (offset < n.start || offset > n.end) continue;
    return n.mentions.find((m) => m.start <= offset && offset <= m.end);
  }
  return undefined;
}

/**
 * What every mention of the plan's notes is, in note and mention order
 * (doc.notes, then each note's mentions): one pass over the notes whose
 * result the responsibility and department rules share.
 */
export function mentionStatuses(dir: Directory, doc: PlanDocument): MentionStatus[] {
  const out: MentionStatus[] = [];
  for (const n of doc.notes) for (const m of n.mentions) out.push(classify(dir, m.name));
  return out;
}

/** mentionStatuses for a lint run, computed once and shared by the rules. The list is shared: do not modify it. */
export function mentionStatusesOf(ctx: { doc: PlanDocument; env: AnalysisEnvironment; memo<T>(key: string, compute: () => T): T }): MentionStatus[] {
  return ctx.memo('departments/statuses', () => mentionStatuses(directoryOf(ctx), ctx.doc));
}

/** The directory for a lint run, computed once and shared by the rules. */
export function directoryOf(ctx: { doc: PlanDocument; env: AnalysisEnvironment; memo<T>(key: string, compute: () => T): T }): Directory {
  return ctx.memo('departments/directory', () => buildDirectory(ctx.doc, ctx.env));
}
