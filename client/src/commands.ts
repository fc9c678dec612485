// Commands implemented by the server (workspace/executeCommand): fsplan.renumber,
// fsplan.compare, and the drafting commands (drafting.ts). vscode-languageclient
// registers them when the server advertises them; the middleware here supplies
// the document and shows results.
import { commands, Uri, window, type Disposable, type LogOutputChannel } from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import type { CompareView } from './compare-view';
import { runDraftingCommand } from './drafting';

export const SERVER_COMMANDS = {
  'fsplan.renumber': '重新编号',
  'fsplan.compare': '与市级计划对比',
  'fsplan.draftFromMunicipal': '从市级计划生成区级草稿',
  'fsplan.rollover': '滚动到下一年度',
} as const;
type ServerCommand = keyof typeof SERVER_COMMANDS;

const isServerCommand = (c: string): c is ServerCommand => Object.hasOwn(SERVER_COMMANDS, c);

/**
 * The document a command applies to: the URI passed by a menu or code lens,
 * else the active fsplan editor. Sent to the server as the first argument (a string).
 */
function targetUri(args: unknown[]): string | undefined {
  const first = args[0];
  if (first instanceof Uri) return first.toString();
  if (typeof first === 'string' && first) return first;
  const doc = window.activeTextEditor?.document;
  return doc?.languageId === 'fsplan' ? doc.uri.toString() : undefined;
}

/** Markdown from the server's reply: a string, MarkupContent or `{ markdown }`. */
export function markdownOf(result: unknown): string | undefined {
  if (typeof result === 'string') return result;
  if (result && typeof result === 'object') {
    const r = result as { value?: unknown; markdown?: unknown };
    if (typeof r.markdown === 'string') return r.markdown;
    if (typeof r.value === 'string') return r.value;
  }
  return undefined;
}

export function commandMiddleware(view: CompareView, output: LogOutputChannel): Middleware {
  return {
    async executeCommand(command, args, next) {
      if (!isServerCommand(command)) return next(command, args);
      const uri = targetUri(args);
      if (!uri) {
        void window.showWarningMessage(`请先打开一份年度计划，再运行“${SERVER_COMMANDS[command]}”。`);
        return undefined;
      }
      output.info(`${SERVER_COMMANDS[command]}：${uri}`);
      if (command === 'fsplan.draftFromMunicipal' || command === 'fsplan.rollover') return runDraftingCommand(command, uri, args, next, output);
      const result: unknown = await next(command, [uri, ...args.slice(1)]);
      if (command === 'fsplan.compare') {
        const markdown = markdownOf(result);
        if (markdown === undefined) {
          void window.showWarningMessage('没有得到对比结果：请在设置 fsplan.municipalPlan 或 .fsplanrc.json 中指定市级计划。');
          return result;
        }
        await view.show(Uri.parse(uri), markdown);
      }
      return result;
    },
  };
}

/**
 * When the running server does not advertise a command, keep the command from
 * failing with "command not found" and say why instead.
 */
export function registerFallbackCommands(client: LanguageClient, output: LogOutputChannel): Disposable {
  const advertised = new Set(client.initializeResult?.capabilities.executeCommandProvider?.commands ?? []);
  const disposables: Disposable[] = [];
  for (const [command, title] of Object.entries(SERVER_COMMANDS)) {
    if (advertised.has(command)) continue;
    output.warn(`语言服务器未提供命令 ${command}`);
    disposables.push(
      commands.registerCommand(command, () =>
        window.showWarningMessage(`当前版本的 fsplan 语言服务器不支持“${title}”。`),
      ),
    );
  }
  return { dispose: () => disposables.forEach((d) => d.dispose()) };
}

