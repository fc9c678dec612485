// `fsplan compare DISTRICT [MUNICIPAL]`: the coverage table of a district plan
// against its municipal plan (documented in docs/targets.md).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareTargets, coverageRows, CoverageRow, CoverageSide, ownLevelOf, statusLabel, type OwnLevel } from '../core/analysis/compare';
import { parseDocument, PlanDocument } from '../core/model/document';
import { LineIndex } from '../core/model/positions';
import { extractTargets } from '../core/analysis/targets';
import { displayWidth } from '../core/model/text';
import { loadConfigFor } from '../node/config-loader';
import { nodeHost } from '../node/host';
import { findMunicipalPlan, loadMunicipalFile } from '../node/municipal';
import { readSource, SourceError } from '../node/source';
import type { Io } from './check';
import { UsageError } from './errors';
import { parseCommandArgs } from './args';

const HELP = `用法：fsplan compare 区级计划 [市级计划] [选项]

列出市级计划中的每项量化指标，以及区级计划中对应的指标：已落实、低于市级或未落实。
区级计划可以是文件夹（逐个比较其中的区级计划）；不指定市级计划时，按配置项
municipalPlan 或区级计划引用的标题（根据《天津市…计划》）在同一文件夹和 referenceFolders 中查找。

选项：
  --format <table|json>   输出格式（默认 table）
  --config <文件>         使用指定的配置文件
  -h, --help              显示帮助`;


function readPlan(file: string, cwd: string): string {
  try {
    return readSource(file).text;
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    throw new UsageError(`${path.relative(cwd, file) || file}：${e.message}`);
  }
}

function districtFiles(input: string, cwd: string): string[] {
  const abs = path.resolve(cwd, input);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    throw new UsageError(`找不到文件或文件夹：${input}。请检查路径`);
  }
  if (st.isFile()) return [abs];
  if (!st.isDirectory()) throw new UsageError(`${input}：不是普通文件（而是管道、设备或套接字），无法比较。请指定区级计划文件或文件夹`);
  const files = fs
    .readdirSync(abs)
    .filter((n) => (n.endsWith('.txt') || n.endsWith('.fsplan')) && !n.startsWith('.'))
    .sort()
    .map((n) => path.join(abs, n))
    .filter((f) => nodeHost.isFile(f));
  // only district plans: a municipal plan in the folder is what they are compared with
  const district = files.filter((f) => {
    const level = parseDocument(readPlan(f, cwd).slice(0, 4000)).front.planTitle?.jurisdiction?.level;
    return level !== 'city' && level !== 'province';
  });
  if (!district.length) throw new UsageError(`文件夹 ${input} 中没有区级计划文件`);
  return district;
}

interface Report {
  /** The district plan's level word: 区, 县, 市 or 旗. */
  own: OwnLevel;
  district: string;
  municipal?: string;
  rows: CoverageRow[];
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - displayWidth(s)));
}

function cell(sideOf: CoverageSide | undefined, index: LineIndex | undefined, missing: string): string {
  if (!sideOf) return missing;
  const line = index ? `，第 ${index.position(sideOf.start).line + 1} 行` : '';
  return `${sideOf.value}（${sideOf.clause ? `第 ${sideOf.clause.number} 条` : '正文'}${line}）`;
}

function formatTable(r: Report, cwd: string, dText: string, mText: string): string {
  const rel = (f: string) => path.relative(cwd, f) || f;
  const di = new LineIndex(dText);
  const mi = new LineIndex(mText);
  const own = r.own;
  const head = ['指标', '市级要求（条款）', `本${own}指标（条款）`, '状态'];
  const body = r.rows.map((row) => [row.indicator, cell(row.municipal, mi, '—'), cell(row.district, di, '未落实'), statusLabel(row.status, own)]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]))));
  const line = (cols: string[]) => cols.map((c, i) => (i === cols.length - 1 ? c : pad(c, widths[i]))).join('  ').trimEnd();
  let out = `${own}级计划：${rel(r.district)}\n市级计划：${r.municipal ? rel(r.municipal) : '（未找到）'}\n\n`;
  out += line(head) + '\n' + line(widths.map((w) => '-'.repeat(w))) + '\n';
  for (const b of body) out += line(b) + '\n';
  const n = (s: CoverageRow['status']) => r.rows.filter((x) => x.status === s).length;
  out += `\n市级指标 ${n('met') + n('below') + n('missing')} 项：已落实 ${n('met')} 项，低于市级 ${n('below')} 项，未落实 ${n('missing')} 项；本${own}新增 ${n('extra')} 项。\n`;
  return out;
}

export async function compare(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('compare', {
    args: argv,
    allowPositionals: true,
    options: {
    format: { type: 'string', default: 'table' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  if (values.format !== 'table' && values.format !== 'json') throw new UsageError(`不支持的输出格式“${values.format}”，可选：table、json`);
  if (!positionals.length || positionals.length > 2) throw new UsageError('用法：fsplan compare 区级计划 [市级计划]，例如：fsplan compare samples/');
  const explicit = positionals[1];
  const reports: Array<{ report: Report; dText: string; mText: string }> = [];
  for (const file of districtFiles(positionals[0], io.cwd)) {
    const dText = readPlan(file, io.cwd);
    const district = parseDocument(dText);
    let municipal: { file: string; doc: PlanDocument } | undefined;
    if (explicit) {
      const mf = path.resolve(io.cwd, explicit);
      municipal = { file: mf, doc: loadMunicipalFile(nodeHost, mf, '') };
    } else {
      const config = loadConfigFor(nodeHost, file, values.config);
      municipal = findMunicipalPlan(nodeHost, file, district, { cwd: io.cwd, settings: config.settings });
    }
    if (!municipal) {
      const cited = district.municipalCitation ? `引用的《${district.municipalCitation.text}》` : '市级计划';
      io.stderr.write(`fsplan：${path.relative(io.cwd, file) || file}：未找到${cited}。请用 fsplan compare 区级计划 市级计划 指定，或在 .fsplanrc.json 中设置 municipalPlan 或 referenceFolders\n`);
      continue;
    }
    const dTargets = extractTargets(district);
    const mTargets = extractTargets(municipal.doc);
    const rows = coverageRows(compareTargets(dTargets, mTargets), mTargets, dTargets);
    reports.push({ report: { own: ownLevelOf(district), district: file, municipal: municipal.file, rows }, dText, mText: municipal.doc.text });
  }
  if (values.format === 'json') {
    const out = reports.map(({ report, dText, mText }) => {
      const di = new LineIndex(dText);
      const mi = new LineIndex(mText);
      const withLine = (s: CoverageSide | undefined, idx: LineIndex) => (s ? { ...s, line: idx.position(s.start).line + 1 } : null);
      const { own: _own, ...fields } = report;
      return { ...fields, rows: report.rows.map((r) => ({ ...r, municipal: withLine(r.municipal, mi), district: withLine(r.district, di) })) };
    });
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    io.stdout.write(reports.map(({ report, dText, mText }) => formatTable(report, io.cwd, dText, mText)).join('\n'));
  }
  return reports.length ? 0 : 2;
}
