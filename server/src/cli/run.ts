// Command dispatch. Expected errors (usage, config, input) print one Chinese
// line and exit 2; anything else is an internal error, with its stack only
// under --debug.
import { check, Io, isExpectedError } from './check';
import { UsageError } from './errors';
import { compare } from './compare';
import { draft } from './draft';
import { report } from './report';
import { rollover } from './rollover';
import { VERSION } from './version';

export const HELP = `用法：fsplan <命令> [选项]

命令：
  check [文件|文件夹|通配符…]   检查年度任务计划草稿
  compare 区级计划 [市级计划]   列出与市级计划的指标对比
  report [文件|文件夹…]         生成 HTML 检查报告（--out report.html）
  review 计划文件 --out 审核稿.docx
                                生成带批注和修订的 Word 审核稿
  draft --from 市级计划 --district 区
                                依据市级计划生成区级计划草稿
  rollover 去年的计划 [--year 年度]
                                把去年的计划滚动到新的年度

选项：
  -v, --version                 显示版本
  -h, --help                    显示帮助

运行 fsplan <命令> --help 查看该命令的全部选项。`;

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const debug = argv.includes('--debug');
  try {
    if (!command || command === '-h' || command === '--help') {
      (command ? io.stdout : io.stderr).write(HELP + '\n');
      return command ? 0 : 2;
    }
    if (command === '-v' || command === '--version') {
      io.stdout.write(`fsplan ${VERSION}\n`);
      return 0;
    }
    if (command === 'check') return await check(rest, io);
    if (command === 'compare') return await compare(rest, io);
    if (command === 'report') return await report(rest, io);
    // loaded on first use: the Word writer's libraries are not started for the other commands
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (command === 'review') return await (require('./review') as typeof import('./review')).review(rest, io);
    if (command === 'draft') return await draft(rest, io);
    if (command === 'rollover') return await rollover(rest, io);
    throw new UsageError(`未知命令“${command}”。可用命令：check、compare、report、review、draft、rollover（运行 fsplan --help 查看帮助）`);
  } catch (e) {
    if (isExpectedError(e)) {
      io.stderr.write(`fsplan：${e.message}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr.write(
      debug
        ? `fsplan：内部错误：${err?.stack ?? String(e)}\n`
        : `fsplan：内部错误：${err?.message ?? String(e)}。加 --debug 重新运行可看到详细信息，请把它和文件一起报告给 fsplan 维护者\n`,
    );
    return 2;
  }
}
