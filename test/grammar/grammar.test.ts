// TextMate grammar: sample lines tokenized by the real engine, scopes asserted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scopesAt, tokenize } from './tokenize';
import { corpusDir, repoRoot } from '../support/paths';

interface Case {
  /** One line, or several lines separated by \n; the fragment is looked up in the LAST line. */
  text: string;
  /** A fragment of the last line; every character of it must carry `scope`. */
  fragment: string;
  scope: string;
  /** Set to assert that the fragment does NOT carry the scope. */
  absent?: true;
}

const CASES: Case[] = [
  // Heading levels and their variants.
  { text: '一、工作目标', fragment: '一、', scope: 'punctuation.definition.heading.fsplan' },
  { text: '一、工作目标', fragment: '工作目标', scope: 'markup.heading.1.fsplan' },
  { text: '十二．保障措施', fragment: '十二．', scope: 'markup.heading.1.fsplan' },
  { text: '（三）强化餐饮环节监管', fragment: '（三）', scope: 'markup.heading.2.fsplan' },
  { text: '（三）强化餐饮环节监管', fragment: '强化餐饮环节监管', scope: 'entity.name.section.fsplan' },
  { text: '(四)、完善追溯体系', fragment: '(四)、', scope: 'markup.heading.2.fsplan' },
  { text: '6.规范校园食堂管理。落实陪餐制度。', fragment: '6.', scope: 'markup.heading.3.fsplan' },
  { text: '6.规范校园食堂管理。落实陪餐制度。', fragment: '规范校园食堂管理。', scope: 'markup.heading.3.fsplan' },
  { text: '6.规范校园食堂管理。落实陪餐制度。', fragment: '落实陪餐制度', scope: 'markup.heading.3.fsplan', absent: true },
  { text: '１２．推进智慧监管。', fragment: '１２．', scope: 'markup.heading.3.fsplan' },
  { text: '23、加强冷链监管。', fragment: '23、', scope: 'markup.heading.3.fsplan' },
  { text: '（2）开展专项检查。', fragment: '（2）', scope: 'markup.heading.4.fsplan' },
  { text: '3)开展专项检查。', fragment: '3)', scope: 'markup.heading.4.fsplan' },
  { text: '    （1）开展专项检查。', fragment: '（1）', scope: 'markup.heading.4.fsplan' },
  { text: '2.3批次/千人的抽检任务', fragment: '2.3', scope: 'markup.heading.3.fsplan', absent: true },
  { text: '一是压实责任', fragment: '一是', scope: 'markup.heading.1.fsplan', absent: true },
  // Responsibility notes, departments and role words.
  { text: '加强宣传。（区市场监管局负责）', fragment: '（', scope: 'punctuation.definition.note.begin.fsplan' },
  { text: '加强宣传。（区市场监管局负责）', fragment: '区市场监管局', scope: 'entity.name.type.department.fsplan' },
  { text: '加强宣传。（区市场监管局负责）', fragment: '负责', scope: 'keyword.other.role.fsplan' },
  { text: '加强宣传。（区市场监管局负责）', fragment: '）', scope: 'punctuation.definition.note.end.fsplan' },
  { text: '完善机制。（区食药安办牵头，区卫健委、公安南开分局按职责分工负责）', fragment: '区食药安办', scope: 'entity.name.type.department.fsplan' },
  { text: '完善机制。（区食药安办牵头，区卫健委、公安南开分局按职责分工负责）', fragment: '牵头', scope: 'keyword.other.role.fsplan' },
  { text: '完善机制。（区食药安办牵头，区卫健委、公安南开分局按职责分工负责）', fragment: '公安南开分局', scope: 'entity.name.type.department.fsplan' },
  { text: '完善机制。（区食药安办牵头，区卫健委、公安南开分局按职责分工负责）', fragment: '按职责分工负责', scope: 'keyword.other.role.fsplan' },
  { text: '完善机制。（区食药安办牵头，区卫健委、公安南开分局按职责分工负责）', fragment: '、', scope: 'punctuation.separator.department.fsplan' },
  { text: '开展培训。（区委组织部牵头，区食安委成员单位配合）', fragment: '区委组织部', scope: 'entity.name.type.department.fsplan' },
  { text: '开展培训。（区委组织部牵头，区食安委成员单位配合）', fragment: '区食安委成员单位', scope: 'entity.name.type.department.fsplan' },
  { text: '开展培训。（区委组织部牵头，区食安委成员单位配合）', fragment: '配合', scope: 'keyword.other.role.fsplan' },
  { text: '加强监测。（责任单位：区卫生健康委）', fragment: '责任单位：', scope: 'keyword.other.label.fsplan' },
  { text: '加强监测。（责任单位：区卫生健康委）', fragment: '区卫生健康委', scope: 'entity.name.type.department.fsplan' },
  { text: '推进粮食检验。（区发展改革委）', fragment: '区发展改革委', scope: 'entity.name.type.department.fsplan' },
  { text: '推进整治。（区农业农村委、区市场监管局等区食安委成员单位按职责分工负责）', fragment: '等', scope: 'punctuation.separator.department.fsplan' },
  { text: '巡查。（区食安办、各镇（街道）按职责分工负责）', fragment: '街道', scope: 'entity.name.type.department.fsplan' },
  { text: '巡查。（区食安办、各镇（街道）按职责分工负责）', fragment: '按职责分工负责', scope: 'keyword.other.role.fsplan' },
  { text: '推行HACCP（HACCP）体系认证。', fragment: 'HACCP）', scope: 'meta.note.responsibility.fsplan', absent: true },
  { text: '冷链食品（含冻品）追溯。', fragment: '含冻品', scope: 'meta.note.responsibility.fsplan', absent: true },
  // A note hard-wrapped over two lines (with a blank line between, as copied from PDF).
  { text: '加强协调。（区市场监管局牵头，区卫健委、区商\n\n务局按职责分工负责）', fragment: '按职责分工负责', scope: 'keyword.other.role.fsplan' },
  { text: '加强协调。（区市场监管局牵头，区卫健委、区商\n\n务局按职责分工负责）', fragment: '）', scope: 'punctuation.definition.note.end.fsplan' },
  // An unclosed bracket does not swallow the next heading.
  { text: '加强协调。（区市场监管局牵头，区卫健委\n2.强化抽检。', fragment: '2.', scope: 'markup.heading.3.fsplan' },
  { text: '加强协调。（区市场监管局牵头，区卫健委\n2.强化抽检。', fragment: '强化抽检', scope: 'meta.note.responsibility.fsplan', absent: true },
  // Targets: comparators, numbers, units.
  { text: '抽检合格率达到98%以上。', fragment: '达到', scope: 'keyword.control.comparator.fsplan' },
  { text: '抽检合格率达到98%以上。', fragment: '98', scope: 'constant.numeric.fsplan' },
  { text: '抽检合格率达到98%以上。', fragment: '%', scope: 'keyword.other.unit.fsplan' },
  { text: '抽检合格率达到98%以上。', fragment: '以上', scope: 'keyword.control.comparator.fsplan' },
  { text: '抽检合格率达到98%以上。', fragment: '达到98%以上', scope: 'meta.target.fsplan' },
  { text: '覆盖率不低于９５％。', fragment: '９５', scope: 'constant.numeric.fsplan' },
  { text: '覆盖率不低于９５％。', fragment: '％', scope: 'keyword.other.unit.fsplan' },
  { text: '抽检量不少于4.5批次/千人。', fragment: '批次/千人', scope: 'keyword.other.unit.fsplan' },
  { text: '抽检量不少于4.5批次/千人。', fragment: '4.5', scope: 'constant.numeric.fsplan' },
  { text: '培训时长不少于40学时。', fragment: '40', scope: 'constant.numeric.fsplan' },
  { text: '培训时长不少于40学时。', fragment: '学时', scope: 'keyword.other.unit.fsplan' },
  { text: '满意度达85分。', fragment: '达', scope: 'keyword.control.comparator.fsplan' },
  { text: '满意度达85分。', fragment: '分', scope: 'keyword.other.unit.fsplan' },
  { text: '全年抽检6200余批次。', fragment: '6200', scope: 'constant.numeric.fsplan' },
  { text: '全年抽检6200余批次。', fragment: '批次', scope: 'keyword.other.unit.fsplan' },
  { text: '全年抽检6200余批次。', fragment: '6200余批次', scope: 'meta.quantity.fsplan' },
  { text: '不合格率控制在2%以内。', fragment: '控制在', scope: 'keyword.control.comparator.fsplan' },
  { text: '不合格率控制在2%以内。', fragment: '以内', scope: 'keyword.control.comparator.fsplan' },
  { text: '实现学校食堂全覆盖。', fragment: '全覆盖', scope: 'constant.language.full-coverage.fsplan' },
  // 发文字号.
  { text: '南开政办发〔2025〕11号', fragment: '南开政办发〔2025〕11号', scope: 'variable.other.constant.document-number.fsplan' },
  { text: '津政办函〔2024〕7号', fragment: '〔2024〕7号', scope: 'variable.other.constant.document-number.fsplan' },
  { text: '南开政办发[2025]11号', fragment: '[2025]11号', scope: 'invalid.illegal.document-number.fsplan' },
  { text: '南开政办发〔2025〕第11号', fragment: '第11号', scope: 'invalid.illegal.document-number.fsplan' },
  { text: '南开政办发〔2025〕011号', fragment: '011号', scope: 'invalid.illegal.document-number.fsplan' },
  // Cited titles, quotes, dates, annotation and page numbers.
  { text: '根据《天津市2025年食品安全监督管理计划》，结合实际', fragment: '《', scope: 'punctuation.definition.string.begin.fsplan' },
  { text: '根据《天津市2025年食品安全监督管理计划》，结合实际', fragment: '天津市2025年食品安全监督管理计划', scope: 'string.quoted.other.title.fsplan' },
  { text: '根据《天津市2025年食品安全监督管理计划》，结合实际', fragment: '结合实际', scope: 'string.quoted.other.title.fsplan', absent: true },
  { text: '关于印发《南开区2025年食品安全\n监督管理计划》的通知', fragment: '监督管理计划', scope: 'string.quoted.other.title.fsplan' },
  { text: '关于印发《南开区2025年食品安全\n监督管理计划》的通知', fragment: '的通知', scope: 'string.quoted.other.title.fsplan', absent: true },
  { text: '推进“阳光餐饮”工程', fragment: '阳光餐饮', scope: 'string.quoted.double.fsplan' },
  { text: '                2025年7月3日', fragment: '2025年7月3日', scope: 'constant.numeric.date.fsplan' },
  { text: '二〇二五年七月三日', fragment: '二〇二五年七月三日', scope: 'constant.numeric.date.fsplan' },
  { text: '于2025年11月底前完成', fragment: '2025年11月底', scope: 'constant.numeric.date.fsplan' },
  { text: '（此件主动公开）', fragment: '（此件主动公开）', scope: 'comment.line.annotation.fsplan' },
  { text: '— 7 —', fragment: '— 7 —', scope: 'comment.line.page-number.fsplan' },
  { text: '- 12 -', fragment: '- 12 -', scope: 'comment.line.page-number.fsplan' },
];

