// Finding the municipal plan a district plan is compared with. Order:
// 1. an explicit file (--municipal FILE);
// 2. `municipalPlan` in .fsplanrc.json (already absolute);
// 3. the plan title the district plan cites (根据《天津市2021年食品安全监督管理计划》)
//    matched against the plan titles of the .txt/.fsplan files in the plan's
//    folder and in `referenceFolders`.
import * as path from 'node:path';
import { parseDocument, PlanDocument } from '../core/model/document';
import type { Config } from '../core/engine/config';
import { notMunicipalPlan } from '../core/analysis/compare';
import type { LintEnvironment } from '../core/engine/types';
import { decodePlanBytes, DecodeError } from './decode';
import type { Host } from './host';
import { ioMessage } from './source';

const PLAN_EXTENSIONS = ['.txt', '.fsplan'];

/** An expected problem with the municipal plan, in Chinese, naming the file and what to do. */
export class MunicipalError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'MunicipalError';
  }
}

export interface MunicipalPlan {
  file: string;
  doc: PlanDocument;
  /** How the plan was found. */
  source: 'option' | 'config' | 'citation';
}

export interface MunicipalOptions {
  /** --municipal FILE (absolute or relative to cwd). */
  explicit?: string;
  cwd?: string;
  /** Merged non-rule settings of the district plan's config. */
  settings?: Pick<Config, 'municipalPlan' | 'referenceFolders'>;
}

function readPlan(host: Host, file: string): string {
  if (host.readBytes) return decodePlanBytes(host.readBytes(file)).text;
  return host.readText(file);
}

/** Same title for comparison: no spaces, no 《》, full-width digits as ASCII. */
function titleKey(s: string): string {
  return s
    .replace(/[\s《》“”]/g, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
}

/** Loads a plan named by the user; throws MunicipalError when it is missing or not a plan. */
/** The last parsed reference plans by file, with the text they were parsed from. */
const parsedReferences = new Map<string, { text: string; doc: PlanDocument }>();

/**
 * Parses a reference (municipal) plan once per file and text: checking a
 * folder of plans that share one municipal plan reads it for every plan but
 * parses it once, and the same model means its targets are extracted once
 * (core/targets.ts caches them per document). The text is compared, so an
 * edited file is parsed again.
 */
function parseReference(file: string, text: string): PlanDocument {
  const key = path.resolve(file);
  const hit = parsedReferences.get(key);
  if (hit && hit.text === text) return hit.doc;
  const doc = parseDocument(text);
  if (parsedReferences.size >= 8) parsedReferences.delete(parsedReferences.keys().next().value as string);
  parsedReferences.set(key, { text, doc });
  return doc;
}

export function loadMunicipalFile(host: Host, file: string, how: string): PlanDocument {
  if (!host.isFile(file)) {
    throw new MunicipalError(file, `${how}指定的市级计划 ${file} 不存在或不是文件。请检查路径（相对路径以${how === '配置项 municipalPlan ' ? '配置文件所在文件夹' : '当前文件夹'}为准）`);
  }
  let text: string;
  try {
    text = readPlan(host, file);
  } catch (e) {
    const detail = e instanceof DecodeError ? e.message : `无法读取：${ioMessage(e as NodeJS.ErrnoException)}`;
    throw new MunicipalError(file, `${how}指定的市级计划 ${file}：${detail}`);
  }
  const doc = parseReference(file, text);
  const problem = notMunicipalPlan(doc, `${how}指定的文件 ${file}`);
  if (problem) throw new MunicipalError(file, problem);
  return doc;
}

/** Plan files in a folder, sorted by name. */
function planFiles(host: Host, dir: string): string[] {
  return host
    .listDir(dir)
    .filter((n) => PLAN_EXTENSIONS.some((x) => n.endsWith(x)) && !n.startsWith('.'))
    .sort()
    .map((n) => path.join(dir, n))
    .filter((f) => host.isFile(f)); // a pipe or folder named *.txt would block or fail the read
}

/** Finds the cited plan among the files of the given folders; undefined when none has that title. */
export function findCitedPlan(host: Host, title: string, folders: readonly string[], exclude: string): { file: string; doc: PlanDocument } | undefined {
  const want = titleKey(title);
  const seen = new Set<string>([path.resolve(exclude)]);
  const files: string[] = [];
  for (const dir of folders) for (const f of planFiles(host, dir)) if (!seen.has(path.resolve(f))) {
    seen.add(path.resolve(f));
    files.push(f);
  }
  // a file named after the title is tried first; then every plan's own title
  files.sort((a, b) => Number(titleKey(path.basename(b)).startsWith(want)) - Number(titleKey(path.basename(a)).startsWith(want)));
  for (const f of files) {
    let text: string;
    try {
      text = readPlan(host, f);
    } catch {
      continue;
    }
    // the title is in the first lines: parse only the head of other files
    const head = parseDocument(text.slice(0, 4000));
    if (head.front.planTitle && titleKey(head.front.planTitle.text) === want) return { file: f, doc: parseReference(f, text) };
  }
  return undefined;
}

/**
 * The municipal plan for a district plan, or undefined when none is named
 * and the cited one is not found. Throws MunicipalError when a named file is
 * missing or is not a plan.
 */
export function findMunicipalPlan(host: Host, districtFile: string, district: PlanDocument, opts: MunicipalOptions = {}): MunicipalPlan | undefined {
  if (opts.explicit) {
    const file = path.resolve(opts.cwd ?? process.cwd(), opts.explicit);
    return { file, doc: loadMunicipalFile(host, file, '--municipal '), source: 'option' };
  }
  const configured = opts.settings?.municipalPlan;
  if (configured) return { file: configured, doc: loadMunicipalFile(host, configured, '配置项 municipalPlan '), source: 'config' };
  // a municipal plan is not compared with anything
  const level = district.front.planTitle?.jurisdiction?.level;
  if (level === 'city' || level === 'province') return undefined;
  const cited = district.municipalCitation;
  if (!cited) return undefined;
  const folders = [path.dirname(path.resolve(districtFile)), ...(opts.settings?.referenceFolders ?? [])];
  const found = findCitedPlan(host, cited.text, folders, districtFile);
  return found ? { ...found, source: 'citation' } : undefined;
}

/** The lint environment for a district plan: `municipal` and `municipalFile` when a municipal plan is found. */
export function municipalEnvironment(host: Host, districtFile: string, district: PlanDocument, opts: MunicipalOptions = {}): LintEnvironment {
  const found = findMunicipalPlan(host, districtFile, district, opts);
  return found ? { municipal: found.doc, municipalFile: found.file } : {};
}
