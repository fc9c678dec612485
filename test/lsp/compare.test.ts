// fsplan.compare computed by the language service (service/commands.ts): the reply (Markdown and the report's
// comparison page) and the errors the VS Code client turns into a file picker.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/model/document';
import { compare, ServiceError, type ServicePlan } from '../../server/src/service';
import { servicePlan } from './support/service-plan';
import { readFixture } from './support/workspace';

const PLAN = readFixture('plan.txt');
const MUNICIPAL = readFixture('municipal.txt');


function failure(a: ServicePlan): { message: string; data: unknown } {
  try {
    compare(a);
  } catch (e) {
    assert.ok(e instanceof ServiceError, String(e));
    return { message: e.message, data: e.data };
  }
  assert.fail('compare succeeded without a municipal plan');
}

describe('lsp: fsplan.compare', () => {
  it('without a municipal plan names the cited title and asks for the file (reason for the client)', () => {
    const f = failure(servicePlan(PLAN));
    assert.deepEqual(f.data, { reason: 'municipalPlanMissing' });
    assert.match(f.message, /^没有找到本计划引用的《天津市2026年食品安全监督管理计划》.*。请选择市级计划文件/);
  });

  it('a plan citing nothing says so', () => {
    const f = failure(servicePlan(PLAN.replace(/根据《[^》]+》，/, '')));
    assert.deepEqual(f.data, { reason: 'municipalPlanMissing' });
    assert.match(f.message, /本计划没有引用市级计划/);
  });

  it('an unreadable municipal plan from .fsplanrc.json names the file; picking another would not help', () => {
    const f = failure(servicePlan(PLAN, { municipalUnreadable: { file: '/ws/ref/市级.txt', reason: '文件不存在', source: 'config' } }));
    assert.deepEqual(f.data, { reason: 'municipalPlanUnreadable' });
    assert.match(f.message, /\/ws\/ref\/市级\.txt 无法读取（文件不存在）。请在 \.fsplanrc\.json 中改正路径/);
  });

  it('a municipal plan is not compared', () => {
    assert.deepEqual(failure(servicePlan(MUNICIPAL)).data, { reason: 'isMunicipal' });
  });

  it('answers the Markdown table and a script-free page with the shortfalls marked as in the report', () => {
    // lower one municipal target in the district plan so that a row is below
    const below = PLAN.replace('覆盖率保持100%', '覆盖率保持90%');
    assert.notEqual(below, PLAN);
    const r = compare(servicePlan(below, { env: { municipal: parseDocument(MUNICIPAL) }, municipal: { uri: 'file:///ws/市级计划.txt', text: MUNICIPAL, file: '/ws/市级计划.txt', source: 'setting' } }));
    assert.match(r.markdown, /\| \*\*低于市级\*\* \|/);
    assert.match(r.html, /<tr class="below">/);
    assert.match(r.html, /<tr class="missing">/);
    assert.match(r.html, /table\.compare tr\.below td \{ background/);
    assert.match(r.html, /设置 fsplan\.municipalPlan 指定/);
    assert.match(r.html, /http-equiv="Content-Security-Policy" content="default-src (?:'|&#39;|&#x27;)none/);
    assert.doesNotMatch(r.html, /<script|\ssrc=|<link/i);
  });
});
