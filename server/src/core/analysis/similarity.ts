// String similarity helpers shared by the analyses, the rules and the CLI.

/** Levenshtein distance over UTF-16 units (linear memory). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Number of characters two names share (multiset intersection). */
export function sharedChars(a: string, b: string): number {
  const count = new Map<string, number>();
  for (const ch of a) count.set(ch, (count.get(ch) ?? 0) + 1);
  let n = 0;
  for (const ch of b) {
    const c = count.get(ch) ?? 0;
    if (c > 0) {
      n++;
      count.set(ch, c - 1);
    }
  }
  return n;
}

/** The set of adjacent character pairs of s (s itself when it is one character). */
export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}
