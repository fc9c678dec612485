// A municipal plan or registry that cannot be read: one window/showMessage per file and reason.
import { Connection, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';

export function registerMissingFiles(connection: Connection): (kind: 'municipal' | 'registry', file: string, reason: string) => void {
  const shown = new Set<string>();
  return (kind, file, reason) => {
    const key = `${kind}\n${file}\n${reason}`;
    if (shown.has(key)) return;
    shown.add(key);
    const what = kind === 'municipal' ? '市级计划' : '部门名录';
    const setting = kind === 'municipal' ? 'fsplan.municipalPlan 或 .fsplanrc.json 的 municipalPlan' : 'fsplan.registryPath';
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `fsplan：无法读取${what} ${file}（${reason}）。请检查设置 ${setting}；在此之前不做相关检查。`,
    });
  };
}
