// The `fsplan` executable (dist/cli.js): a small loader that runs the CLI
// bundle (dist/fsplan-cli.js) through V8's code cache. Without it, every start
// compiles the bundle's top level again and each function on its first call;
// with it, V8 deserialises the bytecode of the previous run instead.
//
// The cache is one file per bundle build, Node version and architecture in
// the user's cache folder ($XDG_CACHE_HOME/fsplan, ~/.cache/fsplan; macOS
// ~/Library/Caches/fsplan; Windows %LOCALAPPDATA%\fsplan\Cache;
// FSPLAN_CACHE_DIR overrides, FSPLAN_CODE_CACHE=0 turns it off). It is
// written once, at the end of a run that had none (so it holds the functions
// that run compiled), to a temporary file renamed into place. A cache that is
// stale (another build: its name changes), corrupt (length or checksum), or
// rejected by V8 (other flags) is ignored and rewritten; a folder that cannot
// be written is ignored: the CLI never fails because of its cache.
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';

/** Replaced at build time by the bundle's content hash (scripts/build.mjs). */
declare const FSPLAN_BUNDLE_HASH: string;

const MAGIC = 'fsplan-code-cache-1';

function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.FSPLAN_CACHE_DIR) return env.FSPLAN_CACHE_DIR;
  if (process.platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'fsplan', 'Cache') : undefined;
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'fsplan');
  return env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? path.join(env.XDG_CACHE_HOME, 'fsplan') : path.join(os.homedir(), '.cache', 'fsplan');
}

/** A checksum of the cached bytes (V8 checks versions, flags and the source length, not the payload). */
function checksum(data: Uint8Array): number {
  const crc = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
  if (crc) return crc(data) >>> 0;
  let h = 0x811c9dc5; // FNV-1a where zlib.crc32 is missing (Node < 20.15)
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 0x01000193);
  return h >>> 0;
}

/** The cached data in `file`, or undefined when it is missing or does not check out. */
function readCache(file: string): Buffer | undefined {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  // header: MAGIC \n length \n checksum \n, then the data
  const head = buf.subarray(0, 80).toString('latin1').split('\n');
  if (head.length < 4 || head[0] !== MAGIC) return undefined;
  const start = head[0].length + head[1].length + head[2].length + 3;
  const data = buf.subarray(start);
  if (data.length !== Number(head[1]) || checksum(data) !== Number(head[2])) return undefined;
  return data;
}

function writeCache(file: string, data: Buffer): void {
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}\n${data.length}\n${checksum(data)}\n`, 'latin1'), data]), { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
  }
}

/** Runs the CommonJS bundle `bundle` as a module, with its code cache. */
export function loadBundle(bundle: string, env: NodeJS.ProcessEnv = process.env): void {
  const source = fs.readFileSync(bundle, 'utf8');
  const dir = env.FSPLAN_CODE_CACHE === '0' ? undefined : cacheDir(env);
  const file = dir && path.join(dir, `cli-${FSPLAN_BUNDLE_HASH}-${process.version}-${process.arch}.bin`);
  const cachedData = file ? readCache(file) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  // a check worker (this file started as a worker thread) reads the cache but leaves writing it to the main thread
  const worker = process.argv[2] === '--fsplan-check-worker';
  if (file && !worker && (!cachedData || script.cachedDataRejected)) {
    // written when the run ends, so that the functions it compiled are in the cache
    process.once('exit', () => writeCache(file, script.createCachedData()));
  }
  const mod = new Module(bundle, require.main ?? undefined);
  mod.filename = bundle;
  mod.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(path.dirname(bundle));
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  fn.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
}

// V8 optimises a function (TurboFan) once it has run a budget of bytecode. A
// check runs each rule once per plan, so with the default budget V8 spends much
// of a short run optimising code that runs a few more times (and deoptimising it
// as the next plan differs); a larger budget leaves code in the baseline tiers
// longer and optimises what stays hot. Measured on 5 plans, 1,000 plans and a
// 1 M-character plan: 15-20 % less CPU each (docs/performance.md). Set before
// the bundle is compiled; the code cache is keyed by the flags, so it matches.
// (A check worker shares the process's flags: set by the main thread.)
if (process.argv[2] !== '--fsplan-check-worker') v8.setFlagsFromString('--interrupt-budget=1000000');
loadBundle(path.join(__dirname, 'fsplan-cli.js'));
