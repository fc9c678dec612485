// Glob patterns (file arguments) with picomatch and gitignore patterns
// (.fsplanignore) with ignore; fsplan keeps only the folder walker (files.ts).
//
// Both libraries compile patterns to regular expressions. ignore pins the
// wildcards of a run like `*a*a*…b` so its expressions do not backtrack;
// picomatch's do (a name of 30 `a` against `*a*a*…*b` takes seconds), so the
// expression of a glob argument gets the same pinning here: every `*` but the
// last of a run stops where the fixed piece after it first fits, which is the
// leftmost place and changes no result. Invalid patterns (`[z-a]`) are a
// GlobError with a Chinese message, never an internal error.
import ignore, { Ignore } from 'ignore';
import picomatch from 'picomatch';

export class GlobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlobError';
  }
}

/** Whether a path argument contains glob syntax. */
export function hasMagic(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

/** Why picomatch refused a pattern, in Chinese. */
function why(pattern: string, e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const range = /\[(?:[^\]\\]|\\.)*?(.)-(.)/.exec(pattern);
  if (/Range out of order/i.test(msg) && range) return `字符范围“${range[1]}-${range[2]}”的起止顺序颠倒，应写成“${range[2]}-${range[1]}”`;
  if (/Range out of order/i.test(msg)) return '方括号中的字符范围起止顺序颠倒';
  if (/Unterminated|missing|Unmatched|unclosed/i.test(msg)) return '括号没有闭合';
  return '无法解析';
}

/**
 * The glob in picomatch's dialect: `[!a]` is written `[^a]`, and parentheses
 * that do not open an extglob (`@(…)`, `!(…)`, `*(…)` …) are literal, as in
 * file names like 计划(1).txt.
 */
export function toPicomatch(glob: string): string {
  let out = '';
  const stack: boolean[] = []; // per open paren: extglob or literal
  let inClass = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) {
      out += c + glob[++i];
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      inClass = true;
      if (glob[i + 1] === '!') {
        out += '[^';
        i++;
      } else out += c;
      continue;
    }
    if (c === '(') {
      const ext = i > 0 && '@!?*+'.includes(glob[i - 1]) && glob[i - 2] !== '\\';
      stack.push(ext);
      out += ext ? c : '\\(';
      continue;
    }
    if (c === ')') {
      const ext = stack.pop();
      out += ext ? c : '\\)';
      continue;
    }
    out += c;
  }
  return out;
}

/** Checks one pattern with picomatch; throws GlobError with a Chinese reason. */
export function checkPattern(pattern: string): void {
  try {
    picomatch.makeRe(toPicomatch(pattern), { debug: true, dot: true });
  } catch (e) {
    throw new GlobError(why(pattern, e));
  }
}

const WILDCARD = '[^/]*?';

/**
 * Pins the wildcards of picomatch's expression source (see the head of the
 * file): `W P1 W P2 … W Pn` becomes `(?=(?<gI>W P1))\k<gI> … W Pn`, where
 * each P is a run of one-character tokens (literal, escape, class).
 */
export function pinWildcards(source: string): string {
  if (!source.includes(WILDCARD)) return source;
  type Tok = { kind: 'w' | 'single' | 'other'; text: string };
  const toks: Tok[] = [];
  for (let i = 0; i < source.length; ) {
    if (source.startsWith(WILDCARD, i)) {
      toks.push({ kind: 'w', text: WILDCARD });
      i += WILDCARD.length;
    } else if (source[i] === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const next = source[j + 1];
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      toks.push({ kind: quantified ? 'other' : 'single', text: source.slice(i, j + 1) });
      i = j + 1;
    } else if (source[i] === '\\') {
      toks.push({ kind: 'single', text: source.slice(i, i + 2) });
      i += 2;
    } else if (/[()|^$.*+?{}]/.test(source[i])) {
      toks.push({ kind: 'other', text: source[i] });
      i++;
    } else {
      toks.push({ kind: 'single', text: source[i] });
      i++;
    }
  }
  // a single token followed by a quantifier is not a fixed piece
  for (let k = 0; k + 1 < toks.length; k++) if (toks[k].kind === 'single' && /^[*+?{]$/.test(toks[k + 1].text)) toks[k].kind = 'other';
  let out = '';
  let group = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind !== 'w') {
      out += t.text;
      continue;
    }
    let j = k + 1;
    let piece = '';
    while (j < toks.length && toks[j].kind === 'single') piece += toks[j++].text;
    if (piece && j < toks.length && toks[j].kind === 'w') {
      const name = `fsplanPin${group++}`;
      out += `(?=(?<${name}>${WILDCARD}${piece}))\\k<${name}>`;
      k = j - 1;
    } else out += t.text;
  }
  return out;
}

/** A matcher for "/"-separated paths relative to the glob's base; throws GlobError. */
export function globMatcher(glob: string): (rel: string) => boolean {
  checkPattern(glob);
  const re = picomatch.makeRe(toPicomatch(glob), { dot: false });
  let pinned: RegExp;
  try {
    pinned = new RegExp(pinWildcards(re.source), re.flags);
  } catch {
    pinned = re;
  }
  return (rel) => pinned.test(rel);
}

/** Splits a glob into the folder without magic and the pattern below it. */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const parts = glob.split('/');
  const i = parts.findIndex(hasMagic);
  if (i < 0) return { base: parts.slice(0, -1).join('/') || '.', pattern: parts[parts.length - 1] };
  const base = parts.slice(0, i).join('/');
  return { base: base || (glob.startsWith('/') ? '/' : '.'), pattern: parts.slice(i).join('/') };
}

/** An invalid line of an ignore file. */
export interface IgnoreProblem {
  line: number;
  pattern: string;
  message: string;
}

/** Rules of one ignore file (gitignore syntax), matched against paths relative to its folder. */
export class IgnoreFile {
  private readonly ig: Ignore = ignore();
  readonly problems: IgnoreProblem[] = [];
  constructor(
    /** Absolute folder of the ignore file, with "/" separators. */
    readonly base: string,
    text: string,
  ) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
    lines.forEach((raw, i) => {
      const line = raw.replace(/(?<!\\)\s+$/, '');
      if (!line || line.startsWith('#')) return;
      const body = line.replace(/^!/, '').replace(/^\\([!#])/, '$1').replace(/\/$/, '').replace(/^\//, '');
      try {
        checkPattern(body);
      } catch (e) {
        this.problems.push({ line: i + 1, pattern: line, message: (e as GlobError).message });
        return;
      }
      this.ig.add(line);
    });
  }

  /** true/false when a rule decides, undefined when none matches. */
  decide(rel: string, isDir: boolean): boolean | undefined {
    if (!rel || rel.startsWith('..')) return undefined;
    const r = this.ig.test(isDir ? rel + '/' : rel);
    return r.ignored ? true : r.unignored ? false : undefined;
  }
}
