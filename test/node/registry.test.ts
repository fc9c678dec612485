// Registry files and the departments settings: validation errors name the
// file and the JSON path; the Node host loads the registry named in
// .fsplanrc.json and buildEnvironment hands it to the rules (CLI and LSP).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { ConfigError, parseConfig } from '../../server/src/core/engine/config';
import { parseJsonText } from '../../server/src/core/analysis/data-file';
import { builtinTianjin, parseRegistry } from '../../server/src/core/analysis/registry';
import { run } from '../../server/src/cli/run';
import { loadConfigFor } from '../../server/src/node/config-loader';
import { buildEnvironment } from '../../server/src/node/environment';
import { memoryHost } from '../../server/src/node/host';
import { loadRegistryFile } from '../../server/src/node/registry-loader';
import { RULE_MAP } from '../../server/src/rules';

const root = path.join(__dirname, '..', '..');
const minimal = () => ({
  jurisdiction: { name: '江城市', short: '江城' },
  districts: [{ name: '临江区', short: '临江' }],
  cityLevel: { departments: [{ name: '市市场监管局' }] },
  districtLevel: { departments: [{ name: '区市场监管局', municipal: '市市场监管局' }] },
});

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  assert.fail('expected a ConfigError');
}

describe('core/registry: schema', () => {
  it('the built-in Tianjin registry is valid and lists the 16 districts', () => {
    const reg = builtinTianjin();
    assert.equal(reg.districts.length, 16);
    assert.ok(reg.districts.some((d) => d.name === '滨海新区' && d.short === '滨海'));
  });
  it('every district department names a municipal counterpart the city level lists, or none', () => {
    const reg = builtinTianjin();
    const city = new Set(reg.cityLevel!.departments.flatMap((d) => [d.name, ...(d.aliases ?? [])]));
    for (const d of reg.districtLevel.departments) if (d.municipal) assert.ok(city.has(d.municipal), d.name);
    const withCounterpart = reg.districtLevel.departments.filter((d) => d.municipal).length;
    assert.ok(withCounterpart >= reg.districtLevel.departments.length - 3, `${withCounterpart} of ${reg.districtLevel.departments.length}`);
  });
  const bad: Array<[string, (r: ReturnType<typeof minimal>) => unknown, string, RegExp]> = [
    ['a wrong type deep inside', (r) => ({ ...r, districtLevel: { departments: [{ name: '区市场监管局', aliases: '区市场局' }] } }), 'districtLevel.departments[0].aliases', /数组/],
    ['an unknown key', (r) => ({ ...r, districtLevel: { departments: [{ name: '区市场监管局', alias: ['x'] }] } }), 'districtLevel.departments[0]', /alias/],
    ['a missing districts list', (r) => ({ ...r, districts: undefined }), 'districts', /类型/],
    ['a municipal counterpart the city level does not list', (r) => ({ ...r, districtLevel: { departments: [{ name: '区农业农村局', municipal: '市农业局' }] } }), 'districtLevel.departments[0].municipal', /市农业局/],
    ['a district restriction naming an unknown district', (r) => ({ ...r, districtLevel: { departments: [{ name: '区教体局', districts: ['东湖'] }] } }), 'districtLevel.departments[0].districts[0]', /东湖/],
    ['an invalid collective pattern', (r) => ({ ...r, collectivePatterns: ['(成员单位'] }), 'collectivePatterns[0]', /正则/],
  ];
  for (const [name, mutate, jsonPath, msg] of bad) {
    it(`rejects ${name} with file and JSON path`, () => {
      const e = configError(() => parseRegistry(mutate(minimal()), 'reg.json'));
      assert.equal(e.file, 'reg.json');
      assert.equal(e.jsonPath, jsonPath);
      assert.match(e.message, msg);
      assert.match(e.message, /reg\.json/);
    });
  }
});

describe('config: registry and departments settings', () => {
  it('accepts the keys', () => {
    const c = parseConfig(JSON.stringify({ registry: 'r.json', departments: [{ name: '区卫生健康委', preferred: '区卫健委', aliases: ['区卫健局'] }] }), 'c.json', RULE_MAP);
    assert.equal(c.departments?.[0].preferred, '区卫健委');
  });
  it('names the JSON path of a bad departments entry', () => {
    const e = configError(() => parseConfig(JSON.stringify({ departments: [{ name: '区卫生健康委', prefered: 'x' }] }), 'c.json', RULE_MAP));
    assert.equal(e.jsonPath, 'departments[0]');
    assert.match(e.message, /prefered/);
  });
});

