// fsplan draft: every municipal plan fixture drafted for several districts
// (test/fixtures/drafting/expected.json). A draft lints with placeholder
// findings only and meets every municipal target; departments are mapped
// through the registry data.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareTargets, coverageRows } from '../../server/src/core/analysis/compare';
import { parseDocument } from '../../server/src/core/model/document';
import { DraftError, draftForDistrict, districtDirectory, findDistrict, localize, registryMapper } from '../../server/src/core/drafting/draft';
import { lintText } from '../../server/src/core/engine/linter';
import { builtinTianjin, parseRegistry, Registry } from '../../server/src/core/analysis/registry';
import { renumberDocument } from '../../server/src/core/drafting/renumber';
import { extractTargets } from '../../server/src/core/analysis/targets';
import type { LintEnvironment } from '../../server/src/core/engine/types';
import { rulesFor } from '../support/check';
import { repoRoot } from '../support/paths';

const root = repoRoot;
const expected = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'drafting', 'expected.json'), 'utf8')) as {
  cases: Array<{ municipal: string; registry?: string; districts: Record<string, { undecided: string[]; notes: string[] }> }>;
};

function registryEnv(file?: string): LintEnvironment {
  if (!file) return {};
  const abs = path.join(root, file);
  return { departments: { registry: parseRegistry(JSON.parse(fs.readFileSync(abs, 'utf8')), abs), registrySource: abs } };
}

describe('core/draft: a district draft from each municipal plan fixture', () => {
  const rules = rulesFor();
  for (const c of expected.cases) {
    const text = fs.readFileSync(path.join(root, c.municipal), 'utf8');
    const municipal = parseDocument(text);
    for (const [district, want] of Object.entries(c.districts)) {
      describe(`${path.basename(c.municipal)} → ${district}`, () => {
        const env = registryEnv(c.registry);
        const draft = draftForDistrict(municipal, { district }, env);
        const doc = parseDocument(draft.text);

        it('maps every department through the registry; bodies without a counterpart are marked 【待定】', () => {
          assert.deepEqual(draft.undecided, want.undecided);
          for (const n of want.notes) assert.ok(draft.text.includes(n), `draft lacks ${n}`);
          assert.equal(doc.notes.length, municipal.notes.length);
          assert.equal(draft.notes, municipal.notes.length);
          assert.equal(doc.clauses.length, municipal.clauses.length);
        });
        it('has the district title, the year and the municipal citation', () => {
          assert.equal(doc.front.planTitle?.jurisdiction?.name, draft.district.name);
          assert.equal(doc.front.planTitle?.year, municipal.front.planTitle?.year);
          assert.equal(doc.municipalCitation?.text, municipal.front.planTitle?.text);
        });
        it('passes fsplan check: only the placeholders are reported (info)', () => {
          const { findings } = lintText(draft.text, rules, { ...env, municipal });
          assert.deepEqual(
            findings.filter((f) => f.ruleId !== 'document/placeholder' || f.severity !== 'info').map((f) => `${f.ruleId} ${f.message}`),
            [],
          );
          const marked = draft.text.match(/【待定：/g)?.length ?? 0;
          assert.equal(findings.length, draft.toFill.length + marked);
          assert.deepEqual(renumberDocument(doc), []);
        });
        it('meets every municipal target (fsplan compare)', () => {
          const mT = extractTargets(municipal);
          const dT = extractTargets(doc);
          const rows = coverageRows(compareTargets(dT, mT), mT, dT);
          assert.ok(mT.length > 0);
          assert.deepEqual(rows.filter((r) => r.status !== 'met').map((r) => `${r.status} ${r.indicator}`), []);
          assert.equal(rows.length, mT.length);
        });
        it('leaves no 全市 outside cited titles', () => {
          const body = draft.text.replace(/《[^》]*》/g, '');
          assert.ok(!/全市|我市|本市/.test(body));
        });
      });
    }
  }
});

