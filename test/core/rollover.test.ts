import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/model/document';
import { applyEdits } from '../../server/src/core/engine/fix';
import { planRollover, RolloverError } from '../../server/src/core/drafting/rollover';
import { matchClauses } from '../../server/src/core/analysis/clause-match';
import { compareTargets, coverageRows } from '../../server/src/core/analysis/compare';
import { LineIndex } from '../../server/src/core/model/positions';
import { extractTargets } from '../../server/src/core/analysis/targets';
import { corpusDir } from '../support/paths';

const dir = path.join(__dirname, '..', 'fixtures', 'rollover');

describe('core/rollover', () => {
  const text = fs.readFileSync(path.join(dir, 'plan.txt'), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const plan = planRollover(parseDocument(text), expected.toYear);

  it('changes exactly the plan-year mentions', () => {
    assert.deepEqual(
      plan.changes.map((c) => ({ kind: c.kind, context: c.context })),
      expected.changes,
    );
  });
  it('lists what a person must review and does not change it', () => {
    assert.deepEqual(plan.review.map((r) => r.text), expected.review);
  });
  it('changes nothing else: the diff is only the year digits', () => {
    const out = applyEdits(text, plan.edits);
    assert.equal(out.length, text.length);
    const diffs: string[] = [];
    for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) diffs.push(`${text[i]}>${out[i]}`);
    assert.deepEqual([...new Set(diffs)].sort(), ['4>5', '４>５']);
    assert.ok(out.includes('“昆仑2025”') && out.includes('“铁拳2023”'));
    assert.ok(out.includes('《天津市2024年食品安全监督管理计划》'), 'cited municipal title left alone');
    assert.ok(out.includes('（2023版）') && out.includes('（2022年修订）') && out.includes('2023年，全区'));
    assert.ok(out.includes('南开政办函〔2024〕11号') && out.includes('2024年7月2日'));
  });
  it('rolling the rolled plan again moves it one more year', () => {
    const out = applyEdits(text, plan.edits);
    const again = planRollover(parseDocument(out), 2026);
    assert.equal(again.changes.length, plan.changes.length);
  });
  it('refuses a plan without a title year', () => {
    assert.throws(() => planRollover(parseDocument('一、总体要求\n1.加强监管。（区市场监管局负责）'), 2025), RolloverError);
  });
});

describe('core/rollover: a corpus-like plan (东丽区2024)', () => {
  const name = '东丽区2024年食品安全监督管理计划';
  const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8'));
  const index = new LineIndex(text);
  const at = (o: number) => {
    const p = index.position(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const plan = planRollover(parseDocument(text), expected.toYear);
  const out = applyEdits(text, plan.edits);

  it('changes exactly the plan-year mentions listed', () => {
    assert.deepEqual(plan.changes.map((c) => ({ at: at(c.start), kind: c.kind, before: c.before, after: c.after })), expected.changes);
  });
  it('leaves cited titles, background years, periods and next-year dates alone', () => {
    for (const s of expected.unchanged as string[]) assert.ok(out.includes(s), `changed: ${s}`);
    const diffs = new Set<string>();
    for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) diffs.add(`${text[i]}>${out[i]}`);
    assert.equal(out.length, text.length);
    assert.deepEqual([...diffs].sort(), ['4>5', '４>５']);
  });
  it('lists the mentions a person must review', () => {
    assert.deepEqual(plan.review.map((r) => ({ at: at(r.start), text: r.text })), expected.review);
  });
  it('against the new municipal plan: targets below or missing, items without a counterpart', () => {
    const rolled = parseDocument(out);
    const municipal = parseDocument(fs.readFileSync(path.join(dir, '..', '..', '..', expected.municipal.file), 'utf8'));
    const dT = extractTargets(rolled);
    const mT = extractTargets(municipal);
    const cmp = compareTargets(dT, mT);
    const rows = coverageRows(cmp, mT, dT);
    assert.deepEqual(rows.filter((r) => r.status === 'below').map((r) => r.indicator), expected.municipal.below);
    assert.deepEqual(rows.filter((r) => r.status === 'missing').map((r) => r.indicator), expected.municipal.missing);
    assert.deepEqual(matchClauses(rolled, municipal, cmp).filter((m) => !m.district).map((m) => m.municipal.heading.number), expected.municipal.unmatchedClauses);
  });
  it('a year split by a hard wrap keeps its line break', () => {
    const wrapped = [
      '东丽区2024年食品安全监督管理计划',
      '一、重点任务',
      '1.加强监管。全面落实食品安全企业主体责任，督促',
      '企业建立健全食品安全管理制度，落实自查制度，在20',
      '24年底前完成全部企业的风险分级评定工作，推动企',
      '业持续提升管理水平。（区市场监管局负责）',
      '2.加强抽检。全面落实食品安全监督抽检任务，督促',
      '企业建立健全食品安全检验制度，落实出厂检验，提',
      '升问题产品核查处置效率，完成核查处置工作，推动',
      '企业持续提升产品质量。（区市场监管局负责）',
      '',
    ].join('\n');
    assert.equal(parseDocument(wrapped).clauses[0].runs[0].text.includes('在2024年底前'), true, 'the wrapped lines form one paragraph');
    const p = planRollover(parseDocument(wrapped), 2025);
    assert.equal(applyEdits(wrapped, p.edits), wrapped.replace(/2024/g, '2025').replace('20\n24', '20\n25'));
  });
});

describe('core/rollover: the published plans of the shared corpus', () => {
  const corpus = corpusDir;
  const files = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')) : [];
  if (!files.length) it.skip('corpus folder not present');
  for (const f of files) {
    it(`${f}: every mention of the plan year is changed or listed for review, and only digits change`, () => {
      const text = fs.readFileSync(path.join(corpus, f), 'utf8');
      const doc = parseDocument(text);
      const from = doc.front.planTitle!.year!;
      const plan = planRollover(doc, from + 1);
      const mentions = [...doc.norm.matchAll(new RegExp(String(from).split('').join('\\s*'), 'g'))].map((m) => m.index);
      assert.ok(mentions.every((i) => [...plan.changes, ...plan.review].some((x) => i >= x.start && i < x.end)), 'a plan-year mention was neither changed nor listed');
      assert.ok(mentions.length >= 5);
      assert.ok(plan.changes.some((c) => c.kind === 'title') && plan.changes.some((c) => c.kind === 'campaign'));
      const out = applyEdits(text, plan.edits);
      assert.equal(out.length, text.length);
      for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) assert.match(`${text[i]}${out[i]}`, /^\d\d$/);
    });
  }
});
