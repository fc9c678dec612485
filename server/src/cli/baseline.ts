// --baseline / --update-baseline: findings recorded in the baseline file are
// not reported; new ones still are. Entries are matched by FindingKey (rule,
// clause number, normalised quoted text) and counted, so a second identical
// finding in the same clause is new. Format: docs/cli.md "基线文件".
import * as path from 'node:path';
import * as z from 'zod';
import { describeIssue, formatJsonPath } from '../core/engine/config';
import { writeFileAtomic } from '../node/atomic';
import { GuardedReadError, readFileGuarded } from '../node/read';
import { findingKey, keyString } from './fingerprint';
import type { FileResult } from './result';

export const BaselineEntry = z
  .object({
    ruleId: z.string().min(1),
    clause: z.string(),
    text: z.string(),
    count: z.number().int().positive(),
  })
  .strict();

export const BaselineSchema = z
  .object({
    version: z.literal(1),
    /** Path relative to the baseline file ("/"-separated) → entries. */
    files: z.record(z.string(), z.array(BaselineEntry)),
  })
  .strict();

export type Baseline = z.infer<typeof BaselineSchema>;
export type BaselineEntryValue = z.infer<typeof BaselineEntry>;

export class BaselineError extends Error {}

export function baselineKey(baselineFile: string, filePath: string): string {
  if (filePath === '<stdin>') return filePath;
  return path.relative(path.dirname(path.resolve(baselineFile)), filePath).split(path.sep).join('/');
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileGuarded(file).toString('utf8');
  } catch (e) {
    if (e instanceof GuardedReadError) throw new BaselineError(`基线文件 ${file}：${e.message}`);
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === 'ENOENT' ? `基线文件 ${file} 不存在。先运行 fsplan check … --baseline ${file} --update-baseline 生成它` : `无法读取基线文件 ${file}（${code}）`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BaselineError(`基线文件 ${file} 不是合法的 JSON：${(e as Error).message}。请用 --update-baseline 重新生成`);
  }
  const r = BaselineSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new BaselineError(`基线文件 ${file} 的 ${formatJsonPath(issue.path) || '顶层'} 有误：${describeIssue(issue)}。请用 --update-baseline 重新生成`);
  }
  return r.data;
}

/** The baseline entries of one checked file: its findings counted by key. */
export function fileEntries(r: FileResult): BaselineEntryValue[] {
  const counts = new Map<string, BaselineEntryValue>();
  for (const f of r.findings) {
    const k = findingKey(r.doc, f);
    const s = keyString(k);
    const e = counts.get(s);
    if (e) e.count++;
    else counts.set(s, { ...k, count: 1 });
  }
  return [...counts.values()];
}

/** Removes the findings the entries record from one file's result; counts them in `suppressed`. */
export function suppress(entries: readonly BaselineEntryValue[] | undefined, r: FileResult): void {
  if (!entries?.length) return;
  const left = new Map<string, number>();
  for (const e of entries) {
    const k = keyString(e);
    left.set(k, (left.get(k) ?? 0) + e.count);
  }
  const kept = [];
  for (const f of r.findings) {
    const k = keyString(findingKey(r.doc, f));
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      r.suppressed++;
    } else kept.push(f);
  }
  r.findings = kept;
}

/** Removes the findings recorded in the baseline; sets `suppressed`. */
export function applyBaseline(baseline: Baseline, baselineFile: string, results: FileResult[]): void {
  for (const r of results) suppress(baseline.files[baselineKey(baselineFile, r.filePath)], r);
}

/** The previous baseline with the entries of the files checked in this run replaced (a file without findings leaves it). */
export function updatedBaseline(updates: ReadonlyMap<string, BaselineEntryValue[]>, previous?: Baseline): Baseline {
  // files not checked in this run keep their entries
  const files: Baseline['files'] = { ...(previous?.files ?? {}) };
  for (const [key, entries] of updates) {
    if (entries.length) files[key] = entries;
    else delete files[key];
  }
  const sorted: Baseline['files'] = {};
  for (const k of Object.keys(files).sort()) sorted[k] = files[k];
  return { version: 1, files: sorted };
}

export function buildBaseline(baselineFile: string, results: readonly FileResult[], previous?: Baseline): Baseline {
  return updatedBaseline(new Map(results.map((r) => [baselineKey(baselineFile, r.filePath), fileEntries(r)])), previous);
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileAtomic(path.resolve(file), JSON.stringify(baseline, null, 2) + '\n');
}
