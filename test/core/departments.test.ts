// The department directory and the editor data API (hover, completion).
import { strict as assert } from 'node:assert';
import { buildDirectory, classify, completionNames, describeMention, mentionAt, mentionStatuses, mentionStatusesOf, municipalCounterpart, suggest } from '../../server/src/core/analysis/departments';
import { parseDocument } from '../../server/src/core/model/document';
import { parseNoteBody } from '../../server/src/core/model/notes';

const doc = (title: string, body = '1.加强监管。落实要求。（区市场监管局牵头，区卫健委、公安红桥分局按职责分工负责）') => parseDocument(`${title}\n\n一、重点任务\n\n${body}\n`);
const HONGQIAO = '红桥区2025年食品安全监督管理计划';

describe('core/departments: directory of a plan', () => {
  it('a Tianjin district plan is covered at district level; another province is not', () => {
    const d = buildDirectory(doc(HONGQIAO));
    assert.deepEqual([d.covered, d.level, d.ownDistrict?.short], [true, 'district', '红桥']);
    assert.equal(buildDirectory(doc('天津市2025年食品安全监督管理计划')).level, 'city');
    assert.equal(buildDirectory(doc('临江区2025年食品安全监督管理计划')).covered, false);
    assert.equal(buildDirectory(doc('2025年食品安全监督管理计划'), { departments: { jurisdiction: '西青区' } }).ownDistrict?.short, '西青');
  });
  it('directories are cached by registry, extra settings and jurisdiction, never shared across them', () => {
    const a = buildDirectory(doc(HONGQIAO));
    assert.equal(buildDirectory(doc(HONGQIAO, '1.加强监管。（区教育局负责）')), a, 'same registry and district: built once');
    const xiqing = buildDirectory(doc('西青区2025年食品安全监督管理计划'));
    assert.notEqual(xiqing, a);
    assert.equal(xiqing.ownDistrict?.short, '西青');
    const extra = [{ name: '区食品安全协调中心' }];
    const withExtra = buildDirectory(doc(HONGQIAO), { departments: { extra } });
    assert.notEqual(withExtra, a);
    assert.equal(classify(withExtra, '区食品安全协调中心').kind, 'known');
    assert.equal(classify(a, '区食品安全协调中心').kind, 'unknown', 'the extra entry does not leak into the directory without it');
  });
  it('classifies names: known, collective, foreign, city-level, unknown', () => {
    const d = buildDirectory(doc(HONGQIAO));
    const table: Array<[string, string]> = [
      ['区市场监管局', 'known'],
      ['区卫健委', 'known'],
      ['公安红桥分局', 'known'],
      ['红桥区市场监管局', 'known'],
      ['市规划资源局红桥分局', 'known'],
      ['区食安委成员单位', 'collective'],
      ['区创城工作领导小组成员单位', 'collective'],
      ['各街道', 'collective'],
      ['公安武清分局', 'foreign'],
      ['西青海关', 'foreign'],
      ['武清区市场监管局', 'foreign'],
      ['市市场监管委', 'city'],
      ['区场监管局', 'unknown'],
    ];
    for (const [name, kind] of table) assert.equal(classify(d, name).kind, kind, name);
  });
  it('mentionStatuses: every mention of every note, in note and mention order, as classify sees it; computed once per run', () => {
    const d = doc(HONGQIAO, '1.加强监管。（区市场监管局牵头，区卫健委、公安武清分局按职责分工负责）\n2.强化抽检。（区场监管局负责）\n3.做好宣传。\n4.保障供应。（各街道、市商务局配合）');
    const dir = buildDirectory(d);
    const statuses = mentionStatuses(dir, d);
    const names = d.notes.flatMap((n) => n.mentions.map((m) => m.name));
    assert.deepEqual(names, ['区市场监管局', '区卫健委', '公安武清分局', '区场监管局', '各街道', '市商务局']);
    assert.deepEqual(
      statuses.map((s) => s.kind),
      ['known', 'known', 'foreign', 'unknown', 'collective', 'city'],
    );
    names.forEach((name, i) => assert.equal(statuses[i], classify(dir, name)));
    assert.deepEqual(mentionStatuses(dir, doc(HONGQIAO, '1.加强监管。')), []);
    // through a lint run's memo: computed once, shared by the rules
    let computed = 0;
    const memos = new Map<string, unknown>();
    const ctx = {
      doc: d,
      env: {},
      memo<T>(key: string, compute: () => T): T {
        if (!memos.has(key)) {
          computed++;
          memos.set(key, compute());
        }
        return memos.get(key) as T;
      },
    };
    const first = mentionStatusesOf(ctx);
    assert.equal(mentionStatusesOf(ctx), first);
    assert.deepEqual(first, statuses);
    assert.equal(computed, 2, 'the directory and the statuses, each once');
  });
  it('滨海新区 has its own bodies (区教育体育局)', () => {
    assert.equal(classify(buildDirectory(doc('滨海新区2025年食品安全监督管理计划')), '区教育体育局').kind, 'known');
    assert.equal(classify(buildDirectory(doc(HONGQIAO)), '区教育体育局').kind, 'unknown');
  });
  it('suggestions are ranked by edit distance, then shared characters', () => {
    const d = buildDirectory(doc(HONGQIAO));
    // one suggestion per body, in its closest form: 区卫健康委 is one deletion from 区卫生健康委 (5 shared) and from 区卫健委 (4 shared)
    const s = suggest(d, '区卫健康委');
    assert.equal(s[0].name, '区卫生健康委');
    assert.equal(new Set(s.map((x) => x.info)).size, s.length);
    assert.equal(suggest(d, '区卫健季')[0].name, '区卫健委');
    assert.equal(suggest(d, '区场监管局')[0].name, '区市场监管局');
    assert.ok(suggest(d, '区场监管局').length <= 3);
    assert.deepEqual(suggest(d, '区航天局'), []);
  });
  it('maps district bodies to their municipal counterparts', () => {
    const d = buildDirectory(doc(HONGQIAO));
    const table: Array<[string, string]> = [
      ['区市场监管局', '市市场监管委'],
      ['公安红桥分局', '市公安局'],
      ['区食安办', '市食品安全委员会办公室'],
      ['区食品安全办', '市食品安全委员会办公室'],
      ['区卫健委', '市卫生健康委'],
      ['红桥海关', '天津海关'],
    ];
    for (const [name, city] of table) assert.equal(municipalCounterpart(d, name), city, name);
  });
});

