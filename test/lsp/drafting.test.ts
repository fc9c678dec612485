// Protocol tests for the drafting help: fsplan.draftFromMunicipal,
// fsplan.rollover and the code action inserting a district clause for a
// municipal target the plan lacks. The server's answers are compared with the
// core functions they present.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { compareTargets, coverageRows } from '../../server/src/core/analysis/compare';
import { parseDocument } from '../../server/src/core/model/document';
import { draftForDistrict } from '../../server/src/core/drafting/draft';
import { applyEdits } from '../../server/src/core/engine/fix';
import { planRollover } from '../../server/src/core/drafting/rollover';
import { extractTargets } from '../../server/src/core/analysis/targets';
import { repoRoot, TestClient } from './support/client';
import { positionOf, tempWorkspace } from './support/workspace';

const read = (f: string) => fs.readFileSync(path.join(repoRoot, f), 'utf8');
const MUNICIPAL = read('samples/天津市2025年食品安全监督管理计划.txt');
const HEBEI = read('samples/河北区2025年食品安全监督管理计划.txt');
const DONGLI = read('test/fixtures/rollover/东丽区2024年食品安全监督管理计划.txt');

describe('lsp: drafting commands and the missing-clause code action', () => {
  let client: TestClient;
  let ws: ReturnType<typeof tempWorkspace>;
  beforeEach(async () => {
    ws = tempWorkspace({ '天津市2025年食品安全监督管理计划.txt': MUNICIPAL, '河北区2025年食品安全监督管理计划.txt': HEBEI, '东丽区2024年食品安全监督管理计划.txt': DONGLI });
    client = await TestClient.start({ settings: {}, workspaceFolder: ws.dir });
  });
  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });
  const run = <T>(command: string, ...args: unknown[]) =>
    client.request<T>('workspace/executeCommand', { command, arguments: args }).then(
      (r) => ({ ok: r }),
      (e: Error) => ({ error: e.message }),
    );

  it('fsplan.draftFromMunicipal on the municipal plan: the draft text of the chosen district', async () => {
    const uri = client.open(ws.file('天津市2025年食品安全监督管理计划.txt'), MUNICIPAL);
    const asked = (await run<{ districts: Array<{ name: string }>; message: string }>('fsplan.draftFromMunicipal', uri)) as { ok: { districts: Array<{ name: string }>; message: string } };
    assert.equal(asked.ok.districts.length, 16, 'without a district the client is offered the list');
    assert.match(asked.ok.message, /请选择/);
    const r = (await run<{ text: string; undecided: string[]; message: string; title: string }>('fsplan.draftFromMunicipal', uri, { district: '红桥' })) as {
      ok: { text: string; undecided: string[]; message: string; title: string };
    };
    assert.equal(r.ok.text, draftForDistrict(parseDocument(MUNICIPAL), { district: '红桥' }).text);
    assert.equal(r.ok.title, '红桥区2025年食品安全监督管理计划');
    assert.deepEqual(r.ok.undecided, ['各区人民政府']);
    assert.match(r.ok.message, /11 条任务，11 处责任分工；1 个市级单位没有区级对应单位/);
  });

  it('fsplan.draftFromMunicipal on a district plan drafts that district from its cited municipal plan', async () => {
    const uri = client.open(ws.file('河北区2025年食品安全监督管理计划.txt'), HEBEI);
    const r = (await run<{ text: string; district: string }>('fsplan.draftFromMunicipal', uri, { numbering: 'restart' })) as { ok: { text: string; district: string } };
    assert.equal(r.ok.district, '河北区');
    assert.equal(r.ok.text, draftForDistrict(parseDocument(MUNICIPAL), { district: '河北区', numbering: 'restart' }).text);
  });

  it('fsplan.draftFromMunicipal: an unknown district is a Chinese error', async () => {
    const uri = client.open(ws.file('天津市2025年食品安全监督管理计划.txt'), MUNICIPAL);
    const r = (await run('fsplan.draftFromMunicipal', uri, { district: '朝阳' })) as { error: string };
    assert.match(r.error, /部门名录中没有“朝阳”/);
  });

  it('fsplan.rollover returns the WorkspaceEdit of the core rollover and the lists to show', async () => {
    const uri = client.open(ws.file('东丽区2024年食品安全监督管理计划.txt'), DONGLI);
    const r = (await run<{ edit: WorkspaceEdit; changes: unknown[]; review: Array<{ reason: string }>; message: string; toYear: number }>('fsplan.rollover', uri)) as {
      ok: { edit: WorkspaceEdit; changes: unknown[]; review: Array<{ reason: string }>; message: string; toYear: number };
    };
    const core = planRollover(parseDocument(DONGLI), 2025);
    assert.equal(r.ok.toYear, 2025);
    assert.equal(r.ok.changes.length, core.changes.length);
    assert.deepEqual(r.ok.review.map((x) => x.reason), core.review.map((x) => x.reason));
    assert.match(r.ok.message, /已从 2024 年滚动到 2025 年：修改 17 处，5 处需要人工核对/);
    client.applyWorkspaceEdit(r.ok.edit);
    assert.equal(client.text(uri), applyEdits(DONGLI, core.edits));
    const again = (await run<{ toYear: number }>('fsplan.rollover', uri, { year: 2027 })) as { ok: { toYear: number; changes: unknown[] } };
    assert.equal(again.ok.toYear, 2027, 'the rolled document is rolled again, to the year asked');
  });

  it('fsplan.rollover on a plan without a title year is a Chinese error', async () => {
    const text = '一、总体要求\n\n1.加强监管。（区市场监管局负责）\n';
    const uri = client.open(ws.file('无标题计划.txt'), text);
    const r = (await run('fsplan.rollover', uri)) as { error: string };
    assert.match(r.error, /无法确定计划年度/);
  });

  it('a code action on the chapter inserts the district clause for a missing municipal target', async () => {
    const uri = client.open(ws.file('河北区2025年食品安全监督管理计划.txt'), HEBEI);
    const actionsAt = (needle: string) =>
      client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: positionOf(client.text(uri), needle), end: positionOf(client.text(uri), needle) },
        context: { diagnostics: [] },
      });
    const inChapter3 = (await actionsAt('三、强化过程监管')).filter((a) => a.title.startsWith('插入市级'));
    assert.deepEqual(inChapter3.map((a) => a.title), [
      '插入市级第 5 条“推进“互联网+明厨亮灶”建设”对应的区级条目（医疗机构食堂覆盖率 80%）',
      '插入市级第 6 条“开展食品安全监督抽检”对应的区级条目（食用农产品抽检量 2.5批次/千人）',
    ]);
    const inChapter1 = (await actionsAt('一、')).filter((a) => a.title.startsWith('插入市级'));
    assert.deepEqual(inChapter1, [], 'offered on the corresponding chapter only');
    client.applyWorkspaceEdit(inChapter3[0].edit!);
    const after = client.text(uri);
    assert.match(after, /\n\n8\.推进“互联网\+明厨亮灶”建设。学校食堂“互联网\+明厨亮灶”覆盖率达到100%，医疗机构食堂覆盖率达到80%，入网餐饮服务提供者覆盖率达到75%。（区市场监管局、区教育局、区卫健委按职责分工负责）\n\n四、/);
    const d = parseDocument(after);
    const m = parseDocument(MUNICIPAL);
    const rows = coverageRows(compareTargets(extractTargets(d), extractTargets(m)), extractTargets(m), extractTargets(d));
    assert.equal(rows.find((x) => x.indicator.includes('医疗机构食堂'))?.status, 'met');
    const left = (await actionsAt('三、强化过程监管')).filter((a) => a.title.startsWith('插入市级'));
    assert.deepEqual(left.map((a) => a.title.slice(0, 9)), ['插入市级第 6 条'], 'the inserted target is no longer missing');
  });
});
