// Draws the layers from dependency-cruiser's own output: one box per room
// (core/model … lsp, client), one arrow per direction in which some file
// imports another room. Writes docs/layers.mmd and the mermaid block of
// ARCHITECTURE.md between the layers markers. Run: npm run gen:layers
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const bin = 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs';
const mermaid = execFileSync(
  process.execPath,
  [
    bin,
    'server/src',
    'client/src',
    '--config',
    '.dependency-cruiser.cjs',
    '--output-type',
    'mermaid',
    '--include-only',
    '^(server/src|client/src)',
    '--exclude',
    '^server/src/data',
    '--collapse',
    '^(server/src/core/[^/]+|server/src/[^/]+|client/src)',
  ],
  { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
);
// arrows sorted, so that the file only changes when the layers do
const lines = mermaid.trimEnd().split('\n');
const arrows = lines.filter((l) => l.includes('-->')).sort();
const body = [...lines.filter((l) => !l.includes('-->')), ...arrows].join('\n') + '\n';
writeFileSync('docs/layers.mmd', body);

const START = '<!-- layers:start (npm run gen:layers) -->';
const END = '<!-- layers:end -->';
const arch = readFileSync('ARCHITECTURE.md', 'utf8');
const a = arch.indexOf(START);
const b = arch.indexOf(END);
if (a < 0 || b < a) throw new Error(`ARCHITECTURE.md has no ${START} … ${END} block`);
writeFileSync('ARCHITECTURE.md', arch.slice(0, a + START.length) + '\n```mermaid\n' + body + '```\n' + arch.slice(b));
console.log(`docs/layers.mmd: ${arrows.length} directions`);