describe('TextMate grammar (syntaxes/fsplan.tmLanguage.json)', () => {
  for (const c of CASES) {
    const label = `${c.absent ? 'not ' : ''}${c.scope}: “${c.fragment}” in ${JSON.stringify(c.text)}`;
    it(label, async () => {
      const lines = await tokenize(c.text);
      const last = c.text.split('\n').at(-1)!;
      const at = last.indexOf(c.fragment);
      assert.ok(at >= 0, `fragment “${c.fragment}” not in the last line`);
      for (let i = at; i < at + c.fragment.length; i++) {
        const scopes = scopesAt(lines.at(-1)!, i);
        assert.equal(scopes.includes(c.scope), !c.absent, `character “${last[i]}” has scopes ${scopes.join(' ')}`);
      }
    });
  }

  // Every responsibility note in real plans carries role-word scopes: all lines with a closing
  // note bracket after a role word must have been tokenized inside a note.
  const plans = [path.join(repoRoot, 'samples'), corpusDir]
    .filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt') && f !== 'README.md').map((f) => path.join(d, f)));
  for (const file of plans) {
    it(`scopes every role word in the notes of ${path.basename(file)}`, async () => {
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      const lines = await tokenize(text);
      const missed: string[] = [];
      text.split('\n').forEach((line, n) => {
        for (const m of line.matchAll(/(?:按职责分工负责|牵头|负责)[^（）()]{0,20}[）)]/g)) {
          const scopes = scopesAt(lines[n], m.index);
          if (!scopes.includes('keyword.other.role.fsplan')) missed.push(`${n + 1}: ${line.slice(0, 40)}`);
        }
      });
      assert.deepEqual(missed, []);
    });
  }
});
