// The examples on each numbering rule's doc page do what the page says.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../support/check';
import { NUMBERING_RULES } from './cases';

const docs = path.join(__dirname, '..', '..', '..', 'docs', 'rules');

function example(md: string, section: string): string {
  const at = md.indexOf(section);
  const a = md.indexOf('```text\n', at);
  assert.ok(at >= 0 && a >= 0, `${section} has a text block`);
  return md.slice(a + 8, md.indexOf('```', a + 8));
}

describe('numbering rule docs: examples', () => {
  for (const id of NUMBERING_RULES) {
    it(id, () => {
      const md = fs.readFileSync(path.join(docs, `${id}.md`), 'utf8');
      const bad = check(example(md, '## 错误示例'), { rules: [id] });
      assert.ok(bad.findings.length > 0, 'the bad example is reported');
      assert.deepEqual(check(example(md, '## 正确示例'), { rules: [id] }).findings.map((f) => f.message), [], 'the good example is clean');
    });
  }
});
