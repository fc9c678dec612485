// Unified diff of two texts, by lines (for --fix-dry-run).

function splitKeep(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Line edit script: common prefix/suffix, then an LCS of the middle (bounded). */
function diffLines(a: string[], b: string[]): Array<{ op: ' ' | '-' | '+'; line: string }> {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const out: Array<{ op: ' ' | '-' | '+'; line: string }> = a.slice(0, pre).map((line) => ({ op: ' ' as const, line }));
  if (am.length * bm.length > 4_000_000) {
    for (const line of am) out.push({ op: '-', line });
    for (const line of bm) out.push({ op: '+', line });
  } else {
    const n = am.length;
    const m = bm.length;
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--) lcs[i][j] = am[i] === bm[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        out.push({ op: ' ', line: am[i++] });
        j++;
      } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) out.push({ op: '-', line: am[i++] });
      else out.push({ op: '+', line: bm[j++] });
    }
  }
  for (const line of a.slice(a.length - suf)) out.push({ op: ' ', line });
  return out;
}

export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  if (oldText === newText) return '';
  const ops = diffLines(splitKeep(oldText), splitKeep(newText));
  let out = `--- ${oldName}\n+++ ${newName}\n`;
  let k = 0;
  while (k < ops.length) {
    if (ops[k].op === ' ') {
      k++;
      continue;
    }
    // a hunk: from `context` lines before the change to `context` lines after the last nearby change
    let start = Math.max(0, k - context);
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end].op !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next].op === ' ') next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    end = Math.min(ops.length, end + context);
    let oldStart = 1;
    let newStart = 1;
    for (let i = 0; i < start; i++) {
      if (ops[i].op !== '+') oldStart++;
      if (ops[i].op !== '-') newStart++;
    }
    const hunk = ops.slice(start, end);
    const oldLen = hunk.filter((o) => o.op !== '+').length;
    const newLen = hunk.filter((o) => o.op !== '-').length;
    out += `@@ -${oldLen ? oldStart : oldStart - 1},${oldLen} +${newLen ? newStart : newStart - 1},${newLen} @@\n`;
    for (const o of hunk) {
      const body = o.line.replace(/\r?\n$|\r$/, '');
      out += `${o.op}${body}\n`;
      if (!/[\r\n]$/.test(o.line)) out += '\\ No newline at end of file\n';
    }
    k = end;
    start = end;
  }
  return out;
}
