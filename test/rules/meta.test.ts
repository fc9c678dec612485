// Every rule is one file, one id, one doc page, and the README table is current.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES } from '../../server/src/core/engine/types';
import { RULES } from '../../server/src/rules';
import { ruleTable, updateReadme } from '../../scripts/rule-table';
import { repoRoot } from '../support/paths';

const root = repoRoot;

describe('rule metadata', () => {
  it('ids are unique', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
  });
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('id is category/name and matches its file', () => {
        const [cat, name] = rule.id.split('/');
        assert.equal(cat, rule.category);
        assert.ok(CATEGORIES.includes(rule.category));
        assert.match(name, /^[a-z]+(-[a-z]+)*$/);
        assert.ok(fs.existsSync(path.join(root, 'server', 'src', 'rules', cat, `${name}.ts`)));
      });
      it('has a doc page with what, why, bad and good examples', () => {
        const doc = path.join(root, 'docs', 'rules', `${rule.id}.md`);
        assert.ok(fs.existsSync(doc), `missing ${doc}`);
        const md = fs.readFileSync(doc, 'utf8');
        assert.ok(md.startsWith(`# ${rule.id}`), 'starts with the id as title');
        for (const section of ['## 检查什么', '## 为什么', '## 错误示例', '## 正确示例', '## 选项']) assert.ok(md.includes(section), `${section} in ${rule.id}.md`);
      });
      it('has table tests (test/rules/table.ts)', () => {
        const dir = path.join(root, 'test', 'rules', rule.category);
        const sources = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
        // runTable('<id>', …), or the numbering rules' runCases (runSetTable over NUMBERING_RULES)
        const direct = sources.some((src) => src.includes('runTable(') && src.includes(`'${rule.id}'`));
        const viaSet = rule.category === 'numbering' && sources.some((src) => src.includes('runCases(') && src.includes(`'${rule.id}'`));
        assert.ok(direct || viaSet, `${rule.id} has no table test`);
      });
      it('has a Chinese description and default options', () => {
        assert.match(rule.description, /[\u4e00-\u9fa5]/);
        assert.doesNotThrow(() => rule.options.parse({}));
      });
    });
  }
  it('the README rule table is up to date (run npm run gen:docs)', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.ok(readme.includes(ruleTable()), 'README rule table is stale: run npm run gen:docs');
    assert.equal(updateReadme(readme), readme);
  });
});