describe('core/departments: editor data', () => {
  it('describes a mention for hover', () => {
    const d = buildDirectory(doc(HONGQIAO));
    const m = describeMention(d, '区卫健委');
    assert.equal(m.status, 'known');
    assert.equal(m.canonical, '区卫生健康委');
    assert.equal(m.full, '红桥区卫生健康委员会');
    assert.ok(m.aliases.includes('区卫健委'));
    assert.equal(m.municipal, '市卫生健康委');
    const f = describeMention(d, '公安武清分局');
    assert.deepEqual([f.status, f.district, f.canonical], ['foreign', '武清区', '公安红桥分局']);
    assert.equal(describeMention(d, '区航天局').status, 'unknown');
  });
  it('lists the names valid in the plan, preferred forms first', () => {
    const d = buildDirectory(doc(HONGQIAO), { departments: { extra: [{ name: '区卫生健康委', preferred: '区卫健委' }] } });
    const names = completionNames(d);
    const firstAlias = names.findIndex((n) => !n.preferred);
    assert.ok(firstAlias > 0 && names.slice(firstAlias).every((n) => !n.preferred), 'preferred forms come first');
    const labels = names.map((n) => n.label);
    assert.ok(labels.includes('公安红桥分局'));
    assert.ok(!labels.includes('公安武清分局'));
    assert.ok(labels.indexOf('区卫健委') < labels.indexOf('区卫生健康委'), 'the project preferred form is listed first');
    assert.equal(new Set(labels).size, labels.length);
  });
  it('finds the mention at an offset', () => {
    const p = doc(HONGQIAO);
    const at = p.text.indexOf('公安红桥分局') + 2;
    assert.equal(mentionAt(p, at)?.name, '公安红桥分局');
    assert.equal(mentionAt(p, p.text.indexOf('加强监管')), undefined);
  });
});

describe('core/notes: separators and the 天津 prefix', () => {
  it('a 、 right after a role phrase separates role groups and is recorded', () => {
    const n = parseNoteBody('公安红旗分局牵头、区市场监管局按职责分工负责', 0)!;
    assert.deepEqual(n.groups.map((g) => [g.role, g.departments.map((d) => d.name), g.separatorBefore]), [
      ['lead', ['公安红旗分局'], ''],
      ['responsible', ['区市场监管局'], '、'],
    ]);
  });
  it('names containing role-like characters are not split', () => {
    const n = parseNoteBody('区委组织部、区市场监管局按职责分工负责', 0)!;
    assert.deepEqual(n.groups[0].departments.map((d) => d.name), ['区委组织部', '区市场监管局']);
  });
  it('a note starting with 天津海关 is a note; （天津） is not', () => {
    assert.deepEqual(parseNoteBody('天津海关、市公安局按职责分工负责', 0)?.groups[0].departments.map((d) => d.name), ['天津海关', '市公安局']);
    assert.equal(parseNoteBody('天津', 0), undefined);
  });
});
