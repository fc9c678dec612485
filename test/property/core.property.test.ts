// Property tests: whatever text comes in, the checker never throws, findings
// are well-formed and deterministic, and fixes are safe and idempotent.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits, fixAll, selectFixes } from '../../server/src/core/engine/fix';
import { lintText } from '../../server/src/core/engine/linter';
import { parseDocument } from '../../server/src/core/model/document';
import type { Finding } from '../../server/src/core/engine/types';
import { rulesFor } from '../support/check';
import { anyText, mutatedPlan, realisticPlans, runs } from './arbitraries';

const rules = rulesFor();
const lint = (t: string) => lintText(t, rules).findings;

function isLow(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isHigh(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
/** An offset that splits a surrogate pair is not on a whole character. */
function splitsPair(text: string, o: number): boolean {
  return o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o));
}

function assertWellFormed(text: string, findings: readonly Finding[]) {
  let prev: Finding | undefined;
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `range ${f.start}-${f.end} of ${f.ruleId} outside text of ${text.length}`);
    assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `${f.ruleId} range splits a surrogate pair`);
    assert.ok(!f.ruleId.startsWith('internal') && !/内部出错/.test(f.message), `rule crashed: ${f.message}`);
    if (prev) assert.ok(prev.start < f.start || (prev.start === f.start && prev.end <= f.end) || prev.start === f.start, 'findings sorted');
    for (const fix of [f.fix, ...(f.suggestions ?? [])]) {
      for (const e of fix?.edits ?? []) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, 'edit inside text');
    }
    prev = f;
  }
}

function checkText(text: string) {
  const a = lint(text);
  assertWellFormed(text, a);
  assert.deepEqual(lint(text), a, 'deterministic');
}

describe('property: any text', () => {
  it('never throws; findings inside the text, on whole characters, sorted, deterministic', () => {
    fc.assert(fc.property(anyText, checkText), runs(300));
  });
  it('survives pathological shapes', () => {
    const shapes = [
      '（'.repeat(20000),
      '）'.repeat(20000),
      '（区'.repeat(10000),
      '1.'.repeat(20000),
      '一、'.repeat(10000),
      '（一）'.repeat(5000),
      '9'.repeat(50000),
      '达到'.repeat(20000) + '%',
      '《'.repeat(20000),
      'a'.repeat(100000),
      ('区市场监管局、'.repeat(3000) + '负责）'),
      '\n'.repeat(50000),
      ' \n'.repeat(30000),
      '- 7 -\n'.repeat(10000),
      '\uD800'.repeat(1000) + '\uDC00'.repeat(1000),
    ];
    for (const s of shapes) checkText(s);
  });
});

describe('property: mutations of realistic plans', () => {
  const plans = realisticPlans();
  it('never throws and findings stay well-formed', () => {
    fc.assert(fc.property(mutatedPlan(plans), checkText), runs(150));
  });
  it('parsing keeps every model span inside the text', () => {
    fc.assert(
      fc.property(mutatedPlan(plans), (text) => {
        const doc = parseDocument(text);
        const spans = [...doc.headings.map((h) => h.span), ...doc.notes, ...doc.notes.flatMap((n) => n.mentions), ...doc.clauses.flatMap((c) => c.runs)];
        for (const s of spans) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length);
      }),
      runs(150),
    );
  });
});

describe('property: fixes', () => {
  const plans = realisticPlans();
  const texts = fc.oneof(mutatedPlan(plans), fc.constantFrom(...plans));
  it('fix-all leaves no fixable finding, and a second fix-all changes nothing', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = fixAll(text, lint).text;
        assert.equal(selectFixes(lint(once)).length, 0, 'no fixable findings left');
        assert.equal(fixAll(once, lint).text, once, 'idempotent');
      }),
      runs(100),
    );
  });
  it('a fix changes nothing outside its edit ranges', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const f of lint(text)) {
          for (const fix of [f.fix, ...(f.suggestions ?? [])]) {
            if (!fix || !fix.edits.length) continue;
            const out = applyEdits(text, fix.edits);
            const lo = Math.min(...fix.edits.map((e) => e.start));
            const hi = Math.max(...fix.edits.map((e) => e.end));
            assert.equal(out.slice(0, lo), text.slice(0, lo), 'prefix unchanged');
            assert.equal(out.slice(out.length - (text.length - hi)), text.slice(hi), 'suffix unchanged');
            // between edits, the untouched text is kept in order
            const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
            let pos = 0;
            let outPos = 0;
            for (const e of sorted) {
              const keep = text.slice(pos, e.start);
              assert.equal(out.slice(outPos, outPos + keep.length), keep, 'text between edits unchanged');
              outPos += keep.length + e.newText.length;
              pos = e.end;
            }
          }
        }
      }),
      runs(60),
    );
  });
});
