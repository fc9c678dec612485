// The `check` command: collect files, read, lint, fix, baseline, report.
import * as path from 'node:path';
import { ConfigError } from '../core/engine/config';
import { parseDocument } from '../core/model/document';
import { lintDocument } from '../core/engine/linter';
import { MunicipalError } from '../node/municipal';
import { buildEnvironment } from '../node/environment';
import type { LintEnvironment } from '../core/engine/types';
import { ReadOnlyFileError, StaleFileError, writeFileAtomic, WriteError } from '../node/atomic';
import { loadConfigFor, LoadedConfig } from '../node/config-loader';
import { nodeHost } from '../node/host';
import { readSource, Source, SourceError, sourceFromBytes } from '../node/source';
import { Baseline, BaselineEntryValue, BaselineError, baselineKey, fileEntries, readBaseline, suppress, updatedBaseline, writeBaseline } from './baseline';
import { unifiedDiff } from './diff';
import { UsageError } from './errors';
import { collectFiles } from './files';
import { computeFixes, writeFixed } from './fixer';
import { FORMATS } from './formats';
import { displayPath } from './formats/location';
import { CheckOptions, CHECK_HELP, parseCheckOptions, parseSize } from './options';
import { Progress, wantProgress } from './progress';
import type { FileResult } from './result';

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<Buffer | string>;
  cwd: string;
  env?: Record<string, string | undefined>;
}

async function readStdin(io: Io): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

function configFor(opts: CheckOptions, file: string, cache: Map<string, LoadedConfig>): LoadedConfig {
  const key = opts.config ? '' : path.dirname(file);
  let c = cache.get(key);
  if (!c) {
    c = loadConfigFor(nodeHost, file, opts.config);
    cache.set(key, c);
  }
  return c;
}

function maxFileSizeOf(opts: CheckOptions, config: LoadedConfig): number | undefined {
  if (opts.maxFileSize !== undefined) return opts.maxFileSize;
  const s = config.settings.maxFileSize;
  return s === undefined ? undefined : parseSize(s);
}

