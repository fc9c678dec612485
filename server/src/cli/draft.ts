// `fsplan draft --from MUNICIPAL --district 红桥`: a district draft generated
// from the municipal plan (core/draft.ts), printed or written to --out; a
// summary (clauses, notes, undecided bodies, placeholders) goes to stderr.
import * as path from 'node:path';
import { DraftError, draftForDistrict, NumberingConvention } from '../core/drafting/draft';
import { buildEnvironment } from '../node/environment';
import { loadConfigFor } from '../node/config-loader';
import { nodeHost } from '../node/host';
import type { Io } from './check';
import { UsageError } from './errors';
import { readPlanFile, writeOutput } from './output';
import { parseCommandArgs } from './args';

export const DRAFT_HELP = `用法：fsplan draft --from 市级计划 --district 区 [选项]

依据市级计划生成区级计划草稿：章节和条目与市级计划一致并按 GB/T 9704 重新编号；
责任分工中的市级单位按部门名录换成本区对应单位（没有对应单位的标为【待定：…】）；
“全市”改为“全区”；量化指标按市级数值保留；发文字号、成文日期等标为【待填写：…】。

选项：
  --from <文件>                      市级计划（.txt、.docx、PDF 或保存的网页）
  --district <区>                    区名，如 红桥、红桥区、滨海新区
  --year <年度>                      计划年度（默认与市级计划相同）
  --numbering <continuous|restart>   条目编号全文连续（默认）或每章重新编号
  --out <文件>                       写入文件（默认输出到标准输出）
  --force                            --out 文件已存在时覆盖
  --config <文件>                    使用指定的配置文件（部门名录 registry、departments）
  -h, --help                         显示帮助`;

export async function draft(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('draft', {
    args: argv,
    allowPositionals: false,
    options: {
    from: { type: 'string' },
    district: { type: 'string' },
    year: { type: 'string' },
    numbering: { type: 'string', default: 'continuous' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
    config: { type: 'string' },
    debug: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const v = parsed.values;
  if (v.help) {
    io.stdout.write(DRAFT_HELP + '\n');
    return 0;
  }
  if (!v.from || !v.district) throw new UsageError('请用 --from 指定市级计划、--district 指定区，例如：fsplan draft --from 天津市2025年食品安全监督管理计划.txt --district 红桥');
  if (v.numbering !== 'continuous' && v.numbering !== 'restart') throw new UsageError(`--numbering 只能是 continuous（全文连续）或 restart（每章重新编号），不是“${v.numbering}”`);
  let year: number | undefined;
  if (v.year !== undefined) {
    year = Number(v.year);
    if (!/^\d{4}$/.test(v.year) || year < 1949 || year > 2200) throw new UsageError(`--year 应为四位年份，如 2025，不是“${v.year}”`);
  }
  const municipal = readPlanFile(v.from, io, '市级计划');
  const level = municipal.doc.front.planTitle?.jurisdiction?.level;
  if (!municipal.doc.headings.length) throw new UsageError(`${municipal.shown}：没有找到编号条目（一、1.…），不是计划文件。请指定市级计划`);
  if (level === 'district' || level === 'county') {
    throw new UsageError(`${municipal.shown}：标题“${municipal.doc.front.planTitle!.text}”是区级计划。--from 应为市级计划；从去年的区级计划开始请用 fsplan rollover`);
  }
  // the draft's project settings: the folder it is written to (or the current one)
  const anchor = path.resolve(io.cwd, v.out ?? 'draft.txt');
  const config = loadConfigFor(nodeHost, anchor, v.config ? path.resolve(io.cwd, v.config) : undefined);
  const env = buildEnvironment(nodeHost, anchor, config);
  let result;
  try {
    result = draftForDistrict(municipal.doc, { district: v.district, year, numbering: v.numbering as NumberingConvention }, env);
  } catch (e) {
    if (e instanceof DraftError) throw new UsageError(e.message);
    throw e;
  }
  const shown = writeOutput(result.text, v.out, v.force, io);
  const title = result.text.split('\n').find((l) => l.startsWith(result.district.name)) ?? '';
  const lines = [
    `fsplan：已${shown ? `生成 ${shown}` : '生成草稿'}：《${title}》，依据 ${municipal.shown}；${result.clauses} 条任务，${result.notes} 处责任分工。`,
    result.undecided.length
      ? `  没有区级对应单位、已标为【待定：…】的 ${result.undecided.length} 个：${result.undecided.join('、')}。请确定由哪个区级单位承担，或删除。`
      : '  责任分工中的市级单位都已换成本区单位。',
    `  待填写 ${result.toFill.length} 处：${result.toFill.join('、')}。`,
    `  完成后运行 fsplan check${shown ? ` ${shown}` : ''} 检查。`,
  ];
  io.stderr.write(lines.join('\n') + '\n');
  return 0;
}
