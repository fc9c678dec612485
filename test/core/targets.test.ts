import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core/model/document';
import { extractTargets, parsePercentNumeral } from '../../server/src/core/analysis/targets';
import { normalize } from '../../server/src/core/model/text';
import { corpusDir, fixturePairs, plan } from '../support/targets';

type Expect = { subject?: string; indicator: string; comparator?: string; value: number; unit: string; bound?: 'floor' | 'ceiling'; approximate?: boolean; role?: string };

// phrase → every target it holds (subject after scope words are kept as written)
const TABLE: Array<[string, Expect[]]> = [
  ['学校食堂“互联网＋明厨亮灶”覆盖率达到100％。', [{ subject: '学校食堂“互联网+明厨亮灶”', indicator: '覆盖率', comparator: '达到', value: 100, unit: '%' }]],
  ['推进平台建设，达到入网餐饮服务提供者至少70%覆盖率。', [{ subject: '入网餐饮服务提供者', indicator: '覆盖率', comparator: '至少', value: 70, unit: '%' }]],
  ['全年计划食品安全抽检量达到7批次/千人。', [{ subject: '食品安全', indicator: '抽检量', value: 7, unit: '批次/千人' }]],
  ['食品抽验量保持6.5批次／千人。', [{ subject: '食品', indicator: '抽检量', comparator: '保持', value: 6.5, unit: '批次/千人' }]],
  ['全年食品安全监督抽检量达到每千人6批次以上。', [{ subject: '食品安全监督', indicator: '抽检量', comparator: '达到', value: 6, unit: '批次/千人' }]],
  ['食品抽检量不低于每千人口4.5批次。', [{ subject: '食品', indicator: '抽检量', comparator: '不低于', value: 4.5, unit: '批次/千人' }]],
  ['食物中毒事件发生率控制在3例/10万人以内。', [{ subject: '食物中毒事件', indicator: '发生率', comparator: '控制在', value: 3, unit: '例/10万人', bound: 'ceiling' }]],
  ['食源性疾病暴发事件报告发生率不高于2.5例／十万人。', [{ indicator: '发生率', comparator: '不高于', value: 2.5, unit: '例/10万人', bound: 'ceiling' }]],
  ['全年安排食品、食用农产品监督抽检5710批次。', [{ subject: '食品、食用农产品监督', indicator: '抽检量', comparator: '', value: 5710, unit: '批次' }]],
  ['全年完成食品抽检7300余批次。', [{ indicator: '抽检量', value: 7300, unit: '批次', approximate: true }]],
  ['农产品质量安全监测和食品安全抽检合格率均达到98%以上。', [
    { subject: '农产品质量安全监测', indicator: '合格率', value: 98, unit: '%' },
    { subject: '食品安全抽检', indicator: '合格率', value: 98, unit: '%' },
  ]],
  ['食品生产企业自查率和整改率均达到100%。', [
    { subject: '食品生产企业', indicator: '自查率', value: 100, unit: '%' },
    { subject: '食品生产企业', indicator: '整改率', value: 100, unit: '%' },
  ]],
  ['乳制品抽检合格率保持在99%以上。', [{ subject: '乳制品抽检', indicator: '合格率', comparator: '保持在', value: 99, unit: '%' }]],
  ['肉菜追溯数据上传达标率超过80%。', [{ indicator: '达标率', comparator: '超过', value: 80, unit: '%' }]],
  ['婴幼儿配方乳粉生产企业追溯体系覆盖率达１００％。', [{ indicator: '覆盖率', comparator: '达', value: 100, unit: '%' }]],
  ['不合格食品核查处置率保持100%，按时完成率达到85%。', [
    { subject: '不合格食品', indicator: '处置率', value: 100, unit: '%' },
    { subject: '不合格食品', indicator: '按时完成率', value: 85, unit: '%' },
  ]],
  ['食品安全监管人员（含新入职）培训时长不少于90学时。', [{ subject: '食品安全监管人员', indicator: '培训学时', comparator: '不少于', value: 90, unit: '学时' }]],
  ['群众食品安全知晓率达到百分之九十，满意度不低于85分。', [
    { subject: '群众食品安全', indicator: '知晓率', value: 90, unit: '%' },
    { subject: '群众食品安全', indicator: '满意度', comparator: '不低于', value: 85, unit: '分' },
  ]],
  ['食品安全抽检不合格率控制在3%以内。', [{ indicator: '不合格率', comparator: '控制在', value: 3, unit: '%', bound: 'ceiling' }]],
  ['投诉举报按时办结率不低于95%，案件立案率达到100%。', [
    { indicator: '办结率', value: 95, unit: '%' },
    { indicator: '立案率', value: 100, unit: '%' },
  ]],
  ['食品安全监管人员专业化比例达到60%，检验设备配备率达到90%。', [
    { indicator: '专业化比例', value: 60, unit: '%' },
    { indicator: '配备率', value: 90, unit: '%' },
  ]],
  ['每万人配备协管员不少于1人。', [{ indicator: '协管员', comparator: '不少于', value: 1, unit: '人/万人' }]],
  ['专职食品安全协管员按每万人一人配备。', [{ subject: '专职食品安全协管员', indicator: '协管员', value: 1, unit: '人/万人' }]],
  ['按照每万人配备2名的标准配齐协管员。', [{ indicator: '协管员', comparator: '', value: 2, unit: '人/万人' }]],
  ['配备专职协管员不少于20人。', [{ subject: '专职', indicator: '协管员', comparator: '不少于', value: 20, unit: '人' }]],
  ['实现学校食堂“明厨亮灶”全覆盖。', [{ subject: '学校食堂“明厨亮灶”', indicator: '覆盖率', comparator: '全覆盖', value: 100, unit: '%' }]],
  ['全年食品安全抽检量达到7.5批次/千人，其中食用农产品抽检量不少于2.5批次/千人。', [
    { indicator: '抽检量', value: 7.5, unit: '批次/千人', role: 'total' },
    { subject: '食用农产品', indicator: '抽检量', value: 2.5, unit: '批次/千人', role: 'component' },
  ]],
  ['学校食堂、医疗机构食堂“互联网+明厨亮灶”覆盖率分别达到100%、80%。', [
    { subject: '学校食堂', indicator: '覆盖率', value: 100, unit: '%' },
    { subject: '医疗机构食堂“互联网+明厨亮灶”', indicator: '覆盖率', value: 80, unit: '%' },
  ]],
  ['食用农产品定量检测量不少于12000批次，问题产品按期检查率达到100%。', [
    { subject: '食用农产品定量', indicator: '检测量', value: 12000, unit: '批次' },
    { subject: '问题产品按期', indicator: '检查率', value: 100, unit: '%' },
  ]],
  ['监督检查发现问题整改率达到100%，发现风险报告率达到100%。', [
    { indicator: '整改率', value: 100, unit: '%' },
    { subject: '发现风险', indicator: '报告率', value: 100, unit: '%' },
  ]],
  // 每千人N批次 is N 批次/千人
  ['全区食品抽检量达到每千人5批次以上。', [{ indicator: '抽检量', value: 5, unit: '批次/千人' }]],
  ['农产品定量检测量不少于每千人口1.2批次。', [{ indicator: '检测量', value: 1.2, unit: '批次/千人' }]],
  // not targets
  ['落实“十个全覆盖”要求，每季度1次全覆盖网上巡查。', []],
  ['对重点企业每季度抽检1次，每月开展一期检查。', []],
  ['每千人抽检1次的频次由各街道自定。', []],
  ['开展“昆仑2024”专项行动，监督红旗等4个批发市场，健全24小时监测机制。', []],
  ['确定1—2类重点食品，开展风险研判。', []],
  ['持续推进餐饮服务单位“明厨亮灶”建设，其中“互联网+明厨亮灶”单位覆盖率达90%。', [{ indicator: '覆盖率', value: 90, unit: '%', role: 'single' }]],
];

