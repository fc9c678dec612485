// `fsplan report [files|folders…] --out report.html`: checks the plans like
// `fsplan check` (same files, configs, municipal plan lookup and rules) and
// writes one self-contained HTML page for reviewers (rendered by
// server/src/report/).
import * as path from 'node:path';
import { parseDocument } from '../core/model/document';
import { lintDocument } from '../core/engine/linter';
import type { PlanDocument } from '../core/model/document';
import { writeFileAtomic } from '../node/atomic';
import { loadConfigFor, LoadedConfig } from '../node/config-loader';
import { buildEnvironment } from '../node/environment';
import { nodeHost } from '../node/host';
import { readSource, SourceError } from '../node/source';
import { buildPlanReport, PlanInput, PlanReport, totals } from '../report/model';
import { renderReport } from '../report/page';
import type { Io } from './check';
import { UsageError } from './errors';
import { collectFiles } from './files';
import { displayPath } from './formats/location';
import { parseSize } from './options';
import { VERSION } from './version';
import { parseCommandArgs } from './args';

export const DEFAULT_REPORT = 'report.html';

export const REPORT_HELP = `用法：fsplan report [文件|文件夹|通配符…] [选项]

检查计划草稿，生成一个可直接打开或通过邮件发送的 HTML 报告（单个文件，不含脚本，
不加载任何外部资源）：每份计划的问题概要、问题清单（原文和规则说明链接）、
计划提纲，以及与市级计划的指标对比表和对比图。

选项：
  -o, --out <文件>          报告文件（默认 ${DEFAULT_REPORT}）；“-”表示输出到标准输出
  -c, --config <文件>       使用指定的配置文件，不再向上查找 .fsplanrc.json
  --municipal <文件>        对比用的市级计划（默认按配置项 municipalPlan
                            或计划引用的标题查找，与 fsplan check 相同）
  --max-file-size <大小>    跳过超过此大小的文件（默认 20MB）
  -h, --help                显示帮助

退出码：0 无错误；1 有错误级别的问题；2 用法、读取或配置错误（其余文件仍写入报告）。`;

interface ReportOptions {
  inputs: string[];
  out: string;
  config?: string;
  municipal?: string;
  maxFileSize?: number;
  help: boolean;
}

function parseReportOptions(argv: string[]): ReportOptions {
  const parsed = parseCommandArgs('report', {
    args: argv,
    allowPositionals: true,
    options: {
    out: { type: 'string', short: 'o', default: DEFAULT_REPORT },
    config: { type: 'string', short: 'c' },
    municipal: { type: 'string' },
    'max-file-size': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const v = parsed.values;
  let maxFileSize: number | undefined;
  if (v['max-file-size'] !== undefined) {
    maxFileSize = parseSize(v['max-file-size']);
    if (!(maxFileSize > 0)) throw new UsageError(`--max-file-size 需要一个大小，例如 20MB、512KB 或字节数，收到“${v['max-file-size']}”`);
  }
  if (!v.out.trim()) throw new UsageError('--out 需要一个文件名，例如 --out report.html');
  return { inputs: parsed.positionals, out: v.out, config: v.config, municipal: v.municipal, maxFileSize, help: v.help };
}

/** "2026-05-01 14:30": SOURCE_DATE_EPOCH (UTC) when set, so a report can be made reproducibly. */
export function generatedAt(env: Record<string, string | undefined>, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const two = (n: number) => String(n).padStart(2, '0');
  if (epoch && /^\d+$/.test(epoch)) {
    const d = new Date(Number(epoch) * 1000);
    return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}（UTC）`;
  }
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

function municipalSource(opts: ReportOptions, config: LoadedConfig): 'option' | 'config' | 'citation' {
  if (opts.municipal) return 'option';
  return config.settings.municipalPlan ? 'config' : 'citation';
}

export async function report(argv: string[], io: Io): Promise<number> {
  const opts = parseReportOptions(argv);
  if (opts.help) {
    io.stdout.write(REPORT_HELP + '\n');
    return 0;
  }
  if (!opts.inputs.length) throw new UsageError(`请指定要检查的文件或文件夹，例如：fsplan report samples/ --out ${DEFAULT_REPORT}`);
  const config = opts.config ? path.resolve(io.cwd, opts.config) : undefined;
  const toStdout = opts.out === '-';
  const out = toStdout ? '' : path.resolve(io.cwd, opts.out);

  const problems: Array<{ file: string; message: string }> = [];
  const complain = (file: string, message: string) => {
    io.stderr.write(`fsplan：${file}：${message}\n`);
    problems.push({ file, message });
  };
  const configs = new Map<string, LoadedConfig>();
  const configFor = (file: string): LoadedConfig => {
    const key = config ? '' : path.dirname(file);
    let c = configs.get(key);
    if (!c) configs.set(key, (c = loadConfigFor(nodeHost, file, config)));
    return c;
  };

  const { files, problems: missing } = collectFiles(opts.inputs, io.cwd);
  for (const p of missing) complain(p.input, p.message);
  const plans: PlanReport[] = [];
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    const cfg = configFor(file);
    const limit = opts.maxFileSize ?? (cfg.settings.maxFileSize === undefined ? undefined : parseSize(cfg.settings.maxFileSize));
    let source;
    try {
      source = readSource(file, { maxFileSize: limit });
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      complain(shown, e.message);
      continue;
    }
    // the same reference data as `fsplan check`: registry, jurisdiction, municipal plan
    const doc = parseDocument(source.text);
    const env = buildEnvironment(nodeHost, source.path, cfg, doc, { explicit: opts.municipal, cwd: io.cwd });
    if (source.layout) env.layout = source.layout;
    const findings = lintDocument(doc, cfg.rules, env);
    const mFile = typeof env.municipalFile === 'string' ? env.municipalFile : undefined;
    const input: PlanInput = { file: shown, kind: source.kind, text: source.text, doc, findings };
    if (env.municipal && mFile && path.resolve(mFile) !== path.resolve(file)) {
      input.municipal = { file: displayPath(mFile, io.cwd), doc: env.municipal as PlanDocument, source: municipalSource(opts, cfg) };
    }
    plans.push(buildPlanReport(input, plans.length + 1));
  }
  if (!plans.length) {
    if (!problems.length) throw new UsageError('没有可检查的计划文件');
    return 2; // nothing was checked: the errors above say why
  }

  const page = renderReport({ plans, problems, generated: generatedAt(io.env ?? {}), version: VERSION });
  const all = totals(plans);
  if (toStdout) io.stdout.write(page);
  else {
    try {
      writeFileAtomic(out, page);
    } catch (e) {
      throw new UsageError(`无法写入报告文件 ${opts.out}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。请检查文件夹是否存在、是否有写权限`);
    }
    const n = all.error + all.warning + all.info;
    io.stderr.write(`fsplan：已生成报告 ${opts.out}（${plans.length} 份计划，${n ? `${n} 个问题：${all.error} 个错误，${all.warning} 个警告，${all.info} 个提示` : '未发现问题'}）\n`);
  }
  if (problems.length) return 2;
  return all.error > 0 ? 1 : 0;
}
