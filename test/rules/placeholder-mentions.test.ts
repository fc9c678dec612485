// A placeholder in a note (【待定：市高级人民法院】, left by fsplan draft) stands
// for a body still to be chosen: the note is still a note, and no department
// or note-format rule reports it; only document/placeholder does.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/model/document';
import { buildDirectory, classify, describeMention } from '../../server/src/core/analysis/departments';
import { describeDepartment } from '../../server/src/service/integrations';
import { check } from '../support/check';
import { plan } from './table';

const RULES = ['department/unknown', 'department/foreign', 'department/inconsistent', 'department/misspelled', 'responsibility/format', 'responsibility/missing', 'document/placeholder'];

const CASES: Array<{ name: string; body: string; mentions: string[]; placeholders: number }> = [
  { name: 'a lone placeholder with 负责', body: '1.加强寄递管理。督促企业落实制度。（【待定：市邮政管理局】负责）', mentions: ['【待定：市邮政管理局】'], placeholders: 1 },
  { name: 'a placeholder among district bodies', body: '1.强化行刑衔接。完善移送机制。（区市场监管局、公安红桥分局、【待定：市高级人民法院】按职责分工负责）', mentions: ['区市场监管局', '公安红桥分局', '【待定：市高级人民法院】'], placeholders: 1 },
  { name: 'a placeholder collective after a lead', body: '1.健全责任体系。落实属地责任。（区食安办牵头，【待定：各区人民政府】按职责分工负责）', mentions: ['区食安办', '【待定：各区人民政府】'], placeholders: 1 },
  { name: 'a placeholder name with 及 and 和 inside is one mention', body: '1.加强协调。定期会商。（【待定：市粮食和物资及储备局】、区商务局按职责分工负责）', mentions: ['【待定：市粮食和物资及储备局】', '区商务局'], placeholders: 1 },
  { name: 'a label note', body: '1.加强监管。落实要求。（责任单位：【待定：天津海关】）', mentions: ['【待定：天津海关】'], placeholders: 1 },
  { name: 'only placeholders, one group', body: '1.加强监管。落实要求。（【待定：市委网信办】、【待定：天津海关】按职责分工负责）', mentions: ['【待定：市委网信办】', '【待定：天津海关】'], placeholders: 2 },
];

describe('placeholder mentions in notes', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const text = plan(c.body);
      const doc = parseDocument(text);
      assert.equal(doc.notes.length, 1, 'the bracket is a note');
      assert.deepEqual(doc.notes[0].mentions.map((m) => m.name), c.mentions);
      const dir = buildDirectory(doc);
      for (const m of doc.notes[0].mentions) {
        if (m.name.startsWith('【')) assert.equal(classify(dir, m.name).kind, 'placeholder');
      }
      const { findings } = check(text, { rules: RULES });
      assert.deepEqual(findings.map((f) => f.ruleId), Array(c.placeholders).fill('document/placeholder'), findings.map((f) => f.message).join('\n'));
      assert.ok(findings.every((f) => f.severity === 'info' && f.quoted.startsWith('【待定：')));
    });
  }
  it('hover has nothing to say about a placeholder', () => {
    const doc = parseDocument(plan('1.加强监管。落实要求。（【待定：市高级人民法院】负责）'));
    assert.equal(describeMention(buildDirectory(doc), '【待定：市高级人民法院】').status, 'placeholder');
    assert.equal(describeDepartment('【待定：市高级人民法院】', {}, doc), undefined);
    assert.equal(describeDepartment('区人民法院', {}, doc)?.municipal, '市高级人民法院');
  });
  it('the same names without the placeholder mark are reported', () => {
    const { findings } = check(plan('1.强化行刑衔接。完善移送机制。（区市场监管局、市高级人民法院、市邮政管理局按职责分工负责）'), { rules: RULES });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.quoted]), [
      ['department/foreign', '市高级人民法院'],
      ['department/unknown', '市邮政管理局'],
    ]);
  });
  it('a lone placeholder with 按职责分工负责 is not a format finding (it may stand for several bodies)', () => {
    const { findings } = check(plan('1.加强监管。落实要求。（【待定：各区人民政府】按职责分工负责）'), { rules: ['responsibility/format'] });
    assert.deepEqual(findings, []);
    const plain = check(plan('1.加强监管。落实要求。（区教育局按职责分工负责）'), { rules: ['responsibility/format'] });
    assert.equal(plain.findings.length, 1);
  });
});
