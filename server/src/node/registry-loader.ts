// Reads a department registry file named by the "registry" setting and
// validates it (core/registry.ts). Errors are ConfigErrors naming the file
// and the JSON path.
import { ConfigError, parseJsonText } from '../core/analysis/data-file';
import { parseRegistry, Registry } from '../core/analysis/registry';
import type { Host } from './host';
import { ioMessage } from './source';

export function loadRegistryFile(host: Host, file: string): Registry {
  let text: string;
  try {
    text = host.readText(file);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ConfigError(file, '', `无法读取部门名录文件：${missing ? '文件不存在' : ioMessage(e as NodeJS.ErrnoException).replace(/。.*$/, '')}。请检查 .fsplanrc.json 中 registry 的路径`);
  }
  return parseRegistryText(text, file);
}

/** Validates registry JSON text (already read; comments and trailing commas allowed); throws ConfigError naming the file, JSON path, line and column. */
export function parseRegistryText(text: string, file: string): Registry {
  const source = parseJsonText(text, file, '部门名录');
  return parseRegistry(source.value, file, source);
}
