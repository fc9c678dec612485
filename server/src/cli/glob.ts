// Glob patterns (for file arguments) and gitignore patterns (.fsplanignore),
// both compiled to regular expressions over "/"-separated relative paths.

/** Whether a path argument contains glob syntax. */
export function hasMagic(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

function escapeRe(c: string): string {
  return /[.+^${}()|[\]\\*?]/.test(c) ? '\\' + c : c;
}

/**
 * Compiles a glob: `*` and `?` stay within one path segment, `**` spans
 * segments, `[abc]`/`[!a-z]` are classes, `{a,b}` alternatives.
 */
export function globSource(glob: string): string {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        let j = i + 2;
        if (atStart && glob[j] === '/') {
          re += '(?:[^/]*/)*';
          i = j;
        } else if (atStart && j === glob.length) {
          re += '.*';
          i = j - 1;
        } else {
          re += '[^/]*';
          i = j - 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        if (body[0] === '!') body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '\\' && i + 1 < glob.length) re += escapeRe(glob[++i]);
    else re += escapeRe(c);
  }
  while (braces-- > 0) re += ')';
  return re;
}

export function globToRegExp(glob: string): RegExp {
  return new RegExp('^' + globSource(glob) + '$', 'u');
}

/** Splits a glob into the folder without magic and the pattern below it. */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const parts = glob.split('/');
  const i = parts.findIndex(hasMagic);
  if (i < 0) return { base: parts.slice(0, -1).join('/') || '.', pattern: parts[parts.length - 1] };
  const base = parts.slice(0, i).join('/');
  return { base: base || (glob.startsWith('/') ? '/' : '.'), pattern: parts.slice(i).join('/') };
}

interface IgnoreRule {
  re: RegExp;
  negate: boolean;
  dirOnly: boolean;
}

/** Rules of one ignore file, matched against paths relative to its folder. */
export class IgnoreFile {
  private readonly rules: IgnoreRule[] = [];
  constructor(
    /** Absolute folder of the ignore file, with "/" separators. */
    readonly base: string,
    text: string,
  ) {
    for (let line of text.replace(/^\uFEFF/, '').split(/\r?\n|\r/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      line = line.replace(/(?<!\\)\s+$/, '');
      let negate = false;
      if (line.startsWith('!')) {
        negate = true;
        line = line.slice(1);
      } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
      let dirOnly = false;
      if (line.endsWith('/')) {
        dirOnly = true;
        line = line.slice(0, -1);
      }
      if (!line) continue;
      const anchored = line.includes('/');
      if (line.startsWith('/')) line = line.slice(1);
      const src = globSource(line);
      this.rules.push({ re: new RegExp((anchored ? '^' : '^(?:.*/)?') + src + '(?:/.*)?$', 'u'), negate, dirOnly });
    }
  }

  /** true/false when a rule decides, undefined when none matches. */
  decide(rel: string, isDir: boolean): boolean | undefined {
    let result: boolean | undefined;
    for (const r of this.rules) {
      // a folder-only rule applies to a file through the folders above it
      const target = r.dirOnly && !isDir ? (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '') : rel;
      if (target && r.re.test(target)) result = !r.negate;
    }
    return result;
  }
}
