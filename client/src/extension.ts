// VS Code entry point: wires the output channel, the language client, the
// status bar and the commands. Each concern lives in its own file.
import { commands, window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { CompareView } from './compare-view';
import { StatusItem } from './status';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('fsplan', { log: true });
  const compareView = new CompareView();
  context.subscriptions.push(
    output,
    compareView.register(),
    new StatusItem(),
    commands.registerCommand('fsplan.showOutput', () => output.show(true)),
    commands.registerCommand('fsplan.restart', async () => {
      output.info('重启语言服务器');
      await client?.restart();
    }),
  );

  client = createClient(context, output, compareView);
  try {
    await client.start();
  } catch (e) {
    output.error(`语言服务器启动失败：${e instanceof Error ? e.message : String(e)}`);
    void window.showErrorMessage('fsplan 语言服务器启动失败，详见“输出”面板中的 fsplan 日志。', '显示日志').then((choice) => {
      if (choice) output.show(true);
    });
    return;
  }
  output.info('语言服务器已启动');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
