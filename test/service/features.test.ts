// In-process tests of the language service (server/src/service) on plain data:
// features whose data comes from other features (target findings with a
// matched municipal target, numbering), no server, no file.
import { strict as assert } from 'node:assert';
import { resolveRules } from '../../server/src/core/engine/config';
import { parseDocument } from '../../server/src/core/model/document';
import { lintText } from '../../server/src/core/engine/linter';
import { LineIndex } from '../../server/src/core/model/positions';
import type { Finding } from '../../server/src/core/engine/types';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/lsp/settings';
import { codeActions, definitionAt, disableRuleEdit, hoverAt, ServicePlan } from '../../server/src/service';
import { expectedNumber } from '../../server/src/service/headings-info';
import { describeDepartment, municipalTarget } from '../../server/src/service/integrations';
import { RULES } from '../../server/src/rules';
import { readFixture } from '../lsp/support/workspace';

const PLAN = readFixture('plan.txt');
const MUNICIPAL = readFixture('municipal.txt');

function analysisOf(text: string, extra: Finding[] = [], municipalText?: string): ServicePlan {
  const { doc, findings } = lintText(text, resolveRules(RULES, []));
  const env = municipalText === undefined ? {} : { municipal: parseDocument(municipalText) };
  return {
    uri: 'file:///ws/plan.txt',
    version: 1,
    text,
    index: new LineIndex(text),
    doc,
    findings: [...findings, ...extra],
    env,
    municipal: municipalText === undefined ? undefined : { uri: 'file:///ws/%E5%B8%82%E7%BA%A7%E8%AE%A1%E5%88%92.txt', text: municipalText },
  };
}

const pos = (text: string, offset: number) => new LineIndex(text).position(offset);

/** A target finding as the target rules report it, on `needle` in the plan. */
function targetFinding(needle: string, data: Record<string, unknown>): Finding {
  const start = PLAN.indexOf(needle);
  return { ruleId: 'target/below-municipal', severity: 'warning', message: '指标低于市级计划', start, end: start + needle.length, data };
}

describe('service/integrations: municipal target from finding data', () => {
  const table: Array<[string, Record<string, unknown> | undefined, ReturnType<typeof municipalTarget>]> = [
    [
      'as target/below-municipal records it',
      { municipal: { file: '/ws/市级计划.txt', text: '覆盖率保持100%', clause: { number: 2, title: '推进校园食品安全', start: 0 }, start: 5, end: 9, value: 100, unit: '%', bound: 'floor' } },
      { text: '覆盖率保持100%', clause: '第 2 条 推进校园食品安全', file: '/ws/市级计划.txt', start: 5, end: 9 },
    ],
    ['without a clause', { municipal: { text: '覆盖率保持100%' } }, { text: '覆盖率保持100%', clause: undefined, file: undefined, start: undefined, end: undefined }],
    ['not an object', { municipal: '覆盖率保持100%' }, undefined],
    ['none', { other: 1 }, undefined],
    ['no data', undefined, undefined],
  ];
  for (const [name, data, expected] of table) {
    it(name, () => {
      const f: Finding = { ruleId: 'target/x', severity: 'info', message: '', start: 0, end: 0, data };
      assert.deepEqual(municipalTarget(f), expected);
    });
  }
});

describe('service: target hover and go-to-definition', () => {
  const needle = '覆盖率保持100%';
  const mStart = MUNICIPAL.indexOf('覆盖率保持100%');

  it('hover shows the matched municipal target and its clause', () => {
    const a = analysisOf(PLAN, [targetFinding(needle, { municipal: { text: '学校食堂覆盖率保持100%', clause: { number: 2, title: '推进校园食品安全' } } })], MUNICIPAL);
    const hover = hoverAt(a, pos(PLAN, PLAN.indexOf(needle) + 2));
    assert.deepEqual(hover?.contents, { kind: 'markdown', value: '**市级计划对应指标**\n\n学校食堂覆盖率保持100%\n\n所在条目：第 2 条 推进校园食品安全' });
  });

  it('definition goes to the offsets recorded in the finding', () => {
    const a = analysisOf(PLAN, [targetFinding(needle, { municipal: { text: needle, start: mStart, end: mStart + needle.length } })], MUNICIPAL);
    const loc = definitionAt(a, pos(PLAN, PLAN.indexOf(needle) + 1));
    const idx = new LineIndex(MUNICIPAL);
    assert.equal(loc?.uri, 'file:///ws/%E5%B8%82%E7%BA%A7%E8%AE%A1%E5%88%92.txt');
    assert.deepEqual(loc?.range, { start: idx.position(mStart), end: idx.position(mStart + needle.length) });
  });

  it('definition without offsets finds the target text in the municipal plan', () => {
    const a = analysisOf(PLAN, [targetFinding(needle, { municipal: { text: needle } })], MUNICIPAL);
    const loc = definitionAt(a, pos(PLAN, PLAN.indexOf(needle)));
    assert.deepEqual(loc?.range.start, new LineIndex(MUNICIPAL).position(mStart));
  });

  it('no definition without a municipal plan or outside a target', () => {
    assert.equal(definitionAt(analysisOf(PLAN, [targetFinding(needle, { municipal: needle })]), pos(PLAN, PLAN.indexOf(needle))), null);
    assert.equal(definitionAt(analysisOf(PLAN, [targetFinding(needle, { municipal: needle })], MUNICIPAL), pos(PLAN, 0)), null);
  });
});

