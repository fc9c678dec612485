// China's administrative divisions (GB/T 2260): every province, prefecture-
// level unit and county-level unit with its parent, from the compact table
// that scripts/gen-divisions.mjs compiles at build time. Pure: the table is
// bundled JSON, indexed once on first use.
import table from '../../data/divisions.json';

/** The kinds of county-level unit, by the end of the name. */
export type UnitKind = '区' | '县' | '自治县' | '县级市' | '旗' | '自治旗' | '林区' | '特区' | '新区';

export interface Division {
  /** Full name: 大观区, 辛集市, 鄂托克旗, 浦东新区. */
  name: string;
  /** Name without the kind (大观, 辛集, 鄂托克, 浦东, 长阳 for 长阳土家族自治县); '' when shorter than two characters. */
  short: string;
  kind: UnitKind;
  /** The prefecture-level city (安庆市) or municipality (上海市); '' for units directly under a province. */
  city: string;
  province: string;
  /** A district or county of 北京, 天津, 上海 or 重庆. */
  municipality: boolean;
}

/** The 55 minorities as they appear in the names of autonomous counties and banners. */
const ETHNIC =
  /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族$/;

export function unitKind(name: string): UnitKind | undefined {
  if (name.endsWith('自治县')) return '自治县';
  if (name.endsWith('自治旗')) return '自治旗';
  if (name.endsWith('新区')) return '新区';
  if (name.endsWith('林区')) return '林区';
  if (name.endsWith('特区')) return '特区';
  if (name.endsWith('区')) return '区';
  if (name.endsWith('县')) return '县';
  if (name.endsWith('旗')) return '旗';
  if (name.endsWith('市')) return '县级市';
  return undefined;
}

/** The name without its kind and, for autonomous units, without the peoples' names. */
export function shortName(name: string, kind: UnitKind): string {
  const suffix = kind === '县级市' ? 1 : kind.length;
  let s = name.slice(0, name.length - suffix);
  for (let m = ETHNIC.exec(s); m && m.index > 0; m = ETHNIC.exec(s)) s = s.slice(0, m.index);
  return s.length >= 2 ? s : '';
}

/** The prefix of the unit's own bodies: 区市场监管局, 县…, 市… (county-level city), 旗…. */
export function unitPrefix(kind: UnitKind): '区' | '县' | '市' | '旗' {
  switch (kind) {
    case '县':
    case '自治县':
      return '县';
    case '县级市':
      return '市';
    case '旗':
    case '自治旗':
      return '旗';
    default:
      return '区';
  }
}

/** The prefix of a city's or province's own bodies: 市, 州 (自治州), 盟, 地区, 省, 自治区. */
export function upperUnitPrefix(name: string): string {
  const m = /(自治州|盟|地区|自治区|省)$/.exec(name);
  return !m ? '市' : m[1] === '自治州' ? '州' : m[1];
}

/** The unit's own scope word: 全区, 全县, 全市, 全旗. */
export function scopeWord(kind: UnitKind): string {
  return '全' + unitPrefix(kind);
}

interface Index {
  units: Division[];
  byName: Map<string, Division[]>;
  byCity: Map<string, Division[]>;
  /** Short names (浦东, 大观, 长阳) → the units that have them. */
  byShort: Map<string, Division[]>;
  /** Prefecture-level cities and municipalities → province. */
  cities: Map<string, string>;
  provinces: Set<string>;
  /** Short names of provinces and cities (安庆, 河北, 通化) → their full names. */
  higherShorts: Map<string, string[]>;
}

let index: Index | undefined;

