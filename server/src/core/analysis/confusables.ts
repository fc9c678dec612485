// The confusable-word table of wording/confusable: schema (zod), the built-in
// data (server/src/data/confusables.json) and compiled matchers. Pure.
//
// Linear time: an entry's wrong form is found with indexOf, and its context
// patterns are only ever matched against a short window around it (BEFORE
// and AFTER characters), so a pattern costs a bounded amount per occurrence.
// Patterns with nested quantifiers or back references are refused, so even
// that bounded cost stays small.
import * as z from 'zod';
import builtinData from '../../data/confusables.json';

/** Characters before an occurrence a `before`/`notBefore` pattern sees ("\n" stands for the paragraph start). */
export const BEFORE = 12;
/** Characters after an occurrence an `after`/`notAfter` pattern sees ("\n" stands for the paragraph end). */
export const AFTER = 24;

/**
 * Why a context pattern is refused, or undefined when it is fine: it must
 * compile, and must not hold a back reference or a quantified group that
 * itself contains a quantifier (the shapes that backtrack exponentially).
 */
export function patternProblem(src: string): string | undefined {
  try {
    new RegExp(src, 'u');
  } catch (e) {
    return `不是合法的正则表达式：${(e as Error).message}`;
  }
  if (/\\[1-9]|\\k</.test(src)) return '不能使用反向引用（\\1、\\k<…>）';
  // groups whose content has a quantifier, then a quantifier on the group
  const quantified: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') quantified.push(false);
    else if (c === ')') {
      const inner = quantified.pop() ?? false;
      const next = src[i + 1];
      const isQuant = next === '*' || next === '+' || next === '?' || next === '{';
      if (inner && isQuant && next !== '?') return '不能在含有量词的分组外再加量词（如 (a+)+），这种写法可能极慢';
      if (quantified.length && (inner || isQuant)) quantified[quantified.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '{') && quantified.length) quantified[quantified.length - 1] = true;
  }
  return undefined;
}

const Pattern = z.string().min(1).max(200).superRefine((s, ctx) => {
  const p = patternProblem(s);
  if (p) ctx.addIssue({ code: 'custom', message: p });
});

/** One confusable word. User entries (rule options) have the same shape; examples are optional there. */
export const ConfusableSchema = z
  .object({
    /** The wrong form, found literally. */
    wrong: z.string().min(1).max(12),
    /** The right form ('' deletes the wrong form). */
    right: z.string().max(12),
    /** Must match the text just before the wrong form (anchored at its end). */
    before: Pattern.optional(),
    /** Must match the text just after the wrong form (anchored at its start). */
    after: Pattern.optional(),
    /** Must not match just before. */
    notBefore: Pattern.optional(),
    /** Must not match just after. */
    notAfter: Pattern.optional(),
    /** Whether the replacement is safe to apply automatically (default true); false offers it as a suggestion. */
    fix: z.boolean().optional(),
    /** Why, in Chinese (shown in the message). */
    note: z.string().max(200).optional(),
    /** The norm the entry follows: 《现代汉语词典》, 《第一批异形词整理表》, GB/T 15835-2011 … */
    source: z.string().min(1).max(100),
    /** Sentences with the wrong use and with right uses (the tests lint them). */
    examples: z.object({ wrong: z.array(z.string()), right: z.array(z.string()) }).strict().optional(),
  })
  .strict();
export type Confusable = z.infer<typeof ConfusableSchema>;

export const ConfusableTableSchema = z.object({ $comment: z.string().optional(), entries: z.array(ConfusableSchema) }).strict();

/**
 * The built-in table. Validated by the tests (it parses to itself, and its
 * examples behave), not at every start: running the table through the schema
 * cost the CLI a few milliseconds at each start for data that ships with it.
 */
export const BUILTIN_CONFUSABLES: readonly Confusable[] = (builtinData as z.output<typeof ConfusableTableSchema>).entries;

export interface Matcher {
  entry: Confusable;
  before?: RegExp;
  after?: RegExp;
  notBefore?: RegExp;
  notAfter?: RegExp;
}

const compiled = new WeakMap<Confusable, Matcher>();

export function matcherOf(entry: Confusable): Matcher {
  let m = compiled.get(entry);
  if (!m) {
    const end = (s?: string) => (s ? new RegExp(`(?:${s})$`, 'u') : undefined);
    const start = (s?: string) => (s ? new RegExp(`^(?:${s})`, 'u') : undefined);
    m = { entry, before: end(entry.before), after: start(entry.after), notBefore: end(entry.notBefore), notAfter: start(entry.notAfter) };
    compiled.set(entry, m);
  }
  return m;
}

/** Whether the occurrence of the entry's wrong form at [i, i + wrong.length) of `text` is a wrong use. */
export function isWrongUse(m: Matcher, text: string, i: number): boolean {
  const j = i + m.entry.wrong.length;
  if (m.before || m.notBefore) {
    const from = Math.max(0, i - BEFORE);
    const w = (from === 0 ? '\n' : '') + text.slice(from, i);
    if (m.before && !m.before.test(w)) return false;
    if (m.notBefore && m.notBefore.test(w)) return false;
  }
  if (m.after || m.notAfter) {
    const to = Math.min(text.length, j + AFTER);
    const w = text.slice(j, to) + (to === text.length ? '\n' : '');
    if (m.after && !m.after.test(w)) return false;
    if (m.notAfter && m.notAfter.test(w)) return false;
  }
  return true;
}
