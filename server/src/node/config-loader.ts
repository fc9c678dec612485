// Finds and loads .fsplanrc.json files by walking up from the checked file.
import * as path from 'node:path';
import { Config, CONFIG_FILE, ConfigError, mergeSettings, parseConfig, resolveRules, ResolvedRule } from '../core/engine/config';
import { RULE_MAP, RULES } from '../rules';
import type { Host } from './host';
import { ioMessage } from './source';

export interface LoadedConfig {
  /** Config files that apply, outermost first. */
  files: string[];
  configs: Config[];
  rules: ResolvedRule[];
  /** Non-rule settings; paths in them are absolute. */
  settings: Omit<Config, 'rules'>;
}

/** Makes the path settings of a config absolute, relative to its own folder. */
function absolutize(config: Config, file: string): Config {
  const dir = path.dirname(file);
  const out: Config = { ...config };
  if (out.municipalPlan) out.municipalPlan = path.resolve(dir, out.municipalPlan);
  if (out.registry) out.registry = path.resolve(dir, out.registry);
  if (out.referenceFolders) out.referenceFolders = out.referenceFolders.map((f) => path.resolve(dir, f));
  return out;
}

export function loadConfigFile(host: Host, file: string): Config {
  let text: string;
  try {
    text = host.readText(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(file, '', `无法读取：${code === 'ENOENT' ? '文件不存在。请检查路径' : ioMessage(e as NodeJS.ErrnoException)}`);
  }
  return absolutize(parseConfig(text, file, RULE_MAP), file);
}

/** The config files that apply to `file` (nearest last), stopping at one with "root": true. */
export function findConfigFiles(host: Host, file: string): string[] {
  const found: string[] = [];
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (host.isFile(candidate)) found.unshift(candidate);
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return found;
}

/**
 * Loads the configuration for a file: an explicit --config replaces the
 * search; otherwise every .fsplanrc.json from the root down applies, nearer
 * ones overriding, and one with "root": true cuts off the ones above it.
 */
export function loadConfigFor(host: Host, file: string, explicit?: string): LoadedConfig {
  const files = explicit ? [path.resolve(explicit)] : findConfigFiles(host, file);
  let configs = files.map((f) => loadConfigFile(host, f));
  const rootIdx = configs.map((c) => c.root === true).lastIndexOf(true);
  let used = files;
  if (rootIdx > 0) {
    configs = configs.slice(rootIdx);
    used = files.slice(rootIdx);
  }
  return { files: used, configs, rules: resolveRules(RULES, configs), settings: mergeSettings(configs) };
}
