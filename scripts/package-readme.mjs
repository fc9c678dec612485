// The README shipped in the .vsix (npm run package): the repository README with
// relative links to documents made absolute (the extension details page opens
// only web links), while images stay relative: they are packaged
// (.vscodeignore) and shown from the installed extension, also offline.
// Usage: node scripts/package-readme.mjs [out] (default dist/README.vsix.md)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** https://github.com/owner/name/blob/main/ from package.json's repository. */
export function blobBase(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const m = /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?\/?$/.exec(url ?? '');
  if (!m) throw new Error('package.json has no GitHub repository field');
  return `https://github.com/${m[1]}/${m[2]}/blob/main/`;
}

/** Markdown links `[t](rel)` → `[t](base + rel)`; images `![t](rel)`, web links and anchors unchanged. */
export function packageReadme(markdown, base) {
  return markdown.replace(/(!?)\[((?:[^\]\[]|\[[^\]]*\])*)\]\(([^)\s]+)\)/g, (all, bang, text, link) => {
    if (bang || /^[a-z][\w+.-]*:/i.test(link) || link.startsWith('#')) return all;
    return `[${text}](${base}${link.replace(/^\.\//, '')})`;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(root, process.argv[2] ?? 'dist/README.vsix.md');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, packageReadme(readFileSync(join(root, 'README.md'), 'utf8'), blobBase(pkg)));
}
