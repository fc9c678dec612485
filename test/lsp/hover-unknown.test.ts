// Hover on a department name the registry does not know (language service,
// in process): it says so and gives the suggestions department/unknown gives.
import { strict as assert } from 'node:assert';
import { hoverAt, type ServicePlan } from '../../server/src/service';
import { servicePlan } from './support/service-plan';


const hoverText = (p: ServicePlan, needle: string): string => {
  const h = hoverAt(p, p.index.position(p.text.indexOf(needle) + 1));
  assert.ok(h, `a hover on ${needle}`);
  return (h.contents as { value: string }).value;
};

describe('service: hover on a department name', () => {
  const text = '红桥区2025年食品安全监督管理计划\n\n一、重点任务\n\n1.加强监管。落实要求。（区场监管局牵头，区教育局、区文化馆按职责分工负责）\n';
  const p = servicePlan(text);

  it('an unknown name: not in the registry, with the suggestions of department/unknown', () => {
    const v = hoverText(p, '区场监管局');
    assert.match(v, /“区场监管局”不是红桥区部门名录中的名称/);
    assert.match(v, /是否应为：“区市场监管局”/);
    assert.doesNotMatch(v, /区运管局/);
    assert.doesNotMatch(v, /在本计划中牵头/, 'not described as a real department');
    const finding = p.findings.find((f) => f.ruleId === 'department/unknown' && text.slice(f.start, f.end) === '区场监管局');
    assert.deepEqual((finding?.data as { suggestions: string[] }).suggestions, ['区市场监管局']);
  });

  it('an unknown name with nothing close: says how to add it', () => {
    const v = hoverText(p, '区文化馆');
    assert.match(v, /不是红桥区部门名录中的名称/);
    assert.match(v, /departments 中添加/);
  });

  it('a known name is described as before', () => {
    const v = hoverText(p, '区教育局');
    assert.doesNotMatch(v, /不是.*部门名录/);
    assert.match(v, /可用写法/);
  });
});
