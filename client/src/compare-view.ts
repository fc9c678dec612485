// Read-only virtual documents showing the server's Markdown comparison of a
// district plan with its municipal plan (fsplan.compare).
import * as path from 'node:path';
import { EventEmitter, Uri, ViewColumn, window, workspace, type Disposable, type TextDocumentContentProvider } from 'vscode';

export const COMPARE_SCHEME = 'fsplan-compare';

export class CompareView implements TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;

  register(): Disposable {
    const provider = workspace.registerTextDocumentContentProvider(COMPARE_SCHEME, this);
    return { dispose: () => { provider.dispose(); this.changed.dispose(); } };
  }

  provideTextDocumentContent(uri: Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** The virtual document for a plan: one per plan, refreshed on each run. */
  uriFor(plan: Uri): Uri {
    const name = path.posix.basename(plan.path).replace(/\.[^.]*$/, '');
    return Uri.from({ scheme: COMPARE_SCHEME, path: `/与市级计划对比-${name}.md`, query: plan.toString() });
  }

  async show(plan: Uri, markdown: string): Promise<void> {
    const uri = this.uriFor(plan);
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    const doc = await workspace.openTextDocument(uri);
    await window.showTextDocument(doc, { viewColumn: ViewColumn.Beside, preview: false, preserveFocus: false });
  }
}
