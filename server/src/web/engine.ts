// The checking engine of the browser page, without the DOM: the page's
// settings (jurisdiction, rules switched on or off, a dropped .fsplanrc.json
// and registry file) become the same ResolvedRule[] and LintEnvironment the
// CLI builds, so a plan gets the CLI's findings and the CLI's --fix output.
import { notMunicipalPlan } from '../core/analysis/compare';
import { parseRegistryText, Registry } from '../core/analysis/registry';
import { Config, ConfigError, mergeSettings, parseConfig, resolveRules, ResolvedRule } from '../core/engine/config';
import { fixPlanText } from '../core/engine/fix-plan';
import { lintDocument } from '../core/engine/linter';
import type { Finding, LintEnvironment } from '../core/engine/types';
import { parseDocument, PlanDocument } from '../core/model/document';
import type { DocLayout } from '../core/model/page-layout';
import type { SourceKind } from '../core/engine/results';
import { jsonResults } from '../report/json';
import { RULE_MAP, RULES } from '../rules';

/** A file the user gave the page: its name and text. */
export interface NamedText {
  name: string;
  text: string;
}

/** What the page stores in localStorage. */
export interface WebSettings {
  /** The plan's jurisdiction when its title does not say it (the `jurisdiction` setting). */
  jurisdiction?: string;
  /** Rules switched off (or back on over a dropped config) in the page. */
  rules: Record<string, 'on' | 'off'>;
  /** A dropped .fsplanrc.json. */
  config?: NamedText;
  /** A dropped department registry file. */
  registry?: NamedText;
}

export const EMPTY_SETTINGS: WebSettings = { rules: {} };

/** Settings of a dropped config that name files, which a page cannot read. */
const PATH_SETTINGS = ['municipalPlan', 'referenceFolders', 'registry'] as const;

export interface EngineSetup {
  rules: ResolvedRule[];
  /** Registry, jurisdiction and extra departments, as buildEnvironment gives the CLI. */
  env: LintEnvironment;
  /** Settings of the dropped config the page ignores, with why (Chinese). */
  notes: string[];
}

/** Validates a config text like the CLI does; throws ConfigError naming the file. */
export function parseConfigText(file: NamedText): Config {
  return parseConfig(file.text, file.name, RULE_MAP);
}

/** Validates a registry text like the CLI does; throws ConfigError naming the file and JSON path. */
export function parseRegistryFile(file: NamedText): Registry {
  return parseRegistryText(file.text, file.name);
}

/** The rules and environment for the settings; throws ConfigError when a stored file is invalid. */
export function setupEngine(s: WebSettings): EngineSetup {
  const configs: Config[] = [];
  const notes: string[] = [];
  if (s.config) {
    const c = parseConfigText(s.config);
    configs.push(c);
    for (const k of PATH_SETTINGS) {
      if (c[k] === undefined) continue;
      if (k === 'registry') notes.push(s.registry ? `配置项 registry 已由拖入的名录文件 ${s.registry.name} 代替` : `配置项 registry 指向的文件在网页中无法读取，请把名录文件拖入“部门名录”`);
      else notes.push(`配置项 ${k} 在网页中不起作用：请把市级计划拖入“市级计划”`);
    }
  }
  const page: Config = { rules: {} };
  for (const [id, state] of Object.entries(s.rules)) {
    const rule = RULE_MAP.get(id);
    if (!rule) continue;
    if (state === 'off') page.rules![id] = 'off';
    else if (configs.some((c) => offIn(c, id))) page.rules![id] = rule.severity; // on again over the dropped config
  }
  if (s.jurisdiction?.trim()) page.jurisdiction = s.jurisdiction.trim();
  configs.push(page);
  const settings = mergeSettings(configs);
  const registry = s.registry ? parseRegistryFile(s.registry) : undefined;
  return {
    rules: resolveRules(RULES, configs),
    env: { departments: { registry, registrySource: s.registry?.name, jurisdiction: settings.jurisdiction, extra: settings.departments } },
    notes,
  };
}

function offIn(c: Config, id: string): boolean {
  const r = c.rules?.[id];
  return r === 'off' || (Array.isArray(r) && r[0] === 'off');
}

/** Thrown when the dropped municipal plan cannot be one; the message is Chinese. */
export class MunicipalFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MunicipalFileError';
  }
}

/** Parses a municipal plan; throws MunicipalFileError when it is no plan or a district plan. */
export function parseMunicipal(file: NamedText): PlanDocument {
  const doc = parseDocument(file.text);
  const problem = notMunicipalPlan(doc, `市级计划文件 ${file.name}`);
  if (problem) throw new MunicipalFileError(problem);
  return doc;
}

export interface CheckInput {
  text: string;
  fileName: string;
  kind?: SourceKind;
  municipal?: { name: string; doc: PlanDocument };
  /** The layout of a .docx (the format rules read it), as the CLI attaches it. */
  layout?: DocLayout;
}

export interface Checked {
  doc: PlanDocument;
  findings: Finding[];
  env: LintEnvironment;
}

function environment(setup: EngineSetup, input: Pick<CheckInput, 'municipal' | 'layout'>): LintEnvironment {
  if (!input.municipal && !input.layout) return setup.env;
  const env: LintEnvironment = { ...setup.env };
  if (input.municipal) Object.assign(env, { municipal: input.municipal.doc, municipalFile: input.municipal.name });
  if (input.layout) env.layout = input.layout;
  return env;
}

export function checkPlan(setup: EngineSetup, input: CheckInput): Checked {
  const env = environment(setup, input);
  const doc = parseDocument(input.text);
  return { doc, findings: lintDocument(doc, setup.rules, env), env };
}

/** The text with every safe fix applied, as `fsplan check --fix` writes it. */
export function fixPlan(setup: EngineSetup, input: CheckInput): { text: string; fixed: number } {
  return fixPlanText(input.text, setup.rules, environment(setup, input));
}

/** The findings in the shape of `fsplan check --format json` (one file). */
export function asJson(input: CheckInput, findings: readonly Finding[]) {
  return jsonResults([{ filePath: input.fileName, kind: input.kind ?? 'text', text: input.text, findings: [...findings] }]);
}

export { ConfigError };
