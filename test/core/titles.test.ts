// Plan titles of every shape seen nationwide: year first or last, a city or
// province prefix, every kind of plan, 《》, a status, two lines, no year.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/model/document';

const BODY = '\n一、重点任务\n（一）加强监管。（县市场监管局负责）\n';

const cases: Array<[string, number | undefined, string | undefined, string | undefined, string | undefined, string | undefined]> = [
  // title, year, kind of plan, unit, kind of unit, its city
  ['红桥区2024年食品安全监督管理计划', 2024, '监督管理计划', '红桥区', '区', '天津市'],
  ['2023年藁城区食品安全工作要点', 2023, '工作要点', '藁城区', '区', '石家庄市'],
  ['安庆市大观区2025年食品安全重点工作安排', 2025, '重点工作安排', '大观区', '区', '安庆市'],
  ['鄂托克旗2025年食品安全重点工作任务', 2025, '重点工作任务', '鄂托克旗', '旗', '鄂尔多斯市'],
  ['《辛集市2024年食品安全监督管理工作计划（征求意见稿）》', 2024, '监督管理工作计划', '辛集市', '县级市', '石家庄市'],
  ['河北省辛集市2024年食品安全工作计划（草案）', 2024, '工作计划', '辛集市', '县级市', '石家庄市'],
  ['  上海市浦东新区2024年度食品安全实施方案', 2024, '实施方案', '浦东新区', '新区', '上海市'],
  ['新乡市凤泉区2024年食品安全\n行动方案', 2024, '行动方案', '凤泉区', '区', '新乡市'],
  ['凤泉区创建国家食品安全示范城市工作方案', undefined, '工作方案', '凤泉区', '区', '新乡市'],
  ['长阳土家族自治县创建省级食品安全示范县\n工作方案', undefined, '工作方案', '长阳土家族自治县', '自治县', '宜昌市'],
  ['2024年神农架林区食品安全工作要点', 2024, '工作要点', '神农架林区', '林区', ''],
  ['北京市朝阳区2024年食品安全工作计划', 2024, '工作计划', '朝阳区', '区', '北京市'],
  // short names: unique nationwide, or made unique by the province or city written before them
  ['浦东2025年食品安全工作要点', 2025, '工作要点', '浦东新区', '新区', '上海市'],
  ['2025年浦东食品安全工作要点', 2025, '工作要点', '浦东新区', '新区', '上海市'],
  ['天津市滨海2025年食品安全监督管理计划', 2025, '监督管理计划', '滨海新区', '新区', '天津市'],
  ['长阳创建国家食品安全示范县工作方案', undefined, '工作方案', '长阳土家族自治县', '自治县', '宜昌市'],
  ['2025年新华食品安全工作要点', 2025, '工作要点', undefined, undefined, undefined],
  ['2025年全县食品安全工作要点', 2025, '工作要点', undefined, undefined, undefined],
  ['海淀区食品安全委员会2024年工作要点', 2024, '工作要点', '海淀区', '区', '北京市'],
  ['大邑县食品安全委员会办公室2024年工作要点', 2024, '工作要点', '大邑县', '县', '成都市'],
  ['恩施市人民政府2024年食品安全工作计划', 2024, '工作计划', '恩施市', '县级市', '恩施土家族苗族自治州'],
];

describe('core/document: plan titles nationwide', () => {
  for (const [title, year, kind, unit, unitKind, city] of cases) {
    it(JSON.stringify(title), () => {
      const doc = parseDocument(title + BODY);
      const t = doc.front.planTitle;
      assert.ok(t, 'no plan title');
      const j = t.jurisdiction;
      assert.deepEqual([t.year, t.kind, j?.name, j?.kind, j?.division?.city], [year, kind, unit, unitKind, city]);
      assert.equal(doc.headings.length, 2);
    });
  }
  it('an ambiguous name stays unresolved until the document names its city', () => {
    assert.equal(parseDocument('朝阳区2024年食品安全工作计划' + BODY).front.planTitle?.jurisdiction?.division, undefined);
    const doc = parseDocument('北京市朝阳区人民政府办公室\n朝阳区2024年食品安全工作计划' + BODY);
    assert.equal(doc.front.planTitle?.jurisdiction?.division?.city, '北京市');
  });
  it('prose is not a title', () => {
    assert.equal(parseDocument('为做好全县食品安全工作，制定本方案' + BODY).front.planTitle, undefined);
  });
});