describe('service/code-actions: suggestions', () => {
  it('each suggestion is a quick fix that is not preferred; the fix stays preferred', () => {
    const start = PLAN.indexOf('各街道');
    const f: Finding = {
      ruleId: 'department/unknown',
      severity: 'warning',
      message: '不认识的部门',
      start,
      end: start + 3,
      fix: { title: '改为“各街道办事处”', edits: [{ start, end: start + 3, newText: '各街道办事处' }] },
      suggestions: [
        { title: '改为“各街道”（保持原样）', edits: [{ start, end: start + 3, newText: '各街道' }] },
        { title: '改为“区民政局”', edits: [{ start, end: start + 3, newText: '区民政局' }] },
      ],
    };
    const a = analysisOf(PLAN, [f]);
    const pos = a.index.position(start + 1);
    const actions = codeActions(a, { range: { start: pos, end: pos }, context: {} });
    assert.deepEqual(
      actions.map((x) => [x.title, x.kind, x.isPreferred ?? false]),
      [
        ['改为“各街道办事处”', 'quickfix', true],
        ['改为“各街道”（保持原样）', 'quickfix', false],
        ['改为“区民政局”', 'quickfix', false],
      ],
    );
    const edit = actions[2].edit!.documentChanges![0] as { textDocument: { version: number }; edits: Array<{ newText: string; range: unknown }> };
    assert.equal(edit.textDocument.version, 1);
    assert.deepEqual(edit.edits, [{ range: { start: a.index.position(start), end: a.index.position(start + 3) }, newText: '区民政局' }]);
  });
});

describe('service/headings-info: expected numbers', () => {
  const table: Array<[string, string, number[]]> = [
    ['items numbered through the document', '一、甲\n1.子\n2.丑\n二、乙\n3.寅\n5.卯\n', [1, 1, 2, 2, 3, 4]],
    ['items restarting in each chapter', '一、甲\n1.子\n2.丑\n二、乙\n1.寅\n3.卯\n', [1, 1, 2, 2, 1, 2]],
    ['chapters with a gap', '一、甲\n三、乙\n四、丙\n', [1, 2, 3]],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => {
      const doc = parseDocument(text);
      assert.deepEqual(doc.headings.map((h) => expectedNumber(doc, h)), expected);
    });
  }
});

describe('lsp/settings: parseSettings', () => {
  it('keeps well-typed values and defaults the rest', () => {
    assert.deepEqual(parseSettings({ enable: false, run: 'onSave', municipalPlan: ' a.txt ', registryPath: 3 }), { enable: false, run: 'onSave', municipalPlan: 'a.txt', registryPath: '' });
    assert.deepEqual(parseSettings({ run: 'sometimes' }), DEFAULT_SETTINGS);
    assert.deepEqual(parseSettings(null), DEFAULT_SETTINGS);
  });
});

describe('service/code-actions: disable a rule in the config file passed in', () => {
  const uri = 'file:///ws/.fsplanrc.json';
  it('creates the file when there is none', () => {
    const edit = disableRuleEdit('numbering/sequence', { kind: 'create', uri });
    assert.deepEqual(edit?.documentChanges?.[0], { kind: 'create', uri, options: { ignoreIfExists: true } });
    const insert = edit?.documentChanges?.[1] as { edits: Array<{ newText: string }> };
    assert.deepEqual(JSON.parse(insert.edits[0].newText), { rules: { 'numbering/sequence': 'off' } });
  });
  it('keeps the other settings and the open version; leaves a broken file alone', () => {
    const text = '\uFEFF{"jurisdiction": "红桥区", "rules": {"target/out-of-range": "error"}}';
    const edit = disableRuleEdit('numbering/sequence', { kind: 'edit', uri, text, version: 7 });
    const change = edit?.documentChanges?.[0] as { textDocument: { version: number }; edits: Array<{ newText: string; range: unknown }> };
    assert.equal(change.textDocument.version, 7);
    assert.deepEqual(change.edits[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } });
    assert.deepEqual(JSON.parse(change.edits[0].newText), { jurisdiction: '红桥区', rules: { 'target/out-of-range': 'error', 'numbering/sequence': 'off' } });
    assert.equal(disableRuleEdit('numbering/sequence', { kind: 'edit', uri, text: '{"rules": ', version: null }), undefined);
    assert.equal(disableRuleEdit('numbering/sequence', { kind: 'edit', uri, text: '[]', version: null }), undefined);
  });
  it('is offered for each rule in range only when a config target is given', () => {
    const a = analysisOf('一、总体要求\n1.加强监管\n3.强化抽检\n');
    const at = a.findings[0];
    assert.ok(at, 'the plan has a finding');
    const range = { start: a.index.position(at.start), end: a.index.position(at.start) };
    const titles = (config?: Parameters<typeof disableRuleEdit>[1]) => codeActions(a, { range, context: {} }, { config }).map((x) => x.title).filter((t) => t.startsWith('禁用规则'));
    assert.deepEqual(titles(), []);
    assert.deepEqual(titles({ kind: 'create', uri }), [`禁用规则 ${at.ruleId}（写入 .fsplanrc.json）`]);
  });
});

describe('service: department facts at the plan\'s own level', () => {
  it('a county plan: a neighbour\'s body and the city\'s body are explained with 县, not 区', () => {
    const doc = parseDocument('2024年长丰县食品安全重点工作安排\n\n一、重点任务\n\n1.开展检查。（肥西县市场监管局、合肥市市场监管局负责）\n');
    assert.equal(describeDepartment('肥西县市场监管局', {}, doc)?.note, '这是肥西县的单位，本县对应“县市场监管局”');
    assert.equal(describeDepartment('合肥市市场监管局', {}, doc)?.note, '这是上级单位，县级计划中应写本县对应部门');
  });
});
