// Generated plans: any correctly numbered plan (continuous or restarting
// items, with or without a （一） layer, up to 二十 chapters) has no numbering
// findings and nothing to renumber; a gap injected anywhere is found on its
// (on its line unless two sibling groups make it ambiguous, or the result is
// itself validly numbered under the other convention) and fix-all leaves no
// numbering finding.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseDocument } from '../../../server/src/core/model/document';
import { applyEdits } from '../../../server/src/core/engine/fix';
import { renumberDocument } from '../../../server/src/core/drafting/renumber';
import { check } from '../../support/check';
import { NUMBERING_RULES } from './cases';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一'];
const TITLES = ['加强源头管理', '强化过程监管', '推进社会共治', '严厉打击违法犯罪', '健全责任体系', '开展监督抽检'];
const NOTES = ['区市场监管局负责', '区农业农村委牵头，各街道按职责分工负责', '区教育局、区卫生健康委按职责分工负责'];

interface Shape {
  /** items per chapter (or per （N） section when sections is set) */
  chapters: number[][];
  continuousItems: boolean;
  sections: boolean;
  continuousSections: boolean;
}

function render(s: Shape): string {
  const out: string[] = ['西青区2025年食品安全监督管理计划', '', '为做好我区2025年食品安全工作，结合我区实际，制定本计划。', ''];
  let item = 0;
  let section = 0;
  s.chapters.forEach((secs, ci) => {
    out.push(`${CN[ci]}、${TITLES[ci % TITLES.length]}`, '');
    if (!s.continuousSections) section = 0;
    secs.forEach((count, si) => {
      if (s.sections) {
        section++;
        out.push(`（${CN[section - 1]}）${TITLES[(ci + si) % TITLES.length]}`, '');
        if (!s.continuousItems) item = 0;
      } else if (!s.continuousItems && si === 0) item = 0;
      for (let k = 0; k < count; k++) {
        item++;
        out.push(`${item}.${TITLES[(item + k) % TITLES.length]}。全年完成各项任务。（${NOTES[item % NOTES.length]}）`, '');
      }
    });
  });
  return out.join('\n');
}

const shape: fc.Arbitrary<Shape> = fc
  .record({
    sections: fc.boolean(),
    continuousItems: fc.boolean(),
    continuousSections: fc.boolean(),
    chapters: fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
  })
  .map((s) => ({ ...s, chapters: s.sections ? s.chapters : s.chapters.map((c) => [c[0]]) }))
  // keep （N） within 二十
  .filter((s) => s.chapters.flat().length <= 20);

describe('numbering: generated plans', () => {
  it('a correctly numbered plan has no numbering findings and nothing to renumber', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const text = render(s);
        assert.deepEqual(check(text, { rules: NUMBERING_RULES }).findings.map((f) => `${f.line} ${f.message}`), []);
        assert.deepEqual(renumberDocument(parseDocument(text)), []);
      }),
      { numRuns: 150 },
    );
  });
  it('a number raised by one anywhere is found on its line and fixed', () => {
    fc.assert(
      fc.property(shape, fc.nat(), (s, pick) => {
        const text = render(s);
        const doc = parseDocument(text);
        const h = doc.headings[pick % doc.headings.length];
        const n = h.level <= 2 ? CN[h.number] : String(h.number + 1);
        const raw = text.slice(h.marker.start, h.marker.end).replace(/\d+|[一二三四五六七八九十]+/, n);
        const bad = text.slice(0, h.marker.start) + raw + text.slice(h.marker.end);
        const r = check(bad, { rules: NUMBERING_RULES });
        const line = text.slice(0, h.marker.start).split('\n').length;
        // with two sections [1] [1] → [1] [2] the result is itself a valid continuous plan: nothing to find
        const validOtherwise = renumberDocument(parseDocument(bad)).length === 0;
        // with two groups the slip may read as another defect of the other convention ([1] [1,2] → [1] [2,2]: a duplicate)
        const groups = new Set(doc.headings.filter((x) => x.level === h.level).map((x) => x.parent)).size;
        const found = r.findings.filter((f) => f.ruleId === 'numbering/sequence');
        if (!validOtherwise) assert.ok(found.length > 0, `nothing found for line ${line}`);
        if (groups >= 3 || (groups === 1 && h.number > 0)) assert.ok(validOtherwise || found.some((f) => f.line === line), `not found at line ${line}`);
        assert.deepEqual(check(r.fixed, { rules: NUMBERING_RULES }).findings, []);
        // renumbering is idempotent: once applied there is nothing left to renumber
        const once = applyEdits(bad, renumberDocument(parseDocument(bad)));
        assert.deepEqual(renumberDocument(parseDocument(once)), []);
      }),
      { numRuns: 150 },
    );
  });
});
