// Every numbering defect injected at every position of the fixtures (and of
// the real plans when present) is found on its line, and fix-all restores
// correctly numbered text.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Heading, parseDocument } from '../../../server/src/core/model/document';
import { analyzeNumbering } from '../../../server/src/core/analysis/numbering';
import { formatChineseNumeral } from '../../../server/src/core/model/numerals';
import { check } from '../../support/check';
import { fixture, NUMBERING_RULES } from './cases';
import { corpusDir } from '../../support/paths';

const corpus = corpusDir;
const texts: Array<[string, string]> = [
  ['continuous.txt', fixture('continuous.txt')],
  ['restart.txt', fixture('restart.txt')],
  ['wrapped.txt', fixture('wrapped.txt')],
];
if (fs.existsSync(corpus)) for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith('.txt'))) texts.push([f, fs.readFileSync(path.join(corpus, f), 'utf8')]);

const write = (h: Heading, n: number) => (h.level <= 2 ? formatChineseNumeral(n) : String(n));

/** The text with heading markers renumbered (numbers given per heading index). */
function withNumbers(text: string, headings: Heading[], numbers: Map<number, number>): string {
  let out = text;
  for (const h of [...headings].reverse()) {
    const n = numbers.get(h.index);
    if (n === undefined) continue;
    const raw = text.slice(h.marker.start, h.marker.end).replace(/[0-9０-９]+|[一二三四五六七八九十]+/, write(h, n));
    out = out.slice(0, h.marker.start) + raw + out.slice(h.marker.end);
  }
  return out;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;

/** Headings after h at its level that a renumbering of h cascades to: same parent, or any parent when numbered across parents. */
function following(doc: ReturnType<typeof parseDocument>, h: Heading): Heading[] {
  const same = doc.headings.filter((x) => x.level === h.level && x.index > h.index);
  const continuous = same.some((x) => x.parent !== h.parent && x.number > 1);
  return continuous ? same : same.filter((x) => x.parent === h.parent);
}

describe('numbering: injected defects', () => {
  for (const [name, text] of texts) {
    const doc = parseDocument(text);
    const items = doc.headings;
    describe(name, () => {
      it(`gap, duplicate and swap at each of ${items.length} items are found on their line and fixed`, () => {
        for (const h of items) {
          const later = following(doc, h);
          const prev = doc.headings.filter((x) => x.level === h.level && x.index < h.index && (x.parent === h.parent || following(doc, x).includes(h))).pop();
          const cases: Array<[string, Map<number, number>]> = [['gap', new Map([h, ...later].map((x) => [x.index, x.number + 1]))]];
          if (prev) cases.push(['duplicate', new Map([[h.index, prev.number]])]);
          if (later.length) cases.push(['swap', new Map([[h.index, later[0].number], [later[0].index, h.number]])]);
          for (const [kind, numbers] of cases) {
            const bad = withNumbers(text, doc.headings, numbers);
            const r = check(bad, { rules: NUMBERING_RULES });
            const line = lineAt(text, h.marker.start);
            assert.ok(r.findings.some((f) => f.ruleId === 'numbering/sequence' && f.line === line), `${kind} at line ${line} (${h.marker.raw}${h.title}) not found`);
            assert.equal(r.fixed, text, `${kind} at line ${line}: fix-all restores the numbering`);
          }
        }
      });
      it('a dropped marker is never guessed on a wrong line; where the paragraph stands alone and the item has a successor it is found and fixed', () => {
        const analysis = analyzeNumbering(doc);
        for (const h of doc.headings) {
          let end = h.marker.end;
          while (text[end] === ' ') end++;
          const bad = text.slice(0, h.marker.start) + text.slice(end);
          const line = lineAt(text, h.marker.start);
          const r = check(bad, { rules: NUMBERING_RULES });
          const guesses = r.findings.filter((f) => f.ruleId === 'numbering/missing-marker');
          for (const g of guesses) assert.equal(g.line, line, `dropped ${h.marker.raw}${h.title}: guessed line ${g.line}`);
          const pos = analysis.positionOf.get(h)!;
          const hasNext = pos.index < pos.sequence.items.length - 1;
          // in a hard-wrapped text the line may have been joined to a full line before it
          if (doc.wrapWidth === 0 && hasNext) assert.equal(guesses.length, 1, `dropped ${h.marker.raw}${h.title} at line ${line} not found`);
          if (guesses.length) {
            const fixed = parseDocument(r.fixed).headings.map((x) => [x.level, x.number]);
            assert.deepEqual(fixed, doc.headings.map((x) => [x.level, x.number]), 'fix-all puts the marker back');
          }
        }
      });
    });
  }
});
