// The lint environment for one file, shared by the CLI and the language
// server: both transports call buildEnvironment so they see the same
// reference data (department registry, jurisdiction, extra departments).
import type { LintEnvironment } from '../core/types';
import type { LoadedConfig } from './config-loader';
import type { Host } from './host';
import { loadRegistryFile } from './registry-loader';

/** Throws ConfigError when a referenced file (the registry) is missing or malformed. */
export function buildEnvironment(host: Host, _file: string, config: LoadedConfig): LintEnvironment {
  const s = config.settings;
  const env: LintEnvironment = {};
  env.departments = {
    registry: s.registry ? loadRegistryFile(host, s.registry) : undefined,
    registrySource: s.registry,
    jurisdiction: s.jurisdiction,
    extra: s.departments,
  };
  return env;
}
