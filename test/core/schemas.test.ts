// The JSON Schemas editors validate .fsplanrc.json and registry files with
// are generated from the zod schemas: they accept what fsplan accepts and
// reject what it rejects, describe every key in Chinese, and
// docs/configuration.md is generated from the same source.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { configurationDoc } from '../../scripts/config-doc';
import { ConfigError, parseConfig } from '../../server/src/core/engine/config';
import { ConfigSchema } from '../../server/src/core/engine/config';
import { builtinTianjin, RegistrySchema } from '../../server/src/core/analysis/registry';
import { configJsonSchema, registryJsonSchema, type JsonSchema } from '../../server/src/core/engine/schemas';
import { RULE_MAP, RULES } from '../../server/src/rules';
import { repoRoot } from '../support/paths';

const root = repoRoot;
// VS Code's own keywords are not part of draft-07
const ajv = new Ajv({ strict: false, allErrors: true });
const validConfig = ajv.compile(configJsonSchema(RULES));
const validRegistry = ajv.compile(registryJsonSchema());

function fsplanAccepts(value: unknown): boolean {
  try {
    parseConfig(JSON.stringify(value), 'c.json', RULE_MAP);
    return true;
  } catch (e) {
    if (e instanceof ConfigError) return false;
    throw e;
  }
}

const CONFIGS: unknown[] = [
  {},
  { root: true, rules: { 'numbering/marker-style': 'off', 'department/unknown': ['warning', { maxSuggestions: 5 }] } },
  { jurisdiction: '红桥区', maxFileSize: '20mb', referenceFolders: ['../参考'] },
  { maxFileSize: 1048576, departments: [{ name: '区大数据局', aliases: ['区数据局'], collective: false }] },
  { rules: { 'numbering/sequense': 'off' } },
  { rules: { 'numbering/sequence': 'warn' } },
  { rules: 'off' },
  { rules: { 'department/unknown': ['warning', { maxSuggestions: 50 }] } },
  { rules: { 'department/unknown': ['warning', { maxSugestions: 5 }] } },
  { rules: { 'numbering/marker-style': ['warning', { allowFullWidthPoint: 'yes' }] } },
  { maxFileSize: 'abc' },
  { maxFileSize: 1.5 },
  { maxFileSize: 0 },
  { jurisdiction: '区' },
  { departments: [{ full: '红桥区大数据管理局' }] },
  { rulez: {} },
  { root: 'yes' },
  [],
];

describe('core/engine/schemas: JSON Schemas from the zod schemas', () => {
  for (const value of CONFIGS) {
    it(`.fsplanrc.json ${JSON.stringify(value)}: the schema agrees with fsplan`, () => {
      assert.equal(validConfig(value), fsplanAccepts(value), JSON.stringify(validConfig.errors));
    });
  }

  it('the built-in registry is valid; broken ones are not', () => {
    const reg = JSON.parse(JSON.stringify(builtinTianjin())) as Record<string, unknown>;
    assert.ok(validRegistry(reg), JSON.stringify(validRegistry.errors));
    for (const bad of [{ ...reg, districts: [] }, { ...reg, jurisdiction: '天津市' }, { ...reg, extra: 1 }, { ...reg, districtLevel: { departments: [{ name: '区局', alias: [] }] } }]) {
      assert.equal(validRegistry(bad), false);
      assert.equal(RegistrySchema.safeParse(bad).success, false);
    }
  });

  it('lists every rule under rules, with its Chinese description and options', () => {
    const rules = (configJsonSchema(RULES).properties as Record<string, JsonSchema>).rules;
    assert.deepEqual(Object.keys(rules.properties as object), RULES.map((r) => r.id));
    for (const r of RULES) assert.match(String((rules.properties as Record<string, JsonSchema>)[r.id].description), /[\u4e00-\u9fff]/, r.id);
  });

  it('describes every setting in Chinese (a new key needs .meta({ description }))', () => {
    const walk = (s: JsonSchema, at: string): void => {
      for (const [k, p] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
        if (at.startsWith('rules.')) continue;
        assert.match(String(p.description ?? ''), /[\u4e00-\u9fff]/, `${at}${k} has no Chinese description`);
        const items = p.items as JsonSchema | undefined;
        if (items && !Array.isArray(items) && items.properties) walk(items, `${at}${k}[].`);
        if (p.properties && k !== 'rules') walk(p, `${at}${k}.`);
      }
    };
    walk(configJsonSchema(RULES), '');
    walk(registryJsonSchema(), '');
    assert.deepEqual(Object.keys(configJsonSchema(RULES).properties as object), Object.keys(ConfigSchema.shape));
  });

  it('docs/configuration.md is generated from the schema (run npm run gen:docs)', () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'configuration.md'), 'utf8');
    assert.equal(doc, configurationDoc(), 'docs/configuration.md is stale: run npm run gen:docs');
    for (const key of Object.keys(ConfigSchema.shape).filter((k) => k !== '$schema')) assert.ok(doc.includes(`## ${key}\n`), key);
  });
});
