// The small Markdown subset of the rule doc pages, rendered into DOM nodes
// (text always through textContent, never as markup): headings, paragraphs,
// lists, tables, fenced code blocks, **bold** and `code`.

function inline(parent: HTMLElement, text: string): void {
  const re = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\([^)]*\)/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) parent.append(text.slice(at, m.index));
    if (m[1] !== undefined) {
      const b = document.createElement('strong');
      b.textContent = m[1];
      parent.append(b);
    } else if (m[2] !== undefined) {
      const c = document.createElement('code');
      c.textContent = m[2];
      parent.append(c);
    } else parent.append(m[3]); // links to other pages are shown as their text: the page is offline
    at = m.index + m[0].length;
  }
  if (at < text.length) parent.append(text.slice(at));
}

/** Renders Markdown into `into`; the top `# title` line is left out (the caller shows the rule id). */
export function renderMarkdown(into: HTMLElement, md: string): void {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let list: HTMLElement | undefined;
  const flush = () => {
    if (para.length) {
      const p = document.createElement('p');
      inline(p, para.join(''));
      into.append(p);
      para = [];
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^```/.test(line);
    if (fence) {
      flush();
      list = undefined;
      const code: string[] = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
      const pre = document.createElement('pre');
      pre.textContent = code.join('\n');
      into.append(pre);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      list = undefined;
      const table = document.createElement('table');
      let head = true;
      for (; i < lines.length && /^\s*\|/.test(lines[i]); i++) {
        const cells = lines[i].trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
        if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
        const tr = document.createElement('tr');
        for (const c of cells) {
          const cell = document.createElement(head ? 'th' : 'td');
          inline(cell, c);
          tr.append(cell);
        }
        table.append(tr);
        head = false;
      }
      i--;
      into.append(table);
      continue;
    }
    const h = /^(#{1,4})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      list = undefined;
      if (h[1].length === 1) continue;
      const el = document.createElement(h[1].length === 2 ? 'h4' : 'h5');
      inline(el, h[2]);
      into.append(el);
      continue;
    }
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      if (!list) {
        list = document.createElement(/^\s*\d/.test(line) ? 'ol' : 'ul');
        into.append(list);
      }
      const li = document.createElement('li');
      inline(li, item[1]);
      list.append(li);
      continue;
    }
    if (!line.trim()) {
      flush();
      list = undefined;
      continue;
    }
    if (list && /^\s+/.test(line)) {
      inline(list.lastElementChild as HTMLElement, line.trim());
      continue;
    }
    list = undefined;
    para.push(line.trim());
  }
  flush();
}