function build(): Index {
  const units: Division[] = [];
  const byName = new Map<string, Division[]>();
  const byCity = new Map<string, Division[]>();
  const byShort = new Map<string, Division[]>();
  const cities = new Map<string, string>();
  const provinces = new Set<string>();
  const higherShorts = new Map<string, string[]>();
  const addHigher = (full: string) => {
    const s = shortOfCity(full);
    if (s.length >= 2 && s !== full && !higherShorts.get(s)?.includes(full)) higherShorts.set(s, [...(higherShorts.get(s) ?? []), full]);
  };
  for (const [province, list] of (table as unknown as { provinces: Array<[string, Array<[string, string]>]> }).provinces) {
    provinces.add(province);
    addHigher(province);
    const municipality = /^(北京|天津|上海|重庆)市$/.test(province);
    for (const [city, names] of list) {
      if (city) {
        cities.set(city, province);
        addHigher(city);
      }
      const group = `${province}\u0000${city}`;
      for (const name of names ? names.split(' ') : []) {
        const kind = unitKind(name);
        if (!kind) continue;
        const d: Division = { name, short: shortName(name, kind), kind, city, province, municipality };
        units.push(d);
        byName.set(name, [...(byName.get(name) ?? []), d]);
        if (d.short) byShort.set(d.short, [...(byShort.get(d.short) ?? []), d]);
        const g = byCity.get(group);
        if (g) g.push(d);
        else byCity.set(group, [d]);
      }
    }
  }
  return { units, byName, byCity, byShort, cities, provinces, higherShorts };
}

function idx(): Index {
  index ??= build();
  return index;
}

/** Every county-level unit (about 2,850). */
export function allUnits(): readonly Division[] {
  return idx().units;
}

/** County-level units with this full name (朝阳区 is in 北京 and 长春). */
export function unitsNamed(name: string): readonly Division[] {
  return idx().byName.get(name) ?? [];
}

/** The province of a prefecture-level city or municipality, or undefined. */
export function provinceOfCity(name: string): string | undefined {
  return idx().cities.get(name);
}

/** The prefecture-level cities (自治州, 盟, 地区) of a province. */
export function citiesOf(province: string): string[] {
  const out: string[] = [];
  for (const [c, p] of idx().cities) if (p === province && c !== province) out.push(c);
  return out;
}

export function isProvince(name: string): boolean {
  return idx().provinces.has(name);
}

/** The units under the same city (or directly under the same province), this one included. */
export function siblings(d: Division): readonly Division[] {
  return idx().byCity.get(`${d.province}\u0000${d.city}`) ?? [d];
}

/**
 * Short names that stand for exactly one unit among these siblings and are
 * not the name of the city itself: safe to read 公安浦东分局 as 浦东新区's.
 */
export function unambiguousShorts(units: readonly Division[]): Map<string, Division> {
  const seen = new Map<string, Division | null>();
  for (const u of units) if (u.short) seen.set(u.short, seen.has(u.short) ? null : u);
  const out = new Map<string, Division>();
  for (const [s, u] of seen) if (u && !(u.city && u.city.startsWith(s))) out.set(s, u);
  return out;
}

/** The short form of a city or province name: 安庆市 → 安庆, 河北省 → 河北, 内蒙古自治区 → 内蒙古, 恩施土家族苗族自治州 → 恩施. */
export function shortOfCity(name: string): string {
  const s = name.replace(/(?:壮族|回族|维吾尔)?自治区$|省$|市$|地区$|盟$/, '');
  if (!s.endsWith('自治州')) return s;
  // the peoples, last first: 恩施|土家族|苗族, 博尔塔拉|蒙古, 伊犁|哈萨克
  let short = s.slice(0, -3);
  for (let m = ETHNIC.exec(short) ?? /(?:蒙古|哈萨克|柯尔克孜)$/.exec(short); m && m.index > 0; m = ETHNIC.exec(short) ?? /(?:蒙古|哈萨克|柯尔克孜)$/.exec(short)) short = short.slice(0, m.index);
  return short;
}

/** A province written first (河北省, 河北): the province and the text after it. */
function leadingProvince(provinces: { has(name: string): boolean }, text: string): { province?: string; rest: string } {
  for (let n = 2; n <= Math.min(8, text.length); n++) {
    if (provinces.has(text.slice(0, n))) return { province: text.slice(0, n), rest: text.slice(n) };
  }
  return { rest: text };
}

/**
 * Reads a jurisdiction written in a title: [province][city]unit, [province]city,
 * or a province. Ambiguous unit names resolve by the city or province given,
 * else stay unresolved (the caller may complete the city later). A unit may
 * be written by its short name (浦东, 海淀, 天津市滨海) and the province or city
 * by theirs (上海浦东新区, 安庆大观区) when that names exactly one unit.
 */
