import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { derived, parseDocument } from '../../server/src/core/model/document';
import { shared, splitLines } from '../../server/src/core/model/text';
import { formatChineseNumeral, parseChineseNumeral } from '../../server/src/core/model/numerals';
import { matchMarker } from '../../server/src/core/model/headings';
import { corpusDir } from '../support/paths';

const fixtures = path.join(__dirname, '..', 'fixtures', 'model');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');

describe('core/numerals', () => {
  const table: Array<[string, number]> = [['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['三十一', 31], ['九十九', 99]];
  for (const [s, n] of table) {
    it(`${s} ⇄ ${n}`, () => {
      assert.equal(parseChineseNumeral(s), n);
      assert.equal(formatChineseNumeral(n), s);
    });
  }
  it('rejects non-numerals', () => {
    for (const s of ['', '十十', '一二', '百', '一十一十']) assert.ok(Number.isNaN(parseChineseNumeral(s)), s);
  });
});

describe('core/headings: markers and variants', () => {
  const table: Array<[string, number, number, string, boolean]> = [
    ['一、总体要求', 1, 1, 'N、', true],
    ['十二、其他', 1, 12, 'N、', true],
    ['（一）加强监管', 2, 1, '（N）', true],
    ['(三)加强监管', 2, 3, '(N)', false],
    ['（二）、加强监管', 2, 2, '（N）、', false],
    ['1.推进', 3, 1, 'N.', true],
    ['1．推进', 3, 1, 'N．', true],
    ['12、推进', 3, 12, 'N、', false],
    ['3 .推进', 3, 3, 'N .', false],
    ['（1）加强', 4, 1, '（N）', true],
    ['(2)加强', 4, 2, '(N)', false],
    ['１．全角数字', 3, 1, 'N．', true],
  ];
  for (const [text, level, number, style, standard] of table) {
    it(text, () => {
      const m = matchMarker(text);
      assert.ok(m);
      assert.deepEqual([m.level, m.number, m.style, m.standard], [level, number, style, standard]);
    });
  }
  it('does not take decimals, years or ranges for markers', () => {
    for (const t of ['2.3批次／千人', '2021年', '1—2类重点食品', '一是加强', '（含冻品）']) assert.equal(matchMarker(t), undefined, t);
  });
});

describe('core/document: a plan with a notice header', () => {
  const text = read('notice.txt');
  const doc = parseDocument(text);
  it('reads the front matter', () => {
    assert.equal(doc.front.docNumber?.text, '东丽政办发〔2025〕6号');
    assert.equal(doc.front.noticeTitle?.text, '关于印发《东丽区2025年食品安全工作要点》的通知');
    assert.match(doc.front.recipients?.text ?? '', /：$/);
    assert.deepEqual([doc.front.date?.year, doc.front.date?.month, doc.front.date?.day], [2025, 6, 30]);
    assert.equal(doc.front.annotation?.text, '（此件主动公开）');
    const t = doc.front.planTitle!;
    assert.equal(t.text, '东丽区2025年食品安全工作要点');
    const { division, ...j } = t.jurisdiction!;
    assert.deepEqual(j, { name: '东丽区', short: '东丽', level: 'district', city: '天津', kind: '区' });
    assert.deepEqual([division?.city, division?.province, division?.municipality], ['天津市', '天津市', true]);
    assert.equal(t.year, 2025);
    assert.equal(t.kind, '工作要点');
  });
  it('finds the cited municipal plan', () => {
    assert.equal(doc.municipalCitation?.text, '天津市2025年食品安全监督管理计划');
    assert.deepEqual(doc.municipalCitation?.plan, { jurisdiction: '天津市', year: 2025 });
  });
  it('builds the heading tree with continuous level-2 numbering', () => {
    assert.deepEqual(doc.roots.map((h) => h.number), [1, 2, 3]);
    assert.deepEqual(doc.headings.filter((h) => h.level === 2).map((h) => h.number), [1, 2, 3, 4, 5]);
    assert.equal(doc.roots[1].children.length, 2);
    assert.equal(doc.headings[2].title, '健全责任体系');
  });
  it('splits items into task runs closed by notes, with roles and departments', () => {
    const c = doc.clauses.find((x) => x.heading.level === 2 && x.heading.number === 2)!;
    assert.equal(c.runs.length, 3);
    assert.equal(c.notes.length, 2);
    assert.equal(c.runs[2].note, undefined, 'the trailing sentence has no note');
    const n = c.notes[0];
    assert.deepEqual(n.groups.map((g) => [g.role, g.departments.map((d) => d.name)]), [
      ['lead', ['区市场监管局']],
      ['responsible', ['区教育局', '公安东丽分局', '区卫生健康委']],
    ]);
    for (const m of n.mentions) assert.equal(text.slice(m.start, m.end), m.name);
  });
  it('recognises every note form and ignores bracketed text that is not a note', () => {
    const forms = doc.notes.map((n) => n.form);
    assert.ok(forms.includes('label'));
    assert.ok(forms.includes('bare'));
    const inners = doc.notes.map((n) => n.inner);
    for (const not of ['HACCP', '含冻品', '2021版', '示范模版']) assert.ok(!inners.includes(not), not);
    const nested = doc.notes.find((n) => n.inner.includes('各镇（街道）'))!;
    assert.deepEqual(nested.mentions.map((m) => m.name), ['区食药安办', '各镇（街道）']);
    const label = doc.notes.find((n) => n.label === '责任单位')!;
    assert.deepEqual(label.groups.map((g) => [g.role, g.departments.map((d) => d.name)]), [['lead', ['区市场监管局']], ['cooperate', ['区发展改革委', '相关成员单位']]]);
  });
  it('reads the role verbs of other provinces (指导, 落实, 协助, 督导, 协同配合) and keeps them out of the names', () => {
    const text = '峨山彝族自治县2025年食品安全重点工作安排\n\n一、重点任务\n\n（一）强化配送单位监管。（县市场监管局指导，各乡镇、街道落实）\n（二）推行合格证制度。（县农业农村局牵头，县市场监管局协助）\n（三）落实包保责任。（县食安办督导，各乡镇具体落实）\n（四）开展联合执法。（县公安局牵头，县市场监管局协同配合）\n（五）开展培训。（县农技推广指导中心）\n';
    const roles = parseDocument(text).notes.map((n) => n.groups.map((g) => `${g.role}:${g.departments.map((d) => d.name).join('、')}:${g.verb}`).join(' | '));
    assert.deepEqual(roles, [
      'guide:县市场监管局:指导 | responsible:各乡镇、街道:落实',
      'lead:县农业农村局:牵头 | cooperate:县市场监管局:协助',
      'guide:县食安办:督导 | responsible:各乡镇:具体落实',
      'lead:县公安局:牵头 | cooperate:县市场监管局:协同配合',
      'unspecified:县农技推广指导中心:',
    ]);
  });
  it('resolves an ambiguous unit name (新华区) by the city of the closing signature', () => {
    const body = '新华区2024年食品安全工作要点\n\n一、重点任务\n\n1.开展食品抽检。（区市场监管局负责）\n\n';
    const cityOf = (text: string) => parseDocument(text).front.planTitle?.jurisdiction?.division?.city;
    assert.equal(cityOf(body + '石家庄市新华区食品安全委员会办公室\n2024年3月1日\n'), '石家庄市');
    assert.equal(cityOf(body + '河北省沧州市新华区人民政府办公室\n2024年3月1日\n'), '沧州市');
    assert.equal(cityOf(body + '新华区食品安全委员会办公室\n2024年3月1日\n'), undefined, 'no city named: stays unresolved');
    assert.equal(cityOf(body + '区食品安全委员会办公室\n2024年3月1日\n'), undefined);
  });
  it('records the note position against 。', () => {
    const positions = new Set(doc.notes.map((n) => n.position));
    assert.ok(positions.has('after-period'));
    assert.ok(positions.has('before-period'));
  });
});

describe('core/document: a hard-wrapped plan copied out of a PDF', () => {
  const text = read('wrapped.txt');
  const doc = parseDocument(text);
  it('detects the wrap and drops page numbers', () => {
    assert.ok(doc.wrapWidth > 0);
    assert.equal(doc.pageNumberLines.length, 2);
    assert.ok(doc.paragraphs.every((p) => !/- \d+ -|—\d+—/.test(p.text)));
  });
  it('rebuilds paragraphs across wraps, mid-name and mid-note', () => {
    assert.deepEqual(doc.headings.map((h) => `${h.level}:${h.number}`), ['1:1', '3:1', '3:2', '1:2', '3:3', '3:4']);
    const names = doc.notes.flatMap((n) => n.mentions.map((m) => m.name));
    assert.ok(names.includes('区农业农村委'), names.join(','));
    assert.ok(names.includes('区市场监管局'));
    assert.ok(names.includes('公安津南分局'));
  });
  it('maps mentions back to the original lines and columns', () => {
    for (const n of doc.notes) {
      for (const m of n.mentions) {
        // the original range may span line breaks and a page number line
        const raw = text.slice(m.start, m.end).replace(/\n\s*- \d+ -\s*\n/g, '').replace(/\s+/g, '');
        assert.equal(raw, m.name);
      }
    }
    // a department name wrapped across two lines spans the line break
    const wrapped = doc.notes.flatMap((n) => n.mentions).find((m) => /\n/.test(text.slice(m.start, m.end)));
    assert.ok(wrapped, 'fixture has a name wrapped across lines');
  });
  it('does not take a wrapped decimal for a heading', () => {
    assert.ok(!doc.headings.some((h) => h.number === 2 && h.level === 3 && /^3批次/.test(h.title)));
  });
  it('reads a title and date with PDF spacing', () => {
    assert.equal(doc.front.planTitle?.year, 2023);
    assert.equal(doc.front.date?.month, 7);
  });
});

describe('core/document: the published plans in ../shared/corpus (when present)', () => {
  const corpus = corpusDir;
  const exists = fs.existsSync(corpus);
  const expected: Record<string, { items: number; notes: number; chapters: number }> = {
    '红桥区2024年食品安全监督管理计划.txt': { items: 19, notes: 47, chapters: 6 },
    '西青区2021年食品安全监督管理计划.txt': { items: 29, notes: 55, chapters: 8 },
  };
  for (const [file, want] of Object.entries(expected)) {
    it(`parses every item and note of ${file}`, function () {
      if (!exists || !fs.existsSync(path.join(corpus, file))) this.skip();
      const doc = parseDocument(fs.readFileSync(path.join(corpus, file), 'utf8'));
      assert.equal(doc.roots.length, want.chapters);
      assert.equal(doc.headings.filter((h) => h.level === 3).length, want.items);
      assert.deepEqual(doc.headings.filter((h) => h.level === 3).map((h) => h.number), Array.from({ length: want.items }, (_, i) => i + 1));
      assert.equal(doc.notes.length, want.notes);
      for (const n of doc.notes) assert.ok(n.mentions.length > 0 && n.groups.length > 0, n.inner);
      for (const c of doc.clauses) assert.ok(c.notes.length > 0, `item ${c.heading.number} has notes`);
    });
  }
});

describe('core/document: the closing block', () => {
  const body = '大邑县2024年食品安全重点工作安排\n\n一、重点任务\n\n1.加强监管。（县市场监管局负责）\n2.开展演练。组织应急演练1次（县食安办牵头，县卫健局配合）。\n';
  it('署名, 成文日期, 附注 and 版记 after the last clause belong to no heading; the date is the 成文日期', () => {
    const doc = parseDocument(`${body}大邑县食品安全委员会办公室\n大邑县市场监督管理局\n2024年5月20日\n（此件主动公开）\n抄送：县委办公室。\n大邑县食品安全委员会办公室　2024年5月21日印发\n`);
    assert.equal(doc.paragraphs.length - doc.bodyEnd, 6);
    assert.equal(doc.paragraphs[doc.bodyEnd].text, '大邑县食品安全委员会办公室');
    assert.deepEqual(doc.headings.at(-1)!.body, []);
    assert.deepEqual([doc.front.date?.year, doc.front.date?.month, doc.front.date?.day], [2024, 5, 20]);
    assert.equal(doc.clauses.at(-1)!.runs.length, 1);
  });
  it('no date, no closing block: a last paragraph that merely looks like a name stays in the clause', () => {
    const doc = parseDocument(`${body}县食安办\n`);
    assert.equal(doc.bodyEnd, doc.paragraphs.length);
    assert.deepEqual(doc.headings.at(-1)!.body.map((p) => p.text), ['县食安办']);
    assert.equal(doc.front.date, undefined);
  });
  it('the notice date above the plan stays the 成文日期', () => {
    const doc = parseDocument(`大邑县人民政府办公室\n\n关于印发大邑县2024年食品安全重点工作安排的通知\n\n各乡镇人民政府：\n\n现印发给你们。\n\n2024年4月2日\n\n${body}大邑县人民政府办公室\n2024年5月20日\n`);
    assert.deepEqual([doc.front.date?.month, doc.front.date?.day], [4, 2]);
    assert.equal(doc.paragraphs.length - doc.bodyEnd, 2);
  });
});

describe('core/document: what the model keeps', () => {
  it('derived computes once per owner and key, and keeps the result with the owner', () => {
    const a = parseDocument('1.加强监管。（区市场监管局负责）');
    const b = parseDocument('1.加强监管。（区市场监管局负责）');
    let calls = 0;
    const key = {};
    const compute = () => ++calls;
    assert.equal(derived(a, key, compute), 1);
    assert.equal(derived(a, key, compute), 1);
    assert.equal(derived(b, key, compute), 2);
    assert.equal(derived(a, {}, compute), 3);
    assert.equal(a.memos?.get(key), 1);
  });

  it('lines are the physical lines of the text, whatever the line breaks', () => {
    for (const text of ['一、总体要求\n\n1.加强监管。\n', '一、总体要求\r\n1.加强监管。\r\n', '一、总体要求\r1.加强监管。', '', '\n\n']) {
      assert.deepEqual(parseDocument(text).lines, splitLines(text), JSON.stringify(text));
    }
    assert.deepEqual(
      splitLines('a\r\nb\rc\n').map((l) => [l.index, l.start, l.end]),
      [[0, 0, 1], [1, 3, 4], [2, 5, 6], [3, 7, 7]],
    );
  });

  it('shared gives one copy of a short string and leaves long ones alone', () => {
    const x = shared(['区市场', '监管局'].join(''));
    assert.equal(x, '区市场监管局');
    assert.equal(shared('区市场监管局'), x);
    const long = '区'.repeat(13);
    assert.equal(shared(long), long);
  });

  it('empty lists of the model are frozen: the model is not edited in place', () => {
    const doc = parseDocument('一、总体要求\n\n1.加强监管。（区市场监管局负责）\n');
    const leaf = doc.headings[1];
    assert.equal(leaf.children.length, 0);
    assert.ok(Object.isFrozen(leaf.children));
    assert.throws(() => (leaf.children as unknown[]).push(leaf));
    assert.deepEqual(doc.headings[0].children.map((h) => h.index), [1]);
    assert.deepEqual(doc.notes[0].groups[0].separators, []);
  });
});