describe('core/draft: numbering', () => {
  const municipal = parseDocument(fs.readFileSync(path.join(root, 'test/fixtures/drafting/天津市2026年食品安全监督管理计划.txt'), 'utf8'));
  it('continuous (default): items 1.…11. through the plan, sections restart per chapter', () => {
    const doc = parseDocument(draftForDistrict(municipal, { district: '红桥' }).text);
    assert.deepEqual(doc.headings.filter((h) => h.level === 3).map((h) => h.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    assert.deepEqual(doc.headings.filter((h) => h.level === 2).map((h) => h.number), [1, 2, 1, 2, 1, 2, 1]);
  });
  it('restart: items restart under each section, and the draft still lints clean', () => {
    const draft = draftForDistrict(municipal, { district: '红桥', numbering: 'restart' });
    const doc = parseDocument(draft.text);
    assert.deepEqual(doc.headings.filter((h) => h.level === 3).map((h) => h.number), [1, 2, 1, 2, 1, 2, 1, 2, 3, 1, 1]);
    const { findings } = lintText(draft.text, rulesFor(), { municipal });
    assert.deepEqual(findings.filter((f) => f.ruleId !== 'document/placeholder').map((f) => f.message), []);
  });
  it('--year puts the year in the title, the preamble and the campaigns; targets keep the municipal values', () => {
    const draft = draftForDistrict(municipal, { district: '西青区', year: 2027 });
    assert.ok(draft.text.includes('\n西青区2027年食品安全监督管理计划\n'));
    assert.ok(draft.text.includes('关于印发《西青区2027年食品安全监督管理计划》的通知'));
    assert.ok(draft.text.includes('为做好我区2027年食品安全工作，根据《天津市2026年食品安全监督管理计划》'));
    assert.ok(draft.text.includes('深入开展“昆仑2027”专项行动'));
    assert.ok(draft.text.includes('全年食品安全抽检量达到7.6批次/千人'));
    const { findings } = lintText(draft.text, rulesFor(), { municipal });
    // the draft cites the municipal plan it was made from, of the year before: document/stale-year reminds the drafter to cite the new one
    assert.deepEqual(
      findings.filter((f) => f.ruleId !== 'document/placeholder').map((f) => `${f.ruleId} ${draft.text.slice(f.start, f.end)}`),
      ['document/stale-year 天津市2026年食品安全监督管理计划'],
    );
  });
});

describe('core/draft: the department mapping comes from the registry data', () => {
  const tianjin = builtinTianjin();
  const mapper = (reg: Registry, district: string, env: LintEnvironment = {}) =>
    registryMapper(districtDirectory(findDistrict(reg, district)!, 2025, { ...env, departments: { ...env.departments, registry: reg } }), reg);
  const TABLE: Array<[string, string, string | undefined]> = [
    ['红桥', '市市场监管委', '区市场监管局'],
    ['红桥', '天津市市场监督管理委员会', '区市场监管局'],
    ['红桥', '市卫健委', '区卫生健康委'],
    ['红桥', '市教委', '区教育局'],
    ['滨海新区', '市教委', '区教育体育局'],
    ['红桥', '市公安局', '公安红桥分局'],
    ['滨海', '市公安局', '公安滨海分局'],
    ['红桥', '天津海关', '红桥海关'],
    ['红桥', '市规划资源局', '市规划资源局红桥分局'],
    ['红桥', '市食品安全委员会办公室', '区食安办'],
    ['红桥', '市食安委成员单位', '区食安委成员单位'],
    ['红桥', '市食品安全委员会成员单位', '区食品安全委员会成员单位'],
    ['红桥', '市有关部门', '有关部门'],
    ['红桥', '相关部门', '相关部门'],
    ['红桥', '各区人民政府', undefined],
    ['红桥', '市邮政管理局', undefined],
    ['红桥', '市食品安全委员会各成员单位', undefined],
  ];
  for (const [district, from, to] of TABLE) {
    it(`${district}: ${from} → ${to ?? '（无对应单位）'}`, () => assert.equal(mapper(tianjin, district)(from), to));
  }
  it('a project preferred form is used (departments setting)', () => {
    const env: LintEnvironment = { departments: { extra: [{ name: '区卫生健康委', preferred: '区卫健委' }] } };
    assert.equal(mapper(tianjin, '红桥', env)('市卫生健康委'), '区卫健委');
  });
  it('changing the data changes the mapping: a municipal counterpart added to the registry', () => {
    const file = path.join(root, 'test/fixtures/departments/jiangcheng.registry.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(mapper(parseRegistry(json, file), '西岭')('市发改局'), undefined);
    assert.equal(mapper(parseRegistry(json, file), '西岭')('市城管局'), '区城管局');
    json.cityLevel.departments.push({ name: '市发改局', full: '江城市发展和改革委员会' });
    json.districtLevel.departments.find((d: { name: string }) => d.name === '区发改局').municipal = '市发改局';
    json.districtLevel.collectives[0] = { name: '区食安委成员单位', municipal: '市食安委成员单位' };
    const reg = parseRegistry(json, file);
    assert.equal(mapper(reg, '西岭')('市发改局'), '区发改局');
    assert.equal(mapper(reg, '西岭')('市食安委成员单位'), '区食安委成员单位');
  });
  it('a collective counterpart must be a city collective of the registry', () => {
    const file = path.join(root, 'test/fixtures/departments/jiangcheng.registry.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.districtLevel.collectives[0] = { name: '区食安委成员单位', municipal: '市食药安委成员单位' };
    assert.throws(() => parseRegistry(json, file), /districtLevel\.collectives\[0\]\.municipal.*不在 cityLevel\.collectives 中/);
  });
  it('an unknown district is a DraftError listing the districts', () => {
    const municipal = parseDocument(fs.readFileSync(path.join(root, 'samples/天津市2025年食品安全监督管理计划.txt'), 'utf8'));
    assert.throws(() => draftForDistrict(municipal, { district: '朝阳' }), (e: Error) => e instanceof DraftError && /没有“朝阳”.*红桥区、东丽区/.test(e.message));
  });
  it('localize: 全市 → 全区 outside cited titles only', () => {
    assert.equal(localize('全市抽检量达到7批次/千人，落实《全市食品安全工作要点》，本市、我市'), '全区抽检量达到7批次/千人，落实《全市食品安全工作要点》，本区、我区');
  });
});
