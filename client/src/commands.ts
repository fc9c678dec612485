// Commands implemented by the server (workspace/executeCommand), as the shared
// protocol (server/src/protocol/commands.ts) defines them: fsplan.renumber,
// fsplan.compare and the drafting commands (drafting.ts). vscode-languageclient
// registers them when the server advertises them; the middleware here supplies
// the document and shows results.
import { Uri, window, type LogOutputChannel } from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { COMMAND_TITLES, COMMANDS, isCommandId } from '../../server/src/protocol/commands';
import type { CompareView } from './compare-view';
import { runDraftingCommand } from './drafting';
import { runCommand, type Next } from './server-command';

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

export function commandMiddleware(view: CompareView, output: LogOutputChannel): Middleware {
  return {
    async executeCommand(command, args, next) {
      if (!isCommandId(command)) return next(command, args);
      const uri = targetUri(args);
      if (!uri) {
        void window.showWarningMessage(`请先打开一份年度计划，再运行“${COMMAND_TITLES[command]}”。`);
        return undefined;
      }
      output.info(`${COMMAND_TITLES[command]}：${uri}`);
      const run: Next = async (c, a) => next(c, a);
      if (command === COMMANDS.draftFromMunicipal || command === COMMANDS.rollover) return runDraftingCommand(command, uri, args[1], run, output);
      if (command === COMMANDS.compare) {
        const markdown = await runCommand(run, command, [uri]);
        if (markdown !== undefined) await view.show(Uri.parse(uri), markdown);
        return markdown;
      }
      return runCommand(run, command, [uri]);
    },
  };
}
