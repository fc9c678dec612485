// Checking one file for `fsplan check`: read, (fix), lint. What it produces
// is a list of steps (`FileStep`) that the command replays in file order:
// the same function runs on the main thread or on a worker thread
// (check-workers.ts), so the output is the same byte for byte either way.
import * as path from 'node:path';
import type { LintEnvironment } from '../core/engine/types';
import { lintDocument } from '../core/engine/linter';
import { parseDocument } from '../core/model/document';
import { ReadOnlyFileError, StaleFileError, WriteError } from '../node/atomic';
import { loadConfigFor, LoadedConfig } from '../node/config-loader';
import { buildEnvironment } from '../node/environment';
import { nodeHost } from '../node/host';
import { readSource, Source, SourceError } from '../node/source';
import { BaselineEntryValue, fileEntries, suppress } from './baseline';
import { unifiedDiff } from './diff';
import { computeFixes, writeFixed } from './fixer';
import { FORMATS } from './formats';
import { displayPath } from './formats/location';
import type { FilePiece } from './formats/stream';
import { CheckOptions, parseSize } from './options';
import type { FileResult } from './result';

/** The entries a baseline records for one file (undefined: none, or no --baseline). */
export type Recorded = readonly BaselineEntryValue[] | undefined;

/** One thing checking a file produced, in the order it happened. */
export type FileStep =
  /** an error about the file (stderr "fsplan：file：message", run exits 2) */
  | { step: 'complain'; file: string; message: string }
  /** a notice on stderr that is not an error */
  | { step: 'note'; text: string }
  /** --fix-dry-run: the file's diff */
  | { step: 'diff'; text: string }
  /**
   * the checked file, after the baseline and --quiet: its output in the chosen
   * format, and with --update-baseline its entries
   */
  | { step: 'result'; file: string; piece: FilePiece; entries?: BaselineEntryValue[] };

/** What checking files needs besides the file: options, where it runs, the configs found so far. */
export interface FileContext {
  opts: CheckOptions;
  cwd: string;
  /** Loaded configs by folder ('' with --config): each config is parsed once per thread. */
  configs: Map<string, LoadedConfig>;
}

/** The result as the report shows it: baseline entries hidden (or, with --update-baseline, computed), --quiet applied, formatted. */
function settle(r: FileResult, ctx: FileContext, recorded: Recorded): FileStep {
  const { opts } = ctx;
  let entries: BaselineEntryValue[] | undefined;
  if (opts.baseline && opts.updateBaseline) {
    entries = fileEntries(r);
    suppress(entries, r);
  } else suppress(recorded, r);
  if (opts.quiet) r.findings = r.findings.filter((f) => f.severity === 'error');
  const piece = FORMATS[opts.format].render(r, { cwd: ctx.cwd, dryRun: opts.fixDryRun });
  return entries ? { step: 'result', file: r.filePath, piece, entries } : { step: 'result', file: r.filePath, piece };
}

export function configFor(ctx: FileContext, file: string): LoadedConfig {
  const key = ctx.opts.config ? '' : path.dirname(file);
  let c = ctx.configs.get(key);
  if (!c) {
    c = loadConfigFor(nodeHost, file, ctx.opts.config);
    ctx.configs.set(key, c);
  }
  return c;
}

export function maxFileSizeOf(opts: CheckOptions, config: LoadedConfig): number | undefined {
  if (opts.maxFileSize !== undefined) return opts.maxFileSize;
  const s = config.settings.maxFileSize;
  return s === undefined ? undefined : parseSize(s);
}

/**
 * Reads and checks one file of a folder or pattern. Problems with the file
 * itself are steps; a broken config or municipal plan throws (ConfigError,
 * MunicipalError): it ends the run at this file.
 */
export function checkFile(file: string, ctx: FileContext, recorded?: Recorded): FileStep[] {
  const config = configFor(ctx, file);
  let source: Source;
  try {
    source = readSource(file, { maxFileSize: maxFileSizeOf(ctx.opts, config) });
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    return [{ step: 'complain', file: displayPath(file, ctx.cwd), message: e.message }];
  }
  return checkSource(source, config, ctx, recorded);
}

/** Checks a file already read (from a folder, or standard input). */
export function checkSource(source: Source, config: LoadedConfig, ctx: FileContext, recorded?: Recorded): FileStep[] {
  const { opts } = ctx;
  const steps: FileStep[] = [];
  const parsed = parseDocument(source.text);
  // reference data of this file: registry, jurisdiction, the municipal plan (--municipal, config or cited title)
  const fileEnv: LintEnvironment = buildEnvironment(nodeHost, source.path, config, parsed, { explicit: opts.municipal, cwd: ctx.cwd });
  if (source.layout) fileEnv.layout = source.layout;
  let text = source.text;
  let fixed = 0;
  const shown = displayPath(source.path, ctx.cwd);
  const complain = (message: string) => steps.push({ step: 'complain', file: shown, message });
  if ((opts.fix || opts.fixDryRun) && source.kind === 'text') {
    const outcome = computeFixes(source, config.rules, fileEnv);
    if (outcome.text !== source.text) {
      if (opts.fixDryRun) {
        steps.push({ step: 'diff', text: unifiedDiff(source.text, outcome.text, `a/${shown}`, `b/${shown}`) });
        text = outcome.text;
        fixed = outcome.fixed;
      } else {
        try {
          writeFixed(source, outcome);
          text = outcome.text;
          fixed = outcome.fixed;
        } catch (e) {
          if (e instanceof StaleFileError) complain('读取后文件已被修改，未写入修复结果。请重新运行 --fix');
          else if (e instanceof ReadOnlyFileError) complain('文件是只读的，未写入修复结果。请先取消只读属性');
          else if (e instanceof WriteError) complain(`未写入修复结果：${e.message}`);
          else if ((e as NodeJS.ErrnoException).code) complain(`无法写入修复结果（${(e as NodeJS.ErrnoException).code}）`);
          else throw e;
        }
      }
    }
  } else if ((opts.fix || opts.fixDryRun) && source.kind === 'docx') {
    steps.push({ step: 'note', text: `fsplan：${shown}：Word 文档不会被自动修改，请按报告手工修改（或用 fsplan review 生成带修订的审核稿）\n` });
  } else if ((opts.fix || opts.fixDryRun) && (source.kind === 'pdf' || source.kind === 'html')) {
    steps.push({ step: 'note', text: `fsplan：${shown}：${source.kind === 'pdf' ? 'PDF' : '网页'}不会被自动修改，请在原稿中按报告修改\n` });
  }
  // re-checked after fixing (the report shows what is left); unfixed text keeps its parse
  const doc = text === source.text ? parsed : parseDocument(text);
  const findings = lintDocument(doc, config.rules, fileEnv);
  steps.push(settle({ filePath: source.path, kind: source.kind, text, doc, findings, suppressed: 0, fixed }, ctx, recorded));
  return steps;
}
