// Runs the CLI in-process (run() with fake io) or as the built dist/cli.js,
// on files in a fresh temporary folder.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { run } from '../../server/src/cli/run';
import { RULES } from '../../server/src/rules';
import { repoRoot } from '../support/paths';

export { repoRoot };
export const distCli = path.join(repoRoot, 'dist', 'cli.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  stdin?: Buffer | string;
  env?: Record<string, string | undefined>;
  /** Pretend stderr is a terminal. */
  tty?: boolean;
}

export async function cli(args: string[], opts: CliOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd: opts.cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false, columns: 80 },
    stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}

let cacheDir: string | undefined;
function testCacheDir(): string {
  cacheDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-cache-'));
  return cacheDir;
}

/** The built CLI as a child process (real argv, stdin, exit code). */
export function spawnCli(args: string[], opts: CliOptions): CliResult {
  const r = spawnSync(process.execPath, [distCli, ...args], {
    cwd: opts.cwd,
    input: opts.stdin,
    // the V8 code cache of dist/cli.js goes to a folder of this test run, not the user's cache
    env: { PATH: process.env.PATH, FSPLAN_CACHE_DIR: testCacheDir(), ...(opts.env ?? {}) },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder with the given files (string = UTF-8 text). */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-cli-'));
  for (const [name, data] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
  }
  return dir;
}

/** A root .fsplanrc.json that turns off every rule except `keep` (so tests do not depend on rules added later). */
export function onlyRules(keep: Record<string, string>): string {
  const rules: Record<string, string> = {};
  for (const r of RULES) rules[r.id] = keep[r.id] ?? 'off';
  return JSON.stringify({ root: true, rules }, null, 2);
}

/**
 * A small district plan in the style of published ones, with two third-level
 * markers written "1、" (numbering/marker-style, fixable) at lines 7 and 9.
 */
export const PLAN = [
  '红桥区2025年食品安全监督管理计划',
  '',
  '为做好我区2025年食品安全工作，根据《天津市2025年食品安全监督管理计划》，结合我区实际，制定本计划。',
  '',
  '一、落实监管责任',
  '',
  '1、健全责任体系。完善区、街两级食品安全工作机制。（区食安办牵头，各街道按职责分工负责）',
  '',
  '2、强化企业主体责任。督促企业配齐食品安全员，企业自查率达到100%。（区市场监管局负责）',
  '',
  '二、严把源头关口',
  '',
  '3.加强农产品质量安全监管。食用农产品例行监测合格率稳定在98%以上。（区农业农村委负责）',
  '',
  '4.加强校园食品安全管理。学校食堂“互联网+明厨亮灶”覆盖率达到100%。（区教育局、区市场监管局按职责分工负责）',
  '',
].join('\n');

/** PLAN with standard markers: no marker-style findings. */
export const CLEAN_PLAN = PLAN.replace(/^([12])、/gm, '$1.');

export const MARKER_ONLY = onlyRules({ 'numbering/marker-style': 'warning' });
export const MARKER_ERROR = onlyRules({ 'numbering/marker-style': 'error' });

export interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; paragraph?: number; quoted?: string; fix?: unknown }>;
  errorCount: number;
  warningCount: number;
}

export function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[];
}
