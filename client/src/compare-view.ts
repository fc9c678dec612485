// The comparison of a district plan with its municipal plan (fsplan.compare),
// rendered: the server's comparison page (the HTML report's section, inline
// CSS and SVG) in a webview with scripts disabled, one panel per plan reused
// on each run. A server that answers Markdown only gets the Markdown preview
// of a read-only virtual document (`fsplan-compare:` scheme).
import * as path from 'node:path';
import {
  commands, EventEmitter, Uri, ViewColumn, window, workspace,
  type Disposable, type TextDocumentContentProvider, type WebviewPanel,
} from 'vscode';
import type { CompareReply } from '../../server/src/protocol/commands';

export const COMPARE_SCHEME = 'fsplan-compare';
export const COMPARE_VIEW_TYPE = 'fsplan.compare';

/** The reply of fsplan.compare; `html` empty: show the Markdown. */
export type CompareContent = CompareReply;

export class CompareView implements TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly panels = new Map<string, WebviewPanel>();
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;

  register(): Disposable {
    const provider = workspace.registerTextDocumentContentProvider(COMPARE_SCHEME, this);
    return {
      dispose: () => {
        provider.dispose();
        this.changed.dispose();
        for (const p of this.panels.values()) p.dispose();
      },
    };
  }

  provideTextDocumentContent(uri: Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** The tab title for a plan: 与市级计划对比-<file name without extension>. */
  static titleFor(plan: Uri): string {
    return `与市级计划对比-${path.posix.basename(plan.path).replace(/\.[^.]*$/, '')}`;
  }

  /** The virtual Markdown document for a plan (fallback). */
  uriFor(plan: Uri): Uri {
    return Uri.from({ scheme: COMPARE_SCHEME, path: `/${CompareView.titleFor(plan)}.md`, query: plan.toString() });
  }

  async show(plan: Uri, content: CompareContent): Promise<void> {
    if (content.html) return this.showPage(plan, content.html);
    const uri = this.uriFor(plan);
    this.contents.set(uri.toString(), content.markdown);
    this.changed.fire(uri);
    await commands.executeCommand('markdown.showPreviewToSide', uri);
  }

  private showPage(plan: Uri, html: string): void {
    const key = plan.toString();
    let panel = this.panels.get(key);
    if (!panel) {
      panel = window.createWebviewPanel(
        COMPARE_VIEW_TYPE,
        CompareView.titleFor(plan),
        { viewColumn: ViewColumn.Beside, preserveFocus: false },
        // The page is static: no scripts, no command links, no local files.
        { enableScripts: false, enableCommandUris: false, enableForms: false, localResourceRoots: [], enableFindWidget: true },
      );
      const p = panel;
      p.onDidDispose(() => {
        if (this.panels.get(key) === p) this.panels.delete(key);
      });
      this.panels.set(key, p);
    } else {
      panel.reveal(ViewColumn.Beside, false);
    }
    panel.webview.html = html;
  }
}
