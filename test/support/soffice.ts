// LibreOffice (soffice --headless) as a real consumer of the Word files fsplan
// writes. Tests skip with a message when it is not installed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function sofficePath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const p = path.join(dir, name);
      if (fs.existsSync(p)) return p;
    }
  }
  return undefined;
}

export const SOFFICE_MISSING = 'LibreOffice (soffice) is not installed: skipping the tests that open the annotated .docx in it (Debian: apt-get install libreoffice-writer-nogui)';

/**
 * Converts `file` with LibreOffice into `outDir` (`--convert-to target`);
 * returns the path of the converted file. A private profile, so parallel runs
 * and a user's LibreOffice do not interfere.
 */
export function convert(file: string, target: string, outDir: string): string {
  const soffice = sofficePath();
  if (!soffice) throw new Error(SOFFICE_MISSING);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-lo-'));
  try {
    const r = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outDir, file], { encoding: 'utf8', timeout: 180_000 });
    const ext = target.split(':')[0];
    const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, '') + '.' + ext);
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`soffice --convert-to ${target} failed (${r.status}): ${r.stderr || r.stdout}`);
    return out;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
