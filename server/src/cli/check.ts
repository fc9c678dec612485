// The `check` command: collect files, read, lint, fix, baseline, report.
// Each file is checked by check-file.ts, on this thread or, when --threads
// asks for more than one, on worker threads (check-workers.ts); its steps
// are replayed here in file order.
import * as path from 'node:path';
import type { LoadedConfig } from '../node/config-loader';
import { Source, SourceError, sourceFromBytes } from '../node/source';
import { Baseline, BaselineEntryValue, BaselineError, baselineKey, readBaseline, updatedBaseline, writeBaseline } from './baseline';
import { checkFile, checkSource, configFor, FileContext, FileStep, maxFileSizeOf } from './check-file';
import { checkOnWorkers, workerCount } from './check-workers';
import { isExpectedError, UsageError } from './errors';
import { collectFiles } from './files';
import { FORMATS } from './formats';
import { displayPath } from './formats/location';
import { CHECK_HELP, parseCheckOptions } from './options';
import { Progress, wantProgress } from './progress';
import type { FilePiece } from './formats/stream';
import { WriteError, writeFileAtomic } from '../node/atomic';

export { isExpectedError };

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<Buffer | string>;
  cwd: string;
  env?: Record<string, string | undefined>;
  /** dist/cli.js, to start check workers from; without it every file is checked on this thread. */
  workerScript?: string;
  /** Called with the number of worker threads a check used (0: this thread only). */
  onThreads?: (n: number) => void;
}

async function readStdin(io: Io): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
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
  const finish = (file: string, piece: FilePiece, entries?: BaselineEntryValue[]) => {
    if (entries && baselineFile) baselineUpdates.set(baselineKey(baselineFile, file), entries);
    checked++;
    errors += piece.counts.errors;
    warnings += piece.counts.warnings;
    emit(stream.add(piece));
  };

  const ctx: FileContext = { opts, cwd: io.cwd, configs };
  // the entries the baseline records for a file (none with --update-baseline: they are replaced)
  const recordedOf = (file: string) => (baseline && baselineFile && !opts.updateBaseline ? baseline.files[baselineKey(baselineFile, file)] : undefined);
  const replay = (steps: FileStep[]) => {
    for (const s of steps) {
      if (s.step === 'complain') complain(s.file, s.message);
      else if (s.step === 'note') io.stderr.write(s.text);
      else if (s.step === 'diff') diffs += s.text;
      else finish(s.file, s.piece, s.entries);
    }
  };

  if (opts.stdin) {
    const name = opts.stdinFilename ? path.resolve(io.cwd, opts.stdinFilename) : '<stdin>';
    const config = configFor(ctx, name === '<stdin>' ? path.join(io.cwd, 'stdin.txt') : name);
    let source: Source | undefined;
    try {
      source = sourceFromBytes(name, await readStdin(io), { maxFileSize: maxFileSizeOf(opts, config) });
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      complain(opts.stdinFilename ?? '标准输入', e.message);
    }
    if (source) replay(checkSource({ ...source, stdin: true }, config, ctx, recordedOf(source.path)));
    io.onThreads?.(0);
  } else {
    const { files, problems } = collectFiles(opts.inputs, io.cwd);
    for (const p of problems) complain(p.input, p.message);
    const machineOnStdout = !opts.outputFile && FORMATS[opts.format].machine;
    if (opts.progress && wantProgress(io.stderr, io.env ?? {}, files.length, machineOnStdout)) progress = new Progress(io.stderr, files.length);
    const workers = io.workerScript ? workerCount(files.length, opts.threads) : 0;
    io.onThreads?.(workers);
    if (workers > 0 && io.workerScript) {
      await checkOnWorkers(io.workerScript, workers, files, ctx, recordedOf, (i, steps) => {
        progress?.update(i + 1, displayPath(files[i], io.cwd));
        replay(steps());
      });
    } else {
      for (const [i, file] of files.entries()) {
        progress?.update(i + 1, displayPath(file, io.cwd));
        replay(checkFile(file, ctx, recordedOf(file)));
      }
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
