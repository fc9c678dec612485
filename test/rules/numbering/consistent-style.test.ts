import { strict as assert } from 'node:assert';
import { check } from '../../support/check';
import { Case, fixture, inject, lineOf, runCases } from './cases';

const C = 'numbering/consistent-style';
const MS = 'numbering/marker-style';
const cont = fixture('continuous.txt');
const rest = fixture('restart.txt');

const fullWidthPoint = inject(cont, ['\n5.推进', '\n5．推进']);
const mostlyFullWidth = cont.replace(/\n(\d+)\./g, '\n$1．');
const oneHalfWidth = inject(mostlyFullWidth, ['\n9．推进行刑', '\n9.推进行刑']);
const halfBrackets = inject(rest, ['（二）严把', '(二)严把']);
const spaced = inject(cont, ['\n11.畅通', '\n11 .畅通']);
const comma = inject(cont, ['\n10.加强宣传', '\n10、加强宣传']);
// a plan mostly typed with (一): the GB/T form is not "fixed" to the majority
const mostlyHalf = rest.replace(/（([一二三四五六七])）/g, '($1)');
const oneStandard = inject(mostlyHalf, ['(三)强化', '（三）强化']);

const cases: Case[] = [
  { name: 'valid: one form per level', text: cont, findings: [] },
  { name: 'valid: 1． throughout', text: mostlyFullWidth, findings: [] },
  { name: 'one 5． among 1.', text: fullWidthPoint, findings: [[C, lineOf(fullWidthPoint, '5．推进'), 1]], fixed: cont },
  { name: 'one 9. among 1．', text: oneHalfWidth, findings: [[C, lineOf(oneHalfWidth, '9.推进行刑'), 1]], fixed: mostlyFullWidth },
  { name: '(二) among （一）', text: halfBrackets, findings: [[MS, lineOf(halfBrackets, '(二)严把'), 1]], fixed: rest },
  { name: '11 . among 1.', text: spaced, findings: [[MS, lineOf(spaced, '11 .畅通'), 1]], fixed: cont },
  { name: '10、 among 1.', text: comma, findings: [[MS, lineOf(comma, '10、加强'), 1]], fixed: cont },
  {
    name: 'a non-standard majority is left to marker-style',
    text: oneStandard,
    findings: ['(一)健全', '(二)严把', '(四)加强', '(五)加强', '(六)压实', '(七)加强'].map((s) => [MS, lineOf(oneStandard, s), 1] as [string, number, number]),
    fixed: rest,
  },
  {
    name: 'with allowFullWidthPoint: false a 1． majority is not a target (no tug of war with marker-style)',
    text: oneHalfWidth,
    config: { [C]: ['warning', { allowFullWidthPoint: false }], [MS]: ['warning', { allowFullWidthPoint: false }] },
    findings: [...oneHalfWidth.matchAll(/\n(\d+)．/g)].map((m) => [MS, lineOf(oneHalfWidth, m[0].slice(1)), 1] as [string, number, number]),
    fixed: cont,
  },
];

runCases(C, cases);

describe(`${C}: message and fix`, () => {
  it('names the dominant form and replaces only the marker', () => {
    const [f] = check(fullWidthPoint, { rules: [C] }).findings;
    assert.match(f.message, /多数（11 处）写作“5\.”/);
    assert.deepEqual(f.fix!.edits.map((e) => [fullWidthPoint.slice(e.start, e.end), e.newText]), [['5．', '5.']]);
  });
});