describe('core/targets: extraction table', () => {
  for (const [phrase, expected] of TABLE) {
    it(phrase, () => {
      const text = plan(phrase);
      const got = extractTargets(parseDocument(text));
      assert.equal(got.length, expected.length, got.map((t) => t.text).join(' / '));
      expected.forEach((e, i) => {
        const t = got[i];
        const actual: Record<string, unknown> = {};
        for (const k of Object.keys(e)) actual[k] = (t as unknown as Record<string, unknown>)[k];
        assert.deepEqual(actual, e);
        assert.equal(t.bound, e.bound ?? 'floor');
        assert.equal(t.approximate, e.approximate ?? false);
      });
    });
  }
  it('百分之 numerals', () => {
    assert.deepEqual(['百分之九十', '百分之百', '百分之九十九点五', '百分之八'].map((s) => parsePercentNumeral(s.slice(3))), [90, 100, 99.5, 8]);
  });
});

describe('core/targets: ranges in the original text', () => {
  const files: string[] = [];
  for (const f of fixturePairs()) files.push(f.districtText, f.municipalText);
  it('every target covers its own text, across hard wraps and full-width characters', () => {
    assert.ok(files.length >= 4);
    for (const text of files) {
      for (const t of extractTargets(parseDocument(text))) {
        const orig = normalize(text.slice(t.start, t.end)).replace(/\s/g, '');
        assert.equal(orig.replace(/[-—]\d+[-—]/g, ''), t.text);
        const value = normalize(text.slice(t.valueSpan.start, t.valueSpan.end)).replace(/\s/g, '');
        assert.ok(value.startsWith(t.valueText) || t.valueText === '全覆盖', `${value} ${t.valueText}`);
      }
    }
  });
  it('a target wrapped over two lines of a hard-wrapped plan keeps both lines in its range', () => {
    const line = '这是一行用于构造硬换行文本的示例文字，每一行宽度几乎相同，便于识别。';
    const text = ['红桥区2024年食品安全监督管理计划', '', '一、重点任务', '', ...Array(10).fill(line), '1.加强监督管理和日常检查工作力度。全区学校食堂“互联网＋明厨亮灶”覆盖率达', '到100％。（区市场监管局负责）', ...Array(4).fill(line)].join('\n');
    const [t] = extractTargets(parseDocument(text)).filter((x) => x.indicator === '覆盖率');
    assert.ok(t, 'target found');
    assert.match(text.slice(t.start, t.end), /覆盖率达\n到100％$/);
  });
});

