// The lint environment for one file, shared by the CLI and the language
// server: both transports call buildEnvironment so they see the same
// reference data (department registry, jurisdiction, extra departments).
import type { PlanDocument } from '../core/model/document';
import type { LintEnvironment } from '../core/engine/types';
import type { LoadedConfig } from './config-loader';
import type { Host } from './host';
import { MunicipalOptions, municipalEnvironment } from './municipal';
import { loadRegistryFile } from './registry-loader';

/**
 * Throws ConfigError when a referenced file (the registry) is missing or
 * malformed, MunicipalError when a named municipal plan is. With the parsed
 * plan, the municipal plan is looked up too (--municipal, municipalPlan, or
 * the cited title).
 */
export function buildEnvironment(
  host: Host,
  file: string,
  config: LoadedConfig,
  doc?: PlanDocument,
  municipal: Omit<MunicipalOptions, 'settings'> = {},
): LintEnvironment {
  const s = config.settings;
  const env: LintEnvironment = doc ? municipalEnvironment(host, file, doc, { ...municipal, settings: s }) : {};
  env.departments = {
    registry: s.registry ? loadRegistryFile(host, s.registry) : undefined,
    registrySource: s.registry,
    jurisdiction: s.jurisdiction,
    extra: s.departments,
  };
  return env;
}
