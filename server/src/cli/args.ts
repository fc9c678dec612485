// One argument parser for every command: node:util parseArgs with its errors
// turned into Chinese (unknown option with the nearest one, missing value,
// extra arguments) and the command's --help named.
import { parseArgs, ParseArgsConfig } from 'node:util';
import { editDistance } from '../core/analysis/similarity';
import { UsageError } from './errors';

/** node:util parseArgs errors in Chinese: an unknown option (with the nearest one), a missing value. */
export function argumentProblem(e: NodeJS.ErrnoException, optionNames: readonly string[]): string {
  const option = /(--[\w-]+)/.exec(e.message)?.[1] ?? /'(-[^'\s,]+)/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const bare = option.replace(/^-+/, '').replace(/=.*$/, '');
    const near = optionNames.map((n) => ({ n, d: editDistance(bare, n) })).sort((a, b) => a.d - b.d)[0];
    return `不认识的选项“${option}”${bare.length >= 3 && near && near.d <= 2 ? `，是否想写“--${near.n}”？` : ''}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /does not take an argument/.test(e.message) ? `选项“${option}”不接受取值` : `选项“${option}”缺少取值`;
  }
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return '多余的参数';
  return `参数有误：${e.message.replace(/\. To specify a positional argument.*$/s, '')}`;
}

/** Parses the arguments of `fsplan <command>` (strict); throws UsageError in Chinese. */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>(config); // strict by default: unknown options are errors
  } catch (e) {
    const problem = argumentProblem(e as NodeJS.ErrnoException, Object.keys(config.options ?? {}));
    throw new UsageError(`${problem}${problem.endsWith('？') ? '' : '。'}运行 fsplan ${command} --help 查看用法`);
  }
}
