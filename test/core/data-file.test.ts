// Every kind of zod issue a config or registry file can raise gets a Chinese
// message with the expected form and what was given; the error names the
// JSON path and, when the text was parsed here, its line and column.
import { strict as assert } from 'node:assert';
import * as z from 'zod';
import { ConfigError, describeIssue, parseJsonText, validateData } from '../../server/src/core/analysis/data-file';

function error(schema: z.ZodType, value: unknown): ConfigError {
  try {
    validateData(schema, value, 'x.json');
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  assert.fail('expected a ConfigError');
}

// kind, schema, value, JSON path, message
const CASES: Array<[string, z.ZodType, unknown, string, string]> = [
  ['invalid_type', z.object({ root: z.boolean() }), { root: 'yes' }, 'root', '类型不对，应为 true 或 false，收到 "yes"'],
  ['invalid_type (record)', z.object({ rules: z.record(z.string(), z.string()) }), { rules: 'off' }, 'rules', '类型不对，应为 对象 {…}，收到 "off"'],
  ['invalid_type (int)', z.object({ n: z.number().int() }), { n: 1.5 }, 'n', '类型不对，应为 整数，收到 1.5'],
  ['invalid_type (missing)', z.object({ name: z.string() }), {}, 'name', '缺少必填项：类型应为 字符串'],
  ['invalid_format (regex)', z.object({ id: z.string().regex(/^[a-z]+$/) }), { id: 'A1' }, 'id', '格式不对，应为符合 /^[a-z]+$/ 的字符串，收到 "A1"'],
  ['invalid_format (named)', z.object({ mail: z.email() }), { mail: 'x' }, 'mail', '格式不对，应为 电子邮件地址，收到 "x"'],
  ['invalid_format (starts_with)', z.object({ s: z.string().startsWith('区') }), { s: '市局' }, 's', '格式不对，应为 以 "区" 开头的字符串，收到 "市局"'],
  ['invalid_union', z.object({ c: z.union([z.string(), z.object({ name: z.string() })]) }), { c: 5 }, 'c', '取值不对，应为 字符串，或 对象 {…}，收到 5'],
  ['invalid_union (enum or tuple)', z.object({ r: z.union([z.enum(['off', 'on']), z.tuple([z.string()])]) }), { r: 'x' }, 'r', '取值不对，应为 "off"、"on" 之一，或 数组 […]，收到 "x"'],
  ['invalid_union (discriminator)', z.object({ k: z.discriminatedUnion('t', [z.object({ t: z.literal('a') }), z.object({ t: z.literal('b') })]) }), { k: { t: 'c' } }, 'k.t', '取值不对，可选值为 "a"、"b"，收到 "c"'],
  ['too_small (string)', z.object({ j: z.string().min(2) }), { j: '区' }, 'j', '太短，至少 2 个字符，收到 "区"'],
  ['too_small (array, non-empty)', z.object({ d: z.array(z.string()).min(1) }), { d: [] }, 'd', '不能为空，收到 []'],
  ['too_small (number)', z.object({ n: z.number().min(1) }), { n: 0 }, 'n', '取值过小，应不小于 1，收到 0'],
  ['too_small (positive)', z.object({ n: z.number().positive() }), { n: -1 }, 'n', '应为正数，收到 -1'],
  ['too_big (number)', z.object({ n: z.number().max(10) }), { n: 50 }, 'n', '取值过大，应不大于 10，收到 50'],
  ['too_big (exclusive)', z.object({ n: z.number().lt(10) }), { n: 10 }, 'n', '取值过大，应小于 10，收到 10'],
  ['too_big (string)', z.object({ s: z.string().max(3) }), { s: 'abcd' }, 's', '太长，最多 3 个字符，收到 "abcd"'],
  ['too_big (array)', z.object({ a: z.array(z.number()).max(1) }), { a: [1, 2] }, 'a', '太长，最多 1 项，收到 [1,2]'],
  ['unrecognized_keys', z.object({ name: z.string() }).strict(), { name: 'a', nmae: 'b' }, '', '不认识的设置项 “nmae”，请检查拼写或删除'],
  ['invalid_value (enum)', z.object({ style: z.enum(['a', 'b']) }), { style: 'c' }, 'style', '取值不对，可选值为 "a"、"b"，收到 "c"'],
  ['invalid_value (literal)', z.object({ v: z.literal(1) }), { v: 2 }, 'v', '取值不对，应为 1，收到 2'],
  ['not_multiple_of', z.object({ n: z.number().multipleOf(5) }), { n: 7 }, 'n', '取值不对，应为 5 的倍数，收到 7'],
  ['invalid_key', z.object({ m: z.record(z.string().regex(/^[a-z]+$/), z.number()) }), { m: { A: 1 } }, 'm.A', '键名不对：格式不对，应为符合 /^[a-z]+$/ 的字符串'],
  ['custom (refine, own Chinese message)', z.object({ p: z.string().refine((s) => s !== '(', '不是合法的正则表达式') }), { p: '(' }, 'p', '不是合法的正则表达式，收到 "("'],
  ['custom (English message)', z.object({ p: z.string().refine((s) => s !== 'x') }), { p: 'x' }, 'p', '取值不对，收到 "x"'],
  ['schema error in Chinese', z.object({ s: z.number({ error: '应为数字，如 3' }) }), { s: 'a' }, 's', '应为数字，如 3，收到 "a"'],
];

describe('core/analysis/data-file: a Chinese message for every zod issue kind', () => {
  for (const [kind, schema, value, jsonPath, message] of CASES) {
    it(kind, () => {
      const e = error(schema, value);
      assert.equal(e.jsonPath, jsonPath);
      assert.equal(e.detail, message);
      assert.doesNotMatch(e.message, /Invalid|expected|received|Too (small|big)/);
    });
  }

  it('covers every issue code zod defines that a JSON value can raise', () => {
    const covered = new Set(CASES.map(([kind]) => kind.split(' ')[0]));
    // invalid_element only comes from Map and Set values, which JSON does not have
    for (const code of ['invalid_type', 'invalid_format', 'invalid_union', 'too_small', 'too_big', 'unrecognized_keys', 'invalid_value', 'not_multiple_of', 'invalid_key', 'custom']) assert.ok(covered.has(code), code);
  });

  it('invalid_element (a Map or Set value) is explained too', () => {
    const r = z.set(z.number()).safeParse(new Set(['a']));
    assert.ok(!r.success);
    const r2 = z.map(z.string(), z.number()).safeParse(new Map([['k', 'v']]));
    assert.ok(!r2.success);
    for (const issue of [...r.error.issues, ...r2.error.issues]) assert.match(describeIssue(issue), /[\u4e00-\u9fff]/);
  });

  it('puts the line and column of the value (or of an unknown key) in the message', () => {
    const source = parseJsonText('{\n  // 说明\n  "root": "yes",\n  "rulez": {},\n}', 'c.json', '');
    const schema = z.object({ root: z.boolean().optional() }).strict();
    const at = (value: unknown) => {
      try {
        validateData(schema, value, 'c.json', source);
      } catch (e) {
        return (e as ConfigError).message;
      }
      return '';
    };
    assert.equal(at(source.value), '配置文件 c.json 的 root 有误（第 3 行第 11 列）：类型不对，应为 true 或 false，收到 "yes"');
    assert.equal(at({ rulez: {} }), '配置文件 c.json 有误（第 4 行第 3 列）：不认识的设置项 “rulez”，请检查拼写或删除');
  });
});