export function readPlace(text: string): { unit?: Division; candidates: readonly Division[]; city?: string; province?: string; rest: string } | undefined {
  const x = idx();
  const lead = leadingProvince(x.provinces, text);
  let rest = lead.rest;
  let province = lead.province;
  let city: string | undefined;
  for (let n = 2; n <= Math.min(12, rest.length); n++) {
    const c = rest.slice(0, n);
    if (x.cities.has(c) && (!province || x.cities.get(c) === province)) {
      // 辛集市 is a county-level city, 石家庄市 a prefecture: the longest city that leaves a unit (or nothing) wins
      const after = rest.slice(n);
      if (!after || (x.byName.get(after) ?? []).some((d) => d.city === c) || unitsByShort(after, c).length) {
        city = c;
        rest = after;
        break;
      }
    }
  }
  if (!rest) return city || province ? { candidates: [], city, province: province ?? (city ? x.cities.get(city) : undefined), rest } : undefined;
  if (city && /^(北京|天津|上海|重庆)市$/.test(city)) province = city;
  let candidates = x.byName.get(rest) ?? [];
  if (city) candidates = candidates.filter((d) => d.city === city);
  else if (province) candidates = candidates.filter((d) => d.province === province);
  if (!candidates.length) {
    const byShort = readShortPlace(rest, city, province);
    if (byShort) return { unit: byShort, candidates: [byShort], city, province, rest };
    return undefined;
  }
  return { unit: candidates.length === 1 ? candidates[0] : undefined, candidates, city, province, rest };
}

/** Units with this short name (浦东 → 浦东新区), within a city or province when given. */
function unitsByShort(short: string, city?: string, province?: string): Division[] {
  const all = idx().byShort.get(short) ?? [];
  return all.filter((d) => (!city || d.city === city) && (!province || d.province === province || d.city === province));
}

/**
 * The units a short name may stand for here, and the higher-level places
 * (cities, provinces) with the same short name: 通化 is 通化县 and 通化市.
 * Without a city, a higher-level place with the name in the province (or
 * anywhere, without a province) makes the name ambiguous.
 */
function shortReadings(short: string, city?: string, province?: string): { units: Division[]; higher: string[] } {
  const units = unitsByShort(short, city, province);
  const higher = city ? [] : (idx().higherShorts.get(short) ?? []).filter((h) => !province || h === province || idx().cities.get(h) === province);
  return { units, higher };
}

function readShortPlace(rest: string, city?: string, province?: string): Division | undefined {
  if (rest.length >= 2) {
    const r = shortReadings(rest, city, province);
    if (r.units.length === 1 && !r.higher.length) return r.units[0];
  }
  if (city || province) return undefined;
  // 上海浦东新区, 天津滨海, 安庆大观区: the province or city by its short name, then the unit
  for (let n = 2; n <= Math.min(4, rest.length - 2); n++) {
    const highers = idx().higherShorts.get(rest.slice(0, n));
    if (!highers) continue;
    const after = rest.slice(n);
    const found = [...(idx().byName.get(after) ?? []), ...(idx().byShort.get(after) ?? [])];
    const inside = [...new Set(found)].filter((d) => highers.includes(d.city) || highers.includes(d.province));
    if (inside.length === 1) return inside[0];
  }
  return undefined;
}

/**
 * When `text` ([province][city]short name) cannot be read as one place because
 * its short name stands for several (新华: 石家庄市新华区, 沧州市新华区 …; 通化:
 * 通化县 or 通化市): the units and higher-level places it may mean, for a
 * message; undefined when it reads as one place or as nothing.
 */
export function ambiguousPlace(text: string): { units: readonly Division[]; higher: readonly string[] } | undefined {
  if (readPlace(text)) return undefined;
  const x = idx();
  const lead = leadingProvince(x.provinces, text);
  let rest = lead.rest;
  let province = lead.province;
  let city: string | undefined;
  for (let n = 2; n < Math.min(12, rest.length); n++) {
    const c = rest.slice(0, n);
    if (x.cities.has(c) && (!province || x.cities.get(c) === province)) {
      city = c;
      rest = rest.slice(n);
      break;
    }
  }
  if (city && /^(北京|天津|上海|重庆)市$/.test(city)) province = city;
  const full = (x.byName.get(rest) ?? []).filter((d) => (!city || d.city === city) && (!province || d.province === province));
  const r = shortReadings(rest, city, province);
  const units = full.length > 1 ? full : r.units;
  return units.length + r.higher.length > 1 && units.length ? { units, higher: full.length > 1 ? [] : r.higher } : undefined;
}
