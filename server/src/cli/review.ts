// `fsplan review 草稿.docx --out 草稿-审核.docx`: checks one plan like
// `fsplan check` and writes an annotated Word copy: every finding a comment
// (批注) by “fsplan” on the flagged text, every safe fix a tracked change
// (修订) the reviewer accepts or rejects in Word or WPS. A .txt plan gives a
// new .docx. The input is never written.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintDocument } from '../core/engine/linter';
import type { Finding, LintEnvironment } from '../core/engine/types';
import { parseDocument, PlanDocument } from '../core/model/document';
import { DocxXmlError } from '../docx/dom';
import { reviewBase, reviewPackage } from '../docx/review';
import { ReadOnlyFileError, writeFileAtomic } from '../node/atomic';
import { loadConfigFor, LoadedConfig } from '../node/config-loader';
import { buildEnvironment } from '../node/environment';
import { nodeHost } from '../node/host';
import { readSource, Source, SourceError } from '../node/source';
import { ZipError, ZipReader } from '../node/zip';
import { parseCommandArgs } from './args';
import { applyBaseline, BaselineError, readBaseline } from './baseline';
import type { Io } from './check';
import { UsageError } from './errors';
import { displayPath } from './formats/location';
import { parseSize } from './options';
import type { FileResult } from './result';

export const REVIEW_HELP = `用法：fsplan review 计划文件 --out 审核稿.docx [选项]

检查一份计划（.docx、.txt 等），写出一份带批注和修订的 Word 文档：
每个问题是一条作者为“fsplan”的批注，标在有问题的文字上（内容为问题说明和规则编号）；
每个可安全自动修复的问题同时是一处修订（删除线 + 插入），可在 Word 或 WPS 中逐条接受或拒绝。
原文件不会被修改；.txt 计划会生成一份新的 Word 文档。

选项：
  -o, --out <文件>          写出的审核稿（.docx，必填；不能是原文件）
  --force                   覆盖已存在的审核稿
  -c, --config <文件>       使用指定的配置文件，不再向上查找 .fsplanrc.json
  --municipal <文件>        对比用的市级计划
  --baseline <文件>         不标注基线文件中已记录的问题
  --quiet                   只标注错误
  --max-file-size <大小>    超过此大小的文件不检查（默认 20MB）
  -h, --help                显示帮助

退出码：0 无错误；1 有错误级别的问题（审核稿已写出）；2 用法、读取或写入错误。`;

interface ReviewOptions {
  input?: string;
  out?: string;
  force: boolean;
  config?: string;
  municipal?: string;
  baseline?: string;
  quiet: boolean;
  maxFileSize?: number;
  help: boolean;
}