describe('core/targets: the corpus plans', () => {
  const counts: Record<string, number> = { '红桥区2024年食品安全监督管理计划.txt': 6, '西青区2021年食品安全监督管理计划.txt': 21 };
  for (const [name, n] of Object.entries(counts)) {
    const file = path.join(corpusDir, name);
    it(`${name}: all ${n} targets extracted`, function () {
      if (!fs.existsSync(file)) this.skip();
      assert.equal(extractTargets(parseDocument(fs.readFileSync(file, 'utf8'))).length, n);
    });
  }
  it('西青: 5710 = 2000 + 3710 批次 and 6.5 = 2.3 + 4.2 批次/千人 are totals with their components', function () {
    const file = path.join(corpusDir, '西青区2021年食品安全监督管理计划.txt');
    if (!fs.existsSync(file)) this.skip();
    const ts = extractTargets(parseDocument(fs.readFileSync(file, 'utf8')));
    const totals = ts.filter((t) => t.role === 'total' && t.unit !== '%').map((t) => [t.value, t.components.map((c) => c.value)]);
    assert.deepEqual(totals, [[5710, [2000, 3710]], [6.5, [2.3, 4.2]]]);
  });
});

describe('core/targets: linear time', () => {
  it('a long run of digits, quotes and indicator words does not blow up', () => {
    const body =
      '1'.repeat(20000) + '“'.repeat(5000) + '覆盖率达到'.repeat(4000) + '全覆盖，'.repeat(2000) + '抽检量达到7批次/千人。其中' + '食品抽检量达到1批次/千人，'.repeat(5000);
    const t0 = Date.now();
    extractTargets(parseDocument(plan(body)));
    // generous: a quadratic scan of this text takes minutes
    assert.ok(Date.now() - t0 < 5000);
  });
});
