// Measures the proofreading rules (punctuation, wording, the currency checks
// of document/party-sessions, document/stale-year and document/doc-number)
// on the fixtures in test/fixtures/proofreading (planted slips listed in
// expected.json) and on the published plans in ../shared/corpus when that
// folder exists (every finding judged in expected.json). `npm run
// gen:precision` writes the tables into docs/proofreading-precision.md; a
// test fails when the fixture table is stale (and the corpus table, when the
// corpus is present).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../server/src/core/engine/linter';
import { LineIndex } from '../server/src/core/model/positions';
import { RULES } from '../server/src/rules';
import { rulesFor } from '../test/support/check';

const root = path.join(__dirname, '..');
const fixtures = path.join(root, 'test', 'fixtures', 'proofreading');
export const CORPUS = path.join(root, '..', 'shared', 'corpus');
export const PRECISION_DOC = path.join(root, 'docs', 'proofreading-precision.md');
export const MARKS = {
  fixtures: ['<!-- fixtures:begin -->', '<!-- fixtures:end -->'],
  corpus: ['<!-- corpus:begin -->', '<!-- corpus:end -->'],
} as const;

/** The rules measured: the new categories and the document checks of the same issue. */
export const MEASURED = [
  ...RULES.filter((r) => r.category === 'punctuation' || r.category === 'wording').map((r) => r.id),
  'document/party-sessions',
  'document/stale-year',
  'document/doc-number',
];

interface Expected {
  fixtures: Record<string, Array<[string, string]>>;
  corpus: Record<string, Array<{ rule: string; line: number; verdict: 'slip' | 'false'; why: string }>>;
}

export interface Row {
  rule: string;
  reported: number;
  right: number;
  /** Planted slips not found (fixtures only). */
  missed: number;
}

export interface Measured {
  fixtures: Row[];
  corpus?: Row[];
  /** Findings no expectation explains, and planted slips not found: “file rule line quoted”. */
  unexplained: string[];
  missed: string[];
  files: { fixtures: number; corpus: number; characters: { fixtures: number; corpus: number } };
}

function emptyRows(): Map<string, Row> {
  return new Map(MEASURED.map((rule) => [rule, { rule, reported: 0, right: 0, missed: 0 }]));
}

export function measure(): Measured {
  const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as Expected;
  const rules = rulesFor({ rules: MEASURED });
  const unexplained: string[] = [];
  const missed: string[] = [];
  const lint = (text: string) => {
    const index = new LineIndex(text);
    return lintText(text, rules).findings.map((f) => ({ rule: f.ruleId, line: index.position(f.start).line + 1, quoted: text.slice(f.start, f.end) }));
  };

  const fx = emptyRows();
  let fxChars = 0;
  const fxFiles = Object.keys(expected.fixtures).sort();
  for (const file of fxFiles) {
    const text = fs.readFileSync(path.join(fixtures, file), 'utf8');
    fxChars += text.length;
    const want = expected.fixtures[file].map(([rule, quoted]) => ({ rule, quoted, used: false }));
    for (const f of lint(text)) {
      const row = fx.get(f.rule)!;
      row.reported++;
      const w = want.find((x) => !x.used && x.rule === f.rule && x.quoted === f.quoted);
      if (w) {
        w.used = true;
        row.right++;
      } else unexplained.push(`${file} ${f.rule} ${f.line} ${JSON.stringify(f.quoted)}`);
    }
    for (const w of want.filter((x) => !x.used)) {
      fx.get(w.rule)!.missed++;
      missed.push(`${file} ${w.rule} ${JSON.stringify(w.quoted)}`);
    }
  }

  let corpus: Row[] | undefined;
  let cpFiles = 0;
  let cpChars = 0;
  if (fs.existsSync(CORPUS)) {
    const cp = emptyRows();
    for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      cpFiles++;
      cpChars += text.length;
      const judged = expected.corpus[file] ?? [];
      for (const f of lint(text)) {
        const row = cp.get(f.rule)!;
        row.reported++;
        const j = judged.find((x) => x.rule === f.rule && x.line === f.line);
        if (j?.verdict === 'slip') row.right++;
        else if (!j) unexplained.push(`corpus ${file} ${f.rule} ${f.line} ${JSON.stringify(f.quoted)}`);
      }
    }
    corpus = [...cp.values()];
  }
  return {
    fixtures: [...fx.values()],
    corpus,
    unexplained,
    missed,
    files: { fixtures: fxFiles.length, corpus: cpFiles, characters: { fixtures: fxChars, corpus: cpChars } },
  };
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(0)} %` : '—';
}

function table(rows: Row[], withMissed: boolean): string {
  const head = withMissed ? '| 规则 | 报告 | 正确 | 漏报 | 精度 | 召回 |\n|---|---:|---:|---:|---:|---:|' : '| 规则 | 报告 | 确为差错 | 精度 |\n|---|---:|---:|---:|';
  const sum = rows.reduce((s, r) => ({ rule: '合计', reported: s.reported + r.reported, right: s.right + r.right, missed: s.missed + r.missed }), { rule: '合计', reported: 0, right: 0, missed: 0 });
  const line = (r: Row) =>
    withMissed
      ? `| ${r.rule === '合计' ? '**合计**' : `\`${r.rule}\``} | ${r.reported} | ${r.right} | ${r.missed} | ${pct(r.right, r.reported)} | ${pct(r.right, r.right + r.missed)} |`
      : `| ${r.rule === '合计' ? '**合计**' : `\`${r.rule}\``} | ${r.reported} | ${r.right} | ${pct(r.right, r.reported)} |`;
  return [head, ...rows.map(line), line(sum)].join('\n');
}

export function fixtureTable(m: Measured): string {
  return `${MARKS.fixtures[0]}\n${m.files.fixtures} 份自拟计划，${m.files.characters.fixtures} 字符。\n\n${table(m.fixtures, true)}\n${MARKS.fixtures[1]}`;
}

export function corpusTable(m: Measured): string {
  return `${MARKS.corpus[0]}\n${m.files.corpus} 份公开发布的计划，${m.files.characters.corpus} 字符。\n\n${table(m.corpus ?? [], false)}\n${MARKS.corpus[1]}`;
}

function replaceBetween(doc: string, [a, b]: readonly [string, string], body: string): string {
  const i = doc.indexOf(a);
  const j = doc.indexOf(b);
  if (i < 0 || j < 0) throw new Error(`markers ${a} … ${b} missing in ${PRECISION_DOC}`);
  return doc.slice(0, i) + body + doc.slice(j + b.length);
}

if (require.main === module) {
  const m = measure();
  let doc = fs.readFileSync(PRECISION_DOC, 'utf8');
  doc = replaceBetween(doc, MARKS.fixtures, fixtureTable(m));
  if (m.corpus) doc = replaceBetween(doc, MARKS.corpus, corpusTable(m));
  else process.stderr.write('没有找到 ../shared/corpus，语料表保持不变。\n');
  fs.writeFileSync(PRECISION_DOC, doc);
  for (const u of m.unexplained) process.stderr.write(`未判定的报告：${u}\n`);
  for (const x of m.missed) process.stderr.write(`漏报：${x}\n`);
  process.stdout.write(`${fixtureTable(m)}\n\n${m.corpus ? corpusTable(m) : ''}\n`);
}
