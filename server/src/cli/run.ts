// Command dispatch and the `check` command.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../core/config';
import { lintDocument } from '../core/linter';
import { parseDocument } from '../core/document';
import type { Finding } from '../core/types';
import { loadConfigFor } from '../node/config-loader';
import { decodePlanBytes, DecodeError } from '../node/decode';
import { nodeHost } from '../node/host';
import { MunicipalError, municipalEnvironment } from '../node/municipal';
import { compare } from './compare';
import { formatJson } from './formats/json';
import { formatStylish } from './formats/stylish';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

export interface FileResult {
  filePath: string;
  text: string;
  findings: Finding[];
}

export class UsageError extends Error {}

const PLAN_EXTENSIONS = ['.txt', '.fsplan'];

const HELP = `用法：fsplan check [文件|文件夹…] [选项]

检查年度任务计划草稿（编号、责任单位、部门名称、量化指标）。

选项：
  --format <stylish|json>   输出格式（默认 stylish）
  --config <文件>           使用指定的配置文件，不再向上查找 .fsplanrc.json
  --municipal <文件>        市级计划（用于指标对比）
  --max-warnings <N>        警告超过 N 条时以退出码 1 结束
  --quiet                   只报告错误
  -h, --help                显示帮助

退出码：0 无错误；1 有错误或警告超过上限；2 用法、读取或配置错误。`;

function collectFiles(inputs: string[], cwd: string): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new UsageError(`找不到文件或文件夹：${input}。请检查路径`);
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      const walk = (dir: string) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
          const p = path.join(dir, e.name);
          if (e.isDirectory()) walk(p);
          else if (PLAN_EXTENSIONS.some((x) => e.name.endsWith(x))) found.push(p);
        }
      };
      walk(abs);
      if (!found.length) throw new UsageError(`文件夹 ${input} 中没有计划文件（${PLAN_EXTENSIONS.join('、')}）`);
      out.push(...found);
    } else out.push(abs);
  }
  return out;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '-h' || command === '--help') {
      io.stdout.write(HELP + '\n');
      return command ? 0 : 2;
    }
    if (command === 'compare') return await compare(rest, io);
    if (command !== 'check') throw new UsageError(`未知命令“${command}”。可用命令：check、compare`);
    return await check(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof MunicipalError) {
      io.stderr.write(`fsplan：${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function check(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        config: { type: 'string' },
        municipal: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}。运行 fsplan check --help 查看用法`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const format = values.format;
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`不支持的输出格式“${format}”，可选：stylish、json`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings 需要一个非负整数');
  }
  if (!positionals.length) throw new UsageError('请指定要检查的文件或文件夹，例如：fsplan check samples/');
  const files = collectFiles(positionals, io.cwd);
  const results: FileResult[] = [];
  let ioFailed = false;
  for (const file of files) {
    let text: string;
    try {
      text = decodePlanBytes(fs.readFileSync(file)).text;
    } catch (e) {
      const msg = e instanceof DecodeError ? e.message : `无法读取：${(e as Error).message}`;
      io.stderr.write(`fsplan：${path.relative(io.cwd, file) || file}：${msg}\n`);
      ioFailed = true;
      continue;
    }
    const config = loadConfigFor(nodeHost, file, values.config);
    const doc = parseDocument(text);
    const env = municipalEnvironment(nodeHost, file, doc, { explicit: values.municipal, cwd: io.cwd, settings: config.settings });
    let findings = lintDocument(doc, config.rules, env);
    if (values.quiet) findings = findings.filter((f) => f.severity === 'error');
    results.push({ filePath: file, text, findings });
  }
  io.stdout.write(format === 'json' ? formatJson(results) : formatStylish(results, io.cwd));
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  if (ioFailed) return 2;
  if (errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings)) return 1;
  return 0;
}