function parseReviewOptions(argv: string[]): ReviewOptions {
  const parsed = parseCommandArgs('review', {
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      config: { type: 'string', short: 'c' },
      municipal: { type: 'string' },
      baseline: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'max-file-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const v = parsed.values;
  if (parsed.positionals.length > 1) throw new UsageError(`review 一次只处理一份计划，收到 ${parsed.positionals.length} 个文件。请分别运行`);
  let maxFileSize: number | undefined;
  if (v['max-file-size'] !== undefined) {
    maxFileSize = parseSize(v['max-file-size']);
    if (!(maxFileSize > 0)) throw new UsageError(`--max-file-size 需要一个大小，例如 20MB、512KB 或字节数，收到“${v['max-file-size']}”`);
  }
  return { input: parsed.positionals[0], out: v.out, force: v.force, config: v.config, municipal: v.municipal, baseline: v.baseline, quiet: v.quiet, maxFileSize, help: v.help };
}

/** The findings `check` reports on one source, with the same reference data. */
export function reviewFindings(source: Source, config: LoadedConfig, municipal: string | undefined, cwd: string): { doc: PlanDocument; findings: Finding[] } {
  const doc = parseDocument(source.text);
  const env: LintEnvironment = buildEnvironment(nodeHost, source.path, config, doc, { explicit: municipal, cwd });
  if (source.layout) env.layout = source.layout;
  return { doc, findings: lintDocument(doc, config.rules, env) };
}

export async function review(argv: string[], io: Io): Promise<number> {
  const opts = parseReviewOptions(argv);
  if (opts.help) {
    io.stdout.write(REVIEW_HELP + '\n');
    return 0;
  }
  if (!opts.input) throw new UsageError('请指定要审核的计划文件，例如：fsplan review 草稿.docx --out 草稿-审核.docx');
  if (!opts.out?.trim()) throw new UsageError('请用 --out 指定审核稿的文件名，例如：fsplan review 草稿.docx --out 草稿-审核.docx（原文件不会被修改）');
  const file = path.resolve(io.cwd, opts.input);
  const out = path.resolve(io.cwd, opts.out);
  const shown = displayPath(file, io.cwd);
  const shownOut = displayPath(out, io.cwd);
  if (path.extname(out).toLowerCase() !== '.docx') throw new UsageError(`审核稿必须是 .docx 文件，收到“${opts.out}”。例如 --out 草稿-审核.docx`);
  const same = (() => {
    try {
      return fs.realpathSync(out) === fs.realpathSync(file);
    } catch {
      return out === file;
    }
  })();
  if (same) throw new UsageError(`--out 不能是原文件 ${shown}：审核稿写在另一个文件中，原文件保持不变。请换一个文件名，例如 --out 草稿-审核.docx`);
  if (fs.existsSync(out) && !opts.force) throw new UsageError(`${shownOut} 已存在，未写入。如需覆盖请加 --force，或用 --out 指定新文件`);
  if (!fs.existsSync(path.dirname(out))) throw new UsageError(`无法写入 ${shownOut}：文件夹 ${displayPath(path.dirname(out), io.cwd)} 不存在`);

  const config = loadConfigFor(nodeHost, file, opts.config ? path.resolve(io.cwd, opts.config) : undefined);
  const limit = opts.maxFileSize ?? (config.settings.maxFileSize === undefined ? undefined : parseSize(config.settings.maxFileSize));
  let source: Source;
  try {
    source = readSource(file, { maxFileSize: limit });
  } catch (e) {
    if (e instanceof SourceError) throw new UsageError(`${shown}：${e.message}`);
    throw e;
  }
  const { doc, findings } = reviewFindings(source, config, opts.municipal, io.cwd);
  const result: FileResult = { filePath: source.path, kind: source.kind, text: source.text, doc, findings, suppressed: 0, fixed: 0 };
  if (opts.baseline) {
    const baselineFile = path.resolve(io.cwd, opts.baseline);
    try {
      applyBaseline(readBaseline(baselineFile), baselineFile, [result]);
    } catch (e) {
      throw e instanceof BaselineError ? new UsageError(e.message) : e;
    }
  }
  if (opts.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');

  let annotated;
  try {
    annotated = reviewPackage(new ZipReader(reviewBase(source, doc)), doc, result.findings, reviewDate(io.env ?? {}));
  } catch (e) {
    if (e instanceof ZipError || e instanceof DocxXmlError) throw new UsageError(`${shown}：无法生成审核稿：${e.message}。请用 Word 重新保存后再试`);
    throw e;
  }
  try {
    writeFileAtomic(out, annotated.bytes);
  } catch (e) {
    if (e instanceof ReadOnlyFileError) throw new UsageError(`${shownOut} 是只读文件，未写入。请先取消只读属性`);
    throw new UsageError(`无法写入 ${shownOut}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。请检查是否有写权限`);
  }
  const skipped = annotated.skippedChanges ? `；${annotated.skippedChanges} 处修复无法标成修订，只写在批注中` : '';
  const hidden = result.suppressed ? `；基线中已有的 ${result.suppressed} 个问题未标注` : '';
  io.stderr.write(`fsplan：已写出审核稿 ${shownOut}（${annotated.comments} 条批注，${annotated.changes} 处修订${skipped}${hidden}）\n`);
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** The w:date of the annotations: SOURCE_DATE_EPOCH when set (reproducible output), else now. */
export function reviewDate(env: Record<string, string | undefined>, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
}