describe('node: loading the registry file and building the environment', () => {
  const files = {
    '/p/.fsplanrc.json': JSON.stringify({ registry: 'data/reg.json', jurisdiction: '临江区', departments: [{ name: '区大数据局' }] }),
    '/p/data/reg.json': JSON.stringify(minimal()),
    '/p/plan.txt': '',
  };
  it('resolves the registry path against the config file and passes everything to the rules', () => {
    const host = memoryHost(files);
    const config = loadConfigFor(host, '/p/plan.txt');
    assert.equal(config.settings.registry, path.resolve('/p/data/reg.json'));
    const env = buildEnvironment(host, '/p/plan.txt', config);
    assert.equal(env.departments?.registry?.jurisdiction.short, '江城');
    assert.equal(env.departments?.jurisdiction, '临江区');
    assert.deepEqual(env.departments?.extra, [{ name: '区大数据局' }]);
  });
  it('a missing registry file is a ConfigError naming it', () => {
    const host = memoryHost({ '/p/.fsplanrc.json': files['/p/.fsplanrc.json'] });
    const e = configError(() => buildEnvironment(host, '/p/plan.txt', loadConfigFor(host, '/p/plan.txt')));
    assert.equal(e.file, path.resolve('/p/data/reg.json'));
    assert.match(e.message, /不存在/);
  });
  it('invalid JSON in the registry names the file, line and column', () => {
    const e = configError(() => loadRegistryFile(memoryHost({ '/r.json': '{\n  "districts": [,]\n}' }), '/r.json'));
    assert.equal(e.file, '/r.json');
    assert.match(e.message, /\/r\.json 有误（第 2 行第 17 列）：部门名录不是合法的 JSON：这里缺少取值/);
  });
  it('a registry with comments and trailing commas loads; schema errors carry line and column', () => {
    const text = `// 江城市\n${JSON.stringify(minimal(), null, 2).replace(/\}\n\}$/, '},\n}')}`;
    assert.equal(loadRegistryFile(memoryHost({ '/r.json': text }), '/r.json').jurisdiction.short, '江城');
    const bad = text.replace('"municipal": "市市场监管局"', '"municipal": "市农业局"');
    const e = configError(() => loadRegistryFile(memoryHost({ '/r.json': bad }), '/r.json'));
    assert.equal(e.jsonPath, 'districtLevel.departments[0].municipal');
    const at = bad.indexOf('"市农业局"');
    const before = bad.slice(0, at).split('\n');
    assert.deepEqual([e.at?.line, e.at?.column], [before.length, before[before.length - 1].length + 1]);
  });
  // JSON text → the line and column of the first syntax error ([] when it parses)
  const json: Array<[string, number[], RegExp?]> = [
    ['{"a": [1, 2, {"b": null}], "c": "x\\"y"}', []],
    ['{"a": 1,}', []],
    ['{\n  // 说明\n  "a": [1, 2,], /* 块注释 */\n}', []],
    ['\uFEFF{"a": 1}', []],
    ['{"a" 1}', [1, 6], /冒号/],
    ['[1, 2', [1, 6], /右方括号/],
    ['{"a": tru}', [1, 7], /无法识别/],
    ['{} x', [1, 4], /无法识别/],
    ['{} []', [1, 4], /多余的内容/],
    ['{"a": 1,, "b": 2}', [1, 9], /设置项名称/],
    ['{"a": "C:\\q"}', [1, 7], /反斜杠/],
    ['{\n"a": 1\n"b": 2}', [3, 1], /逗号/],
    ['{"a": "x', [1, 7], /双引号结束/],
    ['{"a": 1} /* 未结束', [1, 10], /注释没有/],
    [' \n', [1, 1], /文件是空的/],
  ];
  for (const [text, at, why] of json) {
    it(`parseJsonText(${JSON.stringify(text)}) ${at.length ? `fails at ${at.join(':')}` : 'parses'}`, () => {
      if (!at.length) {
        assert.doesNotThrow(() => parseJsonText(text, 'x.json', ''));
        return;
      }
      const e = configError(() => parseJsonText(text, 'x.json', ''));
      assert.deepEqual([e.at?.line, e.at?.column], at);
      assert.match(e.detail, why!);
    });
  }
  it('no settings: the environment uses the built-in registry', () => {
    const host = memoryHost({ '/q/plan.txt': '' });
    const env = buildEnvironment(host, '/q/plan.txt', loadConfigFor(host, '/q/plan.txt'));
    assert.equal(env.departments?.registry, undefined);
  });
});

describe('cli: department checks with and without a registry file', () => {
  async function cli(args: string[], cwd = root): Promise<{ code: number; out: string; err: string }> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (b) => (out += b));
    stderr.on('data', (b) => (err += b));
    const code = await run(args, { stdout, stderr, stdin: new PassThrough(), cwd });
    return { code, out, err };
  }
  it('samples/河北区…: 区场监管局, 公安武清分局 and the item without a note are found', async () => {
    const r = await cli(['check', 'samples/河北区2025年食品安全监督管理计划.txt', '--format', 'json']);
    const findings = (JSON.parse(r.out) as Array<{ messages?: unknown[]; findings?: unknown[] }>).flatMap((f) => (f.findings ?? f.messages ?? []) as Array<Record<string, unknown>>);
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id || f.rule === id);
    assert.equal(byRule('department/unknown').length, 1);
    assert.equal(byRule('department/foreign').length, 1);
    assert.equal(byRule('responsibility/missing').length, 1);
    assert.equal(r.code, 1);
  });
  it('a project registry file is loaded through .fsplanrc.json', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsplan-reg-'));
    try {
      fs.writeFileSync(path.join(dir, 'reg.json'), JSON.stringify(minimal()));
      fs.writeFileSync(path.join(dir, '.fsplanrc.json'), JSON.stringify({ root: true, registry: 'reg.json' }));
      fs.writeFileSync(path.join(dir, 'plan.txt'), '临江区2025年食品安全监督管理计划\n\n一、重点任务\n\n1.加强监管。落实要求。（区市场监管局负责）开展抽检。（区场监管局负责）\n');
      const r = await cli(['check', 'plan.txt'], dir);
      assert.match(r.out, /区场监管局/);
      assert.match(r.out, /department\/unknown/);
      assert.equal((r.out.match(/department\//g) ?? []).length, 1);
      fs.writeFileSync(path.join(dir, 'reg.json'), JSON.stringify({ ...minimal(), districts: 'x' }));
      const bad = await cli(['check', 'plan.txt'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /reg\.json/);
      assert.match(bad.err, /districts/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
