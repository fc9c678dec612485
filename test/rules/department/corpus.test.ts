// The published plans in ../shared/corpus (when present): no department/*
// and no responsibility/missing findings with no configuration, and every
// note parsed into roles and departments.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveRules } from '../../../server/src/core/engine/config';
import { classify, buildDirectory } from '../../../server/src/core/analysis/departments';
import { lintText } from '../../../server/src/core/engine/linter';
import { RULES } from '../../../server/src/rules';
import { corpusDir } from '../../support/paths';

const corpus = corpusDir;

describe('department and responsibility rules on ../shared/corpus (when present)', () => {
  const expected: Record<string, { notes: number; mentions: number; foreignOrUnknown: number }> = {
    '红桥区2024年食品安全监督管理计划.txt': { notes: 47, mentions: 100, foreignOrUnknown: 0 },
    '西青区2021年食品安全监督管理计划.txt': { notes: 55, mentions: 117, foreignOrUnknown: 0 },
  };
  for (const [file, want] of Object.entries(expected)) {
    it(file, function () {
      const p = path.join(corpus, file);
      if (!fs.existsSync(p)) this.skip();
      const { doc, findings } = lintText(fs.readFileSync(p, 'utf8'), resolveRules(RULES, []), {});
      const ours = findings.filter((f) => f.ruleId.startsWith('department/') || f.ruleId === 'responsibility/missing');
      assert.deepEqual(ours.map((f) => `${f.ruleId}: ${f.message}`), []);
      assert.equal(doc.notes.length, want.notes);
      const mentions = doc.notes.flatMap((n) => n.mentions);
      assert.equal(mentions.length, want.mentions);
      for (const n of doc.notes) {
        assert.ok(n.groups.length > 0 && n.groups.every((g) => g.departments.length > 0), `every group names departments: ${n.inner}`);
        assert.ok(n.groups.some((g) => g.role !== 'unspecified'), `a role: ${n.inner}`);
      }
      const dir = buildDirectory(doc);
      assert.ok(dir.covered, 'the built-in registry covers the plan');
      const kinds = mentions.map((m) => classify(dir, m.name).kind);
      assert.equal(kinds.filter((k) => k !== 'known' && k !== 'collective').length, want.foreignOrUnknown);
    });
  }
});
