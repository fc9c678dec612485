import { Case, fixture, inject, lineOf, runCases } from './cases';

const MS = 'numbering/marker-style';
const cont = fixture('continuous.txt');
const rest = fixture('restart.txt');

const chapterPoint = inject(cont, ['\n二、严格', '\n二.严格']);
const bracketComma = inject(rest, ['（三）强化', '（三）、强化']);
const fullWidthAll = cont.replace(/\n(\d+)\./g, '\n$1．');
const halfL4 = '一、重点任务\n\n1.健全责任体系\n\n(1)完善责任清单。修订责任清单。（区食药安办负责）\n\n(2)开展评议考核。纳入绩效考核。（区委组织部负责）\n';

const cases: Case[] = [
  { name: 'valid: GB/T forms', text: rest, findings: [] },
  { name: 'valid: 1． accepted by default', text: fullWidthAll, findings: [] },
  { name: '二. instead of 二、', text: chapterPoint, findings: [[MS, lineOf(chapterPoint, '二.严格'), 1]], fixed: cont },
  { name: '（三）、 instead of （三）', text: bracketComma, findings: [[MS, lineOf(bracketComma, '（三）、'), 1]], fixed: rest },
  { name: '(1) (2) at level 4', text: halfL4, findings: [[MS, 5, 1], [MS, 7, 1]], fixed: halfL4.replace('(1)', '（1）').replace('(2)', '（2）') },
  {
    name: '1． rejected with allowFullWidthPoint: false',
    text: inject(cont, ['\n7.加强校园', '\n7．加强校园']),
    config: { [MS]: ['warning', { allowFullWidthPoint: false }], 'numbering/consistent-style': ['warning', { allowFullWidthPoint: false }] },
    findings: [[MS, lineOf(cont, '7.加强校园'), 1]],
    fixed: cont,
  },
];

runCases(MS, cases);
