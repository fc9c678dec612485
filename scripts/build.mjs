// Bundles the CLI, the language server and the VS Code client into dist/.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

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
const lazyIconv = {
  name: 'lazy-iconv',
  setup(b) {
    b.onResolve({ filter: /^iconv-lite$/ }, () => ({ path: './iconv-lite.js', external: true }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyIconv] }),
  build({ ...common, entryPoints: ['iconv-lite'], outfile: 'dist/iconv-lite.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
]);
chmodSync('dist/cli.js', 0o755);
