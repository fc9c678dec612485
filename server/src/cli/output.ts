// Reading a plan given on the command line and writing a generated text
// (`fsplan draft`, `fsplan rollover`): stdout without --out; with --out an
// atomic write that refuses to replace an existing file unless --force.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, PlanDocument } from '../core/model/document';
import { ReadOnlyFileError, writeFileAtomic, WriteError } from '../node/atomic';
import { readSource, SourceError } from '../node/source';
import { displayPath } from './formats/location';
import { UsageError } from './errors';
import type { Io } from './check';

export interface ReadPlan {
  file: string;
  shown: string;
  text: string;
  doc: PlanDocument;
}

/** Reads a plan file (.txt in any supported encoding, .docx); every failure is a UsageError naming the file. */
export function readPlanFile(input: string, io: Io, what: string): ReadPlan {
  const file = path.resolve(io.cwd, input);
  const shown = displayPath(file, io.cwd);
  try {
    if (!fs.statSync(file).isFile()) throw new UsageError(`${shown}：不是文件。请指定${what}的文本文件（.txt）或 Word 文档（.docx）`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`找不到${what}文件：${shown}。请检查路径`);
  }
  let text: string;
  try {
    text = readSource(file).text;
  } catch (e) {
    if (e instanceof SourceError) throw new UsageError(`${shown}：${e.message}`);
    throw new UsageError(`${shown}：无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
  }
  return { file, shown, text, doc: parseDocument(text) };
}

/**
 * Writes `text` to --out (atomically; an existing file only with --force) or
 * to stdout. Returns the shown path, or undefined for stdout.
 */
export function writeOutput(text: string, out: string | undefined, force: boolean, io: Io): string | undefined {
  if (!out) {
    io.stdout.write(text.endsWith('\n') ? text : text + '\n');
    return undefined;
  }
  const file = path.resolve(io.cwd, out);
  const shown = displayPath(file, io.cwd);
  if (fs.existsSync(file) && !force) throw new UsageError(`${shown} 已存在，未写入。如需覆盖请加 --force，或用 --out 指定新文件`);
  if (!fs.existsSync(path.dirname(file))) throw new UsageError(`无法写入 ${shown}：文件夹 ${displayPath(path.dirname(file), io.cwd)} 不存在`);
  try {
    writeFileAtomic(file, text.endsWith('\n') ? text : text + '\n');
  } catch (e) {
    if (e instanceof ReadOnlyFileError) throw new UsageError(`${shown} 是只读文件，未写入。请先取消只读属性`);
    if (e instanceof WriteError) throw new UsageError(`无法写入 ${shown}：${e.message}`);
    throw new UsageError(`无法写入 ${shown}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。请检查是否有写权限`);
  }
  return shown;
}
