// Status bar item: the fsplan finding counts of the active plan.
import { languages, StatusBarAlignment, window, workspace, type Disposable, type StatusBarItem, type Uri } from 'vscode';
import { countFindings, statusLabel } from './summary';

export class StatusItem implements Disposable {
  private readonly item: StatusBarItem;
  private readonly disposables: Disposable[];

  constructor() {
    this.item = window.createStatusBarItem('fsplan.status', StatusBarAlignment.Left, 0);
    this.item.name = 'fsplan 检查结果';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables = [
      this.item,
      window.onDidChangeActiveTextEditor(() => this.update()),
      languages.onDidChangeDiagnostics((e) => {
        const active = window.activeTextEditor?.document.uri.toString();
        if (e.uris.some((u: Uri) => u.toString() === active)) this.update();
      }),
      workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('fsplan.enable')) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const doc = window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'fsplan' || !workspace.getConfiguration('fsplan', doc.uri).get<boolean>('enable', true)) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = statusLabel(countFindings(languages.getDiagnostics(doc.uri)));
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
