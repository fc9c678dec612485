// Tokenizes lines with the real TextMate engine (vscode-textmate + vscode-oniguruma),
// as VS Code does, so grammar tests see exactly the scopes the editor would.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type StateStack } from 'vscode-textmate';
import { repoRoot } from '../support/paths';

const root = repoRoot;
let grammar: Promise<IGrammar> | undefined;

function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        if (scopeName !== 'text.fsplan') return null;
        const file = path.join(root, 'syntaxes', 'fsplan.tmLanguage.json');
        return JSON.parse(fs.readFileSync(file, 'utf8'));
      },
    });
    const g = await registry.loadGrammar('text.fsplan');
    if (!g) throw new Error('grammar text.fsplan not found');
    return g;
  })();
  return grammar;
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Tokenizes the lines of `text` in order (state carried across lines). */
export async function tokenize(text: string): Promise<Token[][]> {
  const g = await loadGrammar();
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** Scopes of the character at `offset` within one line's tokens. */
export function scopesAt(tokens: Token[], offset: number): string[] {
  let pos = 0;
  for (const t of tokens) {
    if (offset < pos + t.text.length) return t.scopes;
    pos += t.text.length;
  }
  return [];
}
