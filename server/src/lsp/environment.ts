// Per-plan environment: the rules from .fsplanrc.json, the municipal plan and
// the department registry, plus the files they came from (re-checked when
// those files change). A broken config falls back to the defaults.
import * as path from 'node:path';
import { ConfigError, resolveRules, ResolvedRule } from '../core/engine/config';
import { parseDocument, PlanDocument } from '../core/model/document';
import type { LintEnvironment } from '../core/engine/types';
import { ConfigCache, LoadedConfig, loadConfigFor } from '../node/config-loader';
import { findCitedPlan } from '../node/municipal';
import { decodePlanBytes } from '../node/decode';
import { nodeHost } from '../node/host';
import { readFileGuarded } from '../node/read';
import { ioMessage } from '../node/source';
import { RULES } from '../rules';
import type { Registry } from '../core/analysis/registry';
import { parseRegistryText } from '../node/registry-loader';
import { attachRegistry } from '../service/integrations';
import type { Settings } from './settings';

export interface PlanEnvironment {
  rules: ResolvedRule[];
  env: LintEnvironment;
  /** Config files that apply (outermost first). */
  configFiles: string[];
  municipalFile?: string;
  municipalText?: string;
  /** Where the municipal plan was named: .fsplanrc.json, the editor setting, or the plan's citation. */
  municipalSource?: 'config' | 'setting' | 'citation';
  /** A named municipal plan that could not be read, and why. */
  municipalUnreadable?: { file: string; reason: string; source: 'config' | 'setting' | 'citation' };
  registryFile?: string;
  /** Every file this plan's result depends on. */
  deps: string[];
}

export interface EnvironmentEvents {
  configError(e: ConfigError): void;
  configOk(files: readonly string[]): void;
  /** A referenced file (municipal plan, registry) cannot be read. */
  missingFile(kind: 'municipal' | 'registry', file: string, reason: string): void;
  /** A plan depends on this reference file (to be watched). */
  referenced(file: string): void;
}

interface Loaded {
  text: string;
  doc?: PlanDocument;
  /** The validated registry, kept so that every check sees the same object (the core caches by it). */
  registry?: Registry;
}

export class Environments {
  private readonly files = new Map<string, Loaded | Error>();
  /** Parsed configs by text: an unchanged config keeps its objects, so the core's caches keyed by them hit. */
  private readonly configs = new ConfigCache();

  constructor(private readonly events: EnvironmentEvents) {}

  /** Cited municipal plan found for (plan file, cited title); '' when none was found. */
  private readonly citations = new Map<string, string>();

  /** A watched file changed on disk. */
  invalidate(file: string): void {
    this.files.delete(path.resolve(file));
    this.citations.clear();
  }

  /** The plan file whose title the district plan cites, in its folder or the reference folders (cached). */
  private cited(file: string, doc: PlanDocument, referenceFolders: readonly string[]): string | undefined {
    const level = doc.front.planTitle?.jurisdiction?.level;
    const title = doc.municipalCitation?.text;
    if (!title || level === 'city' || level === 'province') return undefined;
    const key = `${file}\n${title}\n${referenceFolders.join('\n')}`;
    let found = this.citations.get(key);
    if (found === undefined) {
      found = findCitedPlan(nodeHost, title, [path.dirname(file), ...referenceFolders], file)?.file ?? '';
      this.citations.set(key, found);
    }
    return found || undefined;
  }

  private load(file: string, parse: boolean): Loaded | Error {
    const key = path.resolve(file);
    let v = this.files.get(key);
    if (!v) {
      try {
        const text = decodePlanBytes(readFileGuarded(key)).text; // a regular file under the size limit (a workspace may name /dev/zero)
        v = { text, doc: parse ? parseDocument(text) : undefined };
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        v = new Error(err.code === 'ENOENT' ? '文件不存在' : err.code === 'EISDIR' ? '这是文件夹，不是文件' : ioMessage(err));
      }
      this.files.set(key, v);
    }
    if (!(v instanceof Error) && parse && !v.doc) v.doc = parseDocument(v.text);
    return v;
  }

  /** The environment of a plan at `file` (undefined for unsaved documents). */
  forPlan(file: string | undefined, settings: Settings, workspaceFolder: string | undefined, doc?: PlanDocument): PlanEnvironment {
    let rules = resolveRules(RULES, []);
    let configFiles: string[] = [];
    let municipal: string | undefined;
    let municipalSource: PlanEnvironment['municipalSource'];
    let configured: LoadedConfig['settings'] = {};
    if (file) {
      try {
        const loaded = loadConfigFor(nodeHost, file, undefined, this.configs);
        rules = loaded.rules;
        configFiles = loaded.files;
        configured = loaded.settings;
        municipal = loaded.settings.municipalPlan;
        if (municipal) municipalSource = 'config';
        this.events.configOk(loaded.files);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        this.events.configError(e);
        configFiles = [e.file];
      }
    }
    const base = workspaceFolder ?? (file ? path.dirname(file) : process.cwd());
    if (!municipal && settings.municipalPlan) {
      municipal = path.resolve(base, settings.municipalPlan);
      municipalSource = 'setting';
    }
    if (!municipal && file && doc) {
      municipal = this.cited(file, doc, configured.referenceFolders ?? []);
      if (municipal) municipalSource = 'citation';
    }
    // the project's registry setting wins over the editor setting
    const registry = configured.registry ?? (settings.registryPath ? path.resolve(base, settings.registryPath) : undefined);
    const env: LintEnvironment = { departments: { jurisdiction: configured.jurisdiction, extra: configured.departments } };
    const out: PlanEnvironment = { rules, env, configFiles, deps: [...configFiles] };
    if (municipal && path.resolve(municipal) !== (file && path.resolve(file))) {
      out.deps.push(municipal);
      this.events.referenced(municipal);
      const m = this.load(municipal, true);
      if (m instanceof Error) {
        this.events.missingFile('municipal', municipal, m.message);
        out.municipalUnreadable = { file: municipal, reason: m.message, source: municipalSource ?? 'citation' };
      } else {
        env.municipal = m.doc;
        env.municipalFile = municipal;
        out.municipalFile = municipal;
        out.municipalText = m.text;
        out.municipalSource = municipalSource;
      }
    }
    if (registry) {
      out.deps.push(registry);
      this.events.referenced(registry);
      const r = this.load(registry, false);
      if (r instanceof Error) this.events.missingFile('registry', registry, r.message);
      else {
        try {
          r.registry ??= parseRegistryText(r.text, registry);
          attachRegistry(env, registry, r.registry);
          out.registryFile = registry;
        } catch (e) {
          if (!(e instanceof ConfigError)) throw e;
          this.events.missingFile('registry', registry, e.detail);
        }
      }
    }
    return out;
  }
}
