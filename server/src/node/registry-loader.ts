// Reads a department registry file named by the "registry" setting and
// validates it (core/registry.ts). Errors are ConfigErrors naming the file
// and the JSON path.
import { ConfigError } from '../core/engine/config';
import { jsonErrorOffset, lineColumn } from '../core/analysis/json-position';
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

/** Validates registry JSON text (already read); throws ConfigError naming the file and JSON path. */
export function parseRegistryText(text: string, file: string): Registry {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const at = jsonErrorOffset(text.replace(/^\uFEFF/, ''));
    let where = '';
    if (at >= 0) {
      const p = lineColumn(text.replace(/^\uFEFF/, ''), at);
      where = `（第 ${p.line} 行第 ${p.column} 列附近）`;
    }
    throw new ConfigError(file, '', `部门名录不是合法的 JSON${where}。请检查逗号、引号和括号（JSON 不允许注释和多余的逗号）`);
  }
  return parseRegistry(json, file);
}