export async function check(argv: string[], io: Io): Promise<number> {
  const opts = parseCheckOptions(argv);
  if (opts.config) opts.config = path.resolve(io.cwd, opts.config);
  if (opts.help) {
    io.stdout.write(CHECK_HELP + '\n');
    return 0;
  }
  if (!opts.stdin && !opts.inputs.length) throw new UsageError('请指定要检查的文件或文件夹，例如：fsplan check samples/（从标准输入读取请用 --stdin）');
  let baseline: Baseline | undefined;
  const baselineFile = opts.baseline ? path.resolve(io.cwd, opts.baseline) : undefined;
  if (baselineFile) {
    try {
      baseline = readBaseline(baselineFile);
    } catch (e) {
      if (!(e instanceof BaselineError) || !opts.updateBaseline) throw e instanceof BaselineError ? new UsageError(e.message) : e;
      baseline = undefined; // --update-baseline creates or replaces it
    }
  }

  let failed = false;
  let progress: Progress | undefined;
  const complain = (file: string, msg: string) => {
    progress?.done();
    io.stderr.write(`fsplan：${file}：${msg}\n`);
    failed = true;
  };
  const configs = new Map<string, LoadedConfig>();
  let diffs = '';
  // Each file's findings are formatted as soon as it is checked and the file is
  // dropped: only the format's running state (counts, SARIF results) and the
  // baseline keys stay. The report goes to stdout as it grows, except after
  // --fix-dry-run diffs (which come first) and into --output-file (written once).
  const stream = FORMATS[opts.format].open({ cwd: io.cwd, dryRun: opts.fixDryRun });
  let report = '';
  const toStdout = !opts.outputFile && !opts.fixDryRun;
  const emit = (s: string) => {
    if (!s) return;
    if (toStdout) {
      progress?.done();
      io.stdout.write(s);
    } else report += s;
  };
  const baselineUpdates = new Map<string, BaselineEntryValue[]>();
  let checked = 0;
  let errors = 0;
  let warnings = 0;
  const finish = (r: FileResult) => {
    if (baselineFile && opts.updateBaseline) {
      const entries = fileEntries(r);
      baselineUpdates.set(baselineKey(baselineFile, r.filePath), entries);
      suppress(entries, r);
    } else if (baseline && baselineFile) suppress(baseline.files[baselineKey(baselineFile, r.filePath)], r);
    if (opts.quiet) r.findings = r.findings.filter((f) => f.severity === 'error');
    checked++;
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    emit(stream.file(r));
  };

  const handle = (source: Source, config: LoadedConfig) => {
    const parsed = parseDocument(source.text);
    // reference data of this file: registry, jurisdiction, the municipal plan (--municipal, config or cited title)
    const fileEnv: LintEnvironment = buildEnvironment(nodeHost, source.path, config, parsed, { explicit: opts.municipal, cwd: io.cwd });
    if (source.layout) fileEnv.layout = source.layout;
    let text = source.text;
    let fixed = 0;
    const shown = displayPath(source.path, io.cwd);
    if ((opts.fix || opts.fixDryRun) && source.kind === 'text') {
      const outcome = computeFixes(source, config.rules, fileEnv);
      if (outcome.text !== source.text) {
        if (opts.fixDryRun) {
          diffs += unifiedDiff(source.text, outcome.text, `a/${shown}`, `b/${shown}`);
          text = outcome.text;
          fixed = outcome.fixed;
        } else {
          try {
            writeFixed(source, outcome);
            text = outcome.text;
            fixed = outcome.fixed;
          } catch (e) {
            if (e instanceof StaleFileError) complain(shown, '读取后文件已被修改，未写入修复结果。请重新运行 --fix');
            else if (e instanceof ReadOnlyFileError) complain(shown, '文件是只读的，未写入修复结果。请先取消只读属性');
            else if (e instanceof WriteError) complain(shown, `未写入修复结果：${e.message}`);
            else if ((e as NodeJS.ErrnoException).code) complain(shown, `无法写入修复结果（${(e as NodeJS.ErrnoException).code}）`);
            else throw e;
          }
        }
      }
    } else if ((opts.fix || opts.fixDryRun) && source.kind === 'docx') {
      io.stderr.write(`fsplan：${shown}：Word 文档不会被自动修改，请按报告手工修改（或用 fsplan review 生成带修订的审核稿）\n`);
    } else if ((opts.fix || opts.fixDryRun) && (source.kind === 'pdf' || source.kind === 'html')) {
      io.stderr.write(`fsplan：${shown}：${source.kind === 'pdf' ? 'PDF' : '网页'}不会被自动修改，请在原稿中按报告修改\n`);
    }
    // re-checked after fixing (the report shows what is left); unfixed text keeps its parse
    const doc = text === source.text ? parsed : parseDocument(text);
    const findings = lintDocument(doc, config.rules, fileEnv);
    finish({ filePath: source.path, kind: source.kind, text, doc, findings, suppressed: 0, fixed });
  };

  if (opts.stdin) {
    const name = opts.stdinFilename ? path.resolve(io.cwd, opts.stdinFilename) : '<stdin>';
    const config = configFor(opts, name === '<stdin>' ? path.join(io.cwd, 'stdin.txt') : name, configs);
    try {
      const source = sourceFromBytes(name, await readStdin(io), { maxFileSize: maxFileSizeOf(opts, config) });
      handle({ ...source, stdin: true }, config);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      complain(opts.stdinFilename ?? '标准输入', e.message);
    }
  } else {
    const { files, problems } = collectFiles(opts.inputs, io.cwd);
    for (const p of problems) complain(p.input, p.message);
    const machineOnStdout = !opts.outputFile && FORMATS[opts.format].machine;
    if (opts.progress && wantProgress(io.stderr, io.env ?? {}, files.length, machineOnStdout)) progress = new Progress(io.stderr, files.length);
    for (const [i, file] of files.entries()) {
      const shown = displayPath(file, io.cwd);
      progress?.update(i + 1, shown);
      const config = configFor(opts, file, configs);
      let source: Source;
      try {
        source = readSource(file, { maxFileSize: maxFileSizeOf(opts, config) });
      } catch (e) {
        if (!(e instanceof SourceError)) throw e;
        complain(shown, e.message);
        continue;
      }
      handle(source, config);
    }
    progress?.done();
  }

  if (baselineFile && opts.updateBaseline) {
    baseline = updatedBaseline(baselineUpdates, baseline);
    writeBaseline(baselineFile, baseline);
    const n = Object.values(baseline.files).reduce((s, es) => s + es.reduce((t, e) => t + e.count, 0), 0);
    io.stderr.write(`fsplan：已把 ${n} 个问题写入基线 ${displayPath(baselineFile, io.cwd)}\n`);
  }

  if (diffs) io.stdout.write(diffs);
  if (failed && !checked) return 2; // nothing was checked: the errors above say why
  emit(stream.end());
  if (opts.outputFile) {
    const out = path.resolve(io.cwd, opts.outputFile);
    try {
      writeFileAtomic(out, report);
    } catch (e) {
      if (e instanceof WriteError && e.code !== 'ENOENT') throw new UsageError(`无法写入报告文件 ${opts.outputFile}：${e.message}`);
      throw new UsageError(`无法写入报告文件 ${opts.outputFile}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。请检查文件夹是否存在、是否有写权限`);
    }
  } else if (!toStdout) io.stdout.write(report);

  if (failed) return 2;
  if (errors > 0 || (opts.maxWarnings >= 0 && warnings > opts.maxWarnings)) {
    if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings && !errors) {
      io.stderr.write(`fsplan：警告 ${warnings} 条，超过 --max-warnings ${opts.maxWarnings} 的上限\n`);
    }
    return 1;
  }
  return 0;
}

export function isExpectedError(e: unknown): e is Error {
  return e instanceof UsageError || e instanceof ConfigError || e instanceof BaselineError || e instanceof MunicipalError;
}
