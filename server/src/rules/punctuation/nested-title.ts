import * as z from 'zod';
import { defineRule } from '../../core/engine/types';

/**
 * A title inside a title (GB/T 15834-2011 4.15.3): 《…〈…〉…》, not
 * 《…《…》…》; half-width <…> (or ＜…＞) used for the inner title is wrong
 * too. The fix turns the inner pair into 〈〉. One stack pass per paragraph.
 */
export default defineRule({
  id: 'punctuation/nested-title',
  category: 'punctuation',
  description: '书名号内的书名用单书名号〈〉，不用《》或尖括号 <>（GB/T 15834-2011）。',
  severity: 'warning',
  fixable: true,
  options: z.object({}).strict(),
  check({ doc, report }) {
    for (const p of doc.paragraphs) {
      const t = p.text;
      if (!t.includes('《')) continue;
      // open title marks: 《 (0), 〈 (1), < or ＜ (2), with the kind of their container (-1 at the top)
      const stack: Array<{ i: number; kind: number; parent: number }> = [];
      let titles = 0; // open 《 on the stack
      for (let i = 0; i < t.length; i++) {
        const ch = t[i];
        // a < that never closed is a less-than sign, not a title mark
        if ((ch === '》' || ch === '〉') && stack.length && stack[stack.length - 1].kind === 2) while (stack.length && stack[stack.length - 1].kind === 2) stack.pop();
        const top = stack.length ? stack[stack.length - 1].kind : -1;
        if (ch === '《' || ch === '〈' || (ch === '<' && titles > 0)) {
          stack.push({ i, kind: ch === '《' ? 0 : ch === '〈' ? 1 : 2, parent: top });
          if (ch === '《') titles++;
          continue;
        }
        const kind = ch === '》' ? 0 : ch === '〉' ? 1 : ch === '>' ? 2 : -1;
        if (kind < 0 || top !== kind) {
          // a stray or crossing close: give up on this paragraph's nesting (punctuation/unbalanced reports it)
          if (kind === 0 || kind === 1) {
            stack.length = 0;
            titles = 0;
          }
          continue;
        }
        const o = stack.pop()!;
        if (kind === 0) titles--;
        if ((kind === 0 && o.parent === 0) || kind === 2) {
          const a = p.range(o.i, o.i + 1);
          const b = p.range(i, i + 1);
          const inner = t.slice(o.i, i + 1);
          report({
            message:
              kind === 0
                ? `书名号内的书名应使用单书名号：“${inner}”应写作“〈${t.slice(o.i + 1, i)}〉”`
                : `书名号内的书名应使用单书名号“〈〉”，不用尖括号：“${inner}”应写作“〈${t.slice(o.i + 1, i)}〉”`,
            start: a.start,
            end: b.end,
            fix: { title: '改为单书名号“〈〉”', edits: [{ ...a, newText: '〈' }, { ...b, newText: '〉' }] },
          });
        }
      }
    }
  },
});
