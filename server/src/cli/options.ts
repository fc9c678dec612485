// Options of `fsplan check`, parsed and validated; every mistake is a
// UsageError saying what is expected.
import { UsageError } from './errors';
import { parseCommandArgs } from './args';
import { Format, FORMAT_NAMES, isFormat } from './formats';

export interface CheckOptions {
  inputs: string[];
  stdin: boolean;
  stdinFilename?: string;
  format: Format;
  config?: string;
  municipal?: string;
  maxWarnings: number;
  quiet: boolean;
  maxFileSize?: number;
  outputFile?: string;
  baseline?: string;
  updateBaseline: boolean;
  fix: boolean;
  fixDryRun: boolean;
  progress: boolean;
  /** --threads: threads to use, the main one included (1: every file on the main thread); undefined lets `check` decide (check-workers.ts). */
  threads?: number;
  debug: boolean;
  help: boolean;
}

/** "20MB", "512KB", "1048576" → bytes. */
export function parseSize(s: string | number): number {
  if (typeof s === 'number') return s;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?\s*$/i.exec(s);
  if (!m) return NaN;
  const unit = (m[2] ?? 'B').toUpperCase();
  const mult = unit === 'GB' ? 1024 ** 3 : unit === 'MB' ? 1024 ** 2 : unit === 'KB' ? 1024 : 1;
  return Math.round(Number(m[1]) * mult);
}

export function parseCheckOptions(argv: string[]): CheckOptions {
  const parsed = parseCommandArgs('check', {
    args: argv,
    allowPositionals: true,
    options: {
    format: { type: 'string', short: 'f', default: 'stylish' },
    config: { type: 'string', short: 'c' },
    municipal: { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    stdin: { type: 'boolean', default: false },
    'stdin-filename': { type: 'string' },
    'max-file-size': { type: 'string' },
    'output-file': { type: 'string', short: 'o' },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean', default: false },
    fix: { type: 'boolean', default: false },
    'fix-dry-run': { type: 'boolean', default: false },
    'no-progress': { type: 'boolean', default: false },
    threads: { type: 'string' },
    debug: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const v = parsed.values;
  const format = v.format;
  if (!isFormat(format)) throw new UsageError(`不支持的输出格式“${v.format}”，可选：${FORMAT_NAMES.join('、')}`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!/^\d+$/.test(v['max-warnings']) || !Number.isSafeInteger(maxWarnings)) throw new UsageError(`--max-warnings 需要一个非负整数，收到“${v['max-warnings']}”`);
  }
  let maxFileSize: number | undefined;
  if (v['max-file-size'] !== undefined) {
    maxFileSize = parseSize(v['max-file-size']);
    if (!(maxFileSize > 0)) throw new UsageError(`--max-file-size 需要一个大小，例如 20MB、512KB 或字节数，收到“${v['max-file-size']}”`);
  }
  let threads: number | undefined;
  if (v.threads !== undefined) {
    threads = Number(v.threads);
    if (!/^\d+$/.test(v.threads) || threads < 1 || threads > 64) throw new UsageError(`--threads 需要 1 到 64 之间的整数（1 表示只用一个线程），收到“${v.threads}”`);
  }
  const dash = parsed.positionals.includes('-');
  const inputs = parsed.positionals.filter((p) => p !== '-');
  const stdin = v.stdin || dash;
  if (stdin && inputs.length) throw new UsageError('读取标准输入（--stdin 或 -）时不能同时指定文件');
  if (v['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename 只能与 --stdin（或 -）一起使用');
  if (v['update-baseline'] && !v.baseline) throw new UsageError('--update-baseline 需要同时用 --baseline 指定基线文件，例如 --baseline .fsplan-baseline.json');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix 和 --fix-dry-run 只能选一个');
  if ((v.fix || v['fix-dry-run']) && stdin) throw new UsageError('--fix 不能用于标准输入，请指定文件');
  if (v['fix-dry-run'] && format !== 'stylish' && !v['output-file']) {
    throw new UsageError('--fix-dry-run 把差异输出到标准输出，此时报告只能是 stylish 格式；其他格式请配合 --output-file 使用');
  }
  return {
    inputs,
    stdin,
    stdinFilename: v['stdin-filename'],
    format,
    config: v.config,
    municipal: v.municipal,
    maxWarnings,
    quiet: v.quiet,
    maxFileSize,
    outputFile: v['output-file'],
    baseline: v.baseline,
    updateBaseline: v['update-baseline'],
    fix: v.fix,
    fixDryRun: v['fix-dry-run'],
    progress: !v['no-progress'],
    threads,
    debug: v.debug,
    help: v.help,
  };
}

export const CHECK_HELP = `用法：fsplan check [文件|文件夹|通配符…] [选项]
      fsplan check --stdin [--stdin-filename 文件名] < 计划.txt

检查年度任务计划草稿（编号、责任单位、部门名称、量化指标）。
可检查 .txt（UTF-8、UTF-16、GB18030/GBK）和 Word .docx；文件夹会递归查找，
跳过 node_modules、.git 和 .fsplanignore 中列出的文件。

输出：
  -f, --format <格式>       ${FORMAT_NAMES.map((f, i) => (i ? f : `${f}（默认）`)).join('、')}
  -o, --output-file <文件>  把报告写入文件而不是标准输出
  --quiet                   只报告错误
  --max-warnings <N>        警告超过 N 条时以退出码 1 结束
  --no-progress             不显示进度（默认只在终端中检查 10 个以上文件时显示）

配置与输入：
  -c, --config <文件>       使用指定的配置文件，不再向上查找 .fsplanrc.json
  --municipal <文件>        市级计划（用于指标对比）
  --stdin                   从标准输入读取计划（也可用“-”作文件名）
  --stdin-filename <文件名> 标准输入的文件名（用于查找配置和显示）
  --max-file-size <大小>    跳过超过此大小的文件（默认 20MB）

基线与修复：
  --baseline <文件>         忽略基线文件中已记录的问题，只报告新问题
  --update-baseline         把当前全部问题写入基线文件
  --fix                     应用全部安全修复并写回文件（.docx 不修改）
  --fix-dry-run             只显示修复后的差异（统一 diff），不写文件

其他：
  --threads <N>             用 N 个线程检查（默认 1：只用一个线程；多于
                            两个处理器核心、文件很多时可以试试更多线程）
  --debug                   出现内部错误时显示调用栈
  -h, --help                显示帮助

退出码：0 无错误（警告未超过上限）；1 有错误或警告超过上限；2 用法、读取或配置错误。`;
