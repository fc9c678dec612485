// A minimal streaming XML tokenizer, enough for the parts of a .docx we read.
// No DTDs, no namespaces resolution: names are kept as written (w:p, w:t).
//
// Linear whatever the input: every construct is found with indexOf from the
// current position, and a search for a terminator that failed (an unclosed
// `<!--`, `<?`, `<!DOCTYPE`, `<![CDATA[`, tag or quoted value) is remembered,
// so it is not repeated for every later `<` (which made a regex tokenizer
// quadratic). An unclosed construct ends the document, as in a real parser;
// a `<` that starts no construct is kept as text.

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    switch (e) {
      case 'lt': return '<';
      case 'gt': return '>';
      case 'amp': return '&';
      case 'quot': return '"';
      case 'apos': return "'";
    }
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** indexOf with memory: a later search for the same needle reuses an earlier answer that still applies. */
class Finder {
  private readonly memo = new Map<string, { from: number; at: number }>();
  constructor(private readonly s: string) {}
  find(needle: string, from: number): number {
    const m = this.memo.get(needle);
    if (m && from >= m.from && (m.at < 0 || m.at >= from)) return m.at;
    const at = this.s.indexOf(needle, from);
    this.memo.set(needle, { from, at });
    return at;
  }
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 0x80;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

export function* tokenize(xml: string): Generator<XmlToken> {
  const n = xml.length;
  const f = new Finder(xml);
  let pos = 0;
  let text = ''; // pending text (stray `<` are kept in it)
  const flush = function* () {
    if (text) yield { kind: 'text', text: decodeEntities(text) } as XmlToken;
    text = '';
  };
  while (pos < n) {
    const lt = f.find('<', pos);
    if (lt < 0) {
      text += xml.slice(pos);
      break;
    }
    if (lt > pos) text += xml.slice(pos, lt);
    pos = lt;
    if (xml.startsWith('<!--', pos)) {
      const end = f.find('-->', pos + 4);
      if (end < 0) break;
      pos = end + 3;
      continue;
    }
    if (xml.startsWith('<?', pos)) {
      const end = f.find('?>', pos + 2);
      if (end < 0) break;
      pos = end + 2;
      continue;
    }
    if (xml.startsWith('<![CDATA[', pos)) {
      const end = f.find(']]>', pos + 9);
      if (end < 0) break;
      yield* flush();
      yield { kind: 'text', text: xml.slice(pos + 9, end) };
      pos = end + 3;
      continue;
    }
    if (xml.startsWith('<!DOCTYPE', pos)) {
      const end = f.find('>', pos + 9);
      if (end < 0) break;
      pos = end + 1;
      continue;
    }
    const tag = readTag(xml, pos, f);
    if (tag === 'eof') break;
    if (tag === undefined) {
      // not a tag: the `<` is text
      text += '<';
      pos++;
      continue;
    }
    yield* flush();
    yield tag.token;
    pos = tag.end;
  }
  yield* flush();
}

/**
 * Reads `<name attr="v" …>`, `</name>` or `<name …/>` at `pos`. undefined when
 * the `<` starts no tag; 'eof' when a tag or quoted value is never closed.
 */
function readTag(xml: string, pos: number, f: Finder): { token: XmlToken; end: number } | undefined | 'eof' {
  const n = xml.length;
  let i = pos + 1;
  const close = xml.charCodeAt(i) === 47; // '/'
  if (close) i++;
  if (!isNameStart(xml.charCodeAt(i))) return undefined;
  const nameStart = i;
  while (i < n && isNameChar(xml.charCodeAt(i))) i++;
  const name = xml.slice(nameStart, i);
  const attrs: Record<string, string> = {};
  for (;;) {
    const ws = i;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (i >= n) return 'eof';
    const c = xml.charCodeAt(i);
    if (c === 62) return { token: close ? { kind: 'close', name } : { kind: 'open', name, attrs, selfClosing: false }, end: i + 1 };
    if (c === 47 && !close) {
      if (xml.charCodeAt(i + 1) === 62) return { token: { kind: 'open', name, attrs, selfClosing: true }, end: i + 2 };
      return undefined;
    }
    if (close || i === ws) return undefined; // attributes need a space before them; a close tag has none
    const an = i;
    while (i < n && !isSpace(xml.charCodeAt(i)) && !'=>/<'.includes(xml[i])) i++;
    if (i === an) return undefined;
    const attrName = xml.slice(an, i);
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    if (xml[i] !== '=') return i >= n ? 'eof' : undefined;
    i++;
    while (i < n && isSpace(xml.charCodeAt(i))) i++;
    const q = xml[i];
    if (q !== '"' && q !== "'") return i >= n ? 'eof' : undefined;
    const end = f.find(q, i + 1);
    if (end < 0) return 'eof';
    attrs[attrName] = decodeEntities(xml.slice(i + 1, end));
    i = end + 1;
  }
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}
