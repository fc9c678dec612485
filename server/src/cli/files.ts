// Turns the file arguments (files, folders, globs) into the list of plan
// files to check. Folders and globs skip node_modules, .git, hidden entries
// and whatever .fsplanignore files (gitignore syntax) exclude.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ioMessage } from '../node/source';
import { readTextGuarded } from '../node/read';
import { globMatcher, GlobError, hasMagic, IgnoreFile, splitGlob } from './glob';

export const PLAN_EXTENSIONS = ['.txt', '.fsplan', '.docx'];
export const IGNORE_FILE = '.fsplanignore';
const ALWAYS_SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface Collected {
  files: string[];
  /** Arguments that named nothing checkable, with a Chinese message. */
  problems: Array<{ input: string; message: string }>;
}

const slash = (p: string) => p.split(path.sep).join('/');

export function isPlanFile(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('~$') && PLAN_EXTENSIONS.some((x) => lower.endsWith(x));
}

/**
 * .fsplanignore files that apply inside a folder: from the top folder down to
 * it. The top is cwd when the walked folder is inside cwd, else the walked
 * folder itself.
 */
class Ignores {
  private readonly cache = new Map<string, IgnoreFile | null>();
  private top: string;
  constructor(
    private readonly cwd: string,
    /** Where invalid lines and unreadable ignore files are reported. */
    private readonly problems: Collected['problems'],
  ) {
    this.top = cwd;
  }

  private show(file: string): string {
    const rel = path.relative(this.cwd, file);
    return !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  }

  /** Sets the top for the next walk rooted at `root`. */
  startWalk(root: string): void {
    const rel = path.relative(this.cwd, root);
    this.top = !rel.startsWith('..') && !path.isAbsolute(rel) ? this.cwd : root;
  }

  private load(dir: string): IgnoreFile | null {
    let f = this.cache.get(dir);
    if (f === undefined) {
      const file = path.join(dir, IGNORE_FILE);
      let text: string | undefined;
      try {
        text = readTextGuarded(file);
      } catch (e) {
        text = undefined;
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.problems.push({ input: this.show(file), message: `无法读取，其中的排除规则未生效：${ioMessage(e as NodeJS.ErrnoException)}` });
      }
      f = text === undefined ? null : new IgnoreFile(slash(dir), text);
      for (const p of f?.problems ?? []) {
        this.problems.push({ input: this.show(file), message: `第 ${p.line} 行的模式“${p.pattern}”无效：${p.message}。此行已忽略，请改正或删除` });
      }
      this.cache.set(dir, f);
    }
    return f;
  }

  private chain(dir: string): IgnoreFile[] {
    const dirs: string[] = [];
    for (let d = dir; ; d = path.dirname(d)) {
      dirs.unshift(d);
      if (d === this.top || path.dirname(d) === d) break;
    }
    return dirs.map((d) => this.load(d)).filter((f): f is IgnoreFile => f !== null);
  }

  ignored(abs: string, isDir: boolean): boolean {
    let result = false;
    for (const f of this.chain(path.dirname(abs))) {
      const d = f.decide(path.posix.relative(f.base, slash(abs)), isDir);
      if (d !== undefined) result = d;
    }
    return result;
  }
}

function skipName(name: string): boolean {
  return ALWAYS_SKIP.has(name) || name.startsWith('.');
}

/** Links to files are followed; links to folders are not (no loops). */
function isFileTarget(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}

function walk(root: string, ignores: Ignores, accept: (abs: string) => boolean, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (skipName(e.name)) continue;
    const abs = path.join(root, e.name);
    if (e.isDirectory()) {
      if (!ignores.ignored(abs, true)) walk(abs, ignores, accept, out);
    } else if ((e.isFile() || (e.isSymbolicLink() && isFileTarget(abs))) && accept(abs) && !ignores.ignored(abs, false)) out.push(abs);
  }
}

export function collectFiles(inputs: readonly string[], cwd: string): Collected {
  const files: string[] = [];
  const problems: Collected['problems'] = [];
  const ignores = new Ignores(cwd, problems);
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let st: fs.Stats | undefined;
    let code: string | undefined;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      st = undefined;
      code = (e as NodeJS.ErrnoException).code;
    }
    if (st?.isFile()) {
      files.push(abs); // named explicitly: checked even if ignored
      continue;
    }
    if (st?.isDirectory()) {
      const found: string[] = [];
      ignores.startWalk(abs);
      walk(abs, ignores, (f) => isPlanFile(path.basename(f)), found);
      if (!found.length) problems.push({ input, message: `文件夹中没有计划文件（${PLAN_EXTENSIONS.join('、')}），或都被 ${IGNORE_FILE} 排除了` });
      files.push(...found);
      continue;
    }
    if (hasMagic(input)) {
      const { base, pattern } = splitGlob(slash(input));
      const baseAbs = path.resolve(cwd, base);
      let match: (rel: string) => boolean;
      try {
        match = globMatcher(pattern);
      } catch (e) {
        if (!(e instanceof GlobError)) throw e;
        problems.push({ input, message: `模式无效：${e.message}。请改正后重试` });
        continue;
      }
      const found: string[] = [];
      ignores.startWalk(baseAbs);
      walk(baseAbs, ignores, (f) => isPlanFile(path.basename(f)) && match(slash(path.relative(baseAbs, f))), found);
      if (!found.length) problems.push({ input, message: `没有与此模式匹配的计划文件（${PLAN_EXTENSIONS.join('、')}）` });
      files.push(...found);
      continue;
    }
    if (st) problems.push({ input, message: '不是普通文件（而是管道、设备或套接字），无法检查。请指定计划文件（.txt、.fsplan、.docx）或文件夹' });
    else if (code === 'EACCES' || code === 'EPERM') problems.push({ input, message: '没有权限访问此路径。请检查文件和上级文件夹的权限' });
    else if (code === 'ENOTDIR') problems.push({ input, message: '路径中间的一部分是文件而不是文件夹。请检查路径' });
    else if (code === 'ELOOP') problems.push({ input, message: '符号链接形成循环，无法读取。请检查链接' });
    else problems.push({ input, message: '找不到文件或文件夹。请检查路径' });
  }
  return { files: [...new Set(files)], problems };
}
