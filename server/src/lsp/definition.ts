// Go to definition: from a district target to its municipal counterpart (the
// target rules record it in Finding.data; see integrations.municipalTarget).
import type { Connection, Location } from 'vscode-languageserver/node';
import { LineIndex } from '../core/model/positions';
import type { Analysis } from './analysis';
import type { PlanService } from './service';
import { toRange } from './convert';
import { municipalMatchAt, municipalTarget } from './integrations';
import { uriOf } from './plans';

export function definitionAt(a: Analysis, offset: number): Location | null {
  const file = a.plan.municipalFile;
  const text = a.plan.municipalText;
  if (!file || text === undefined) return null;
  const candidates = [...a.findings.filter((f) => offset >= f.start && offset <= f.end).map(municipalTarget), municipalMatchAt(a.doc, a.plan.env, offset)];
  for (const t of candidates) {
    if (!t) continue;
    // offsets from the finding, else the first occurrence of the target text
    const start = t.start ?? text.indexOf(t.text);
    if (start < 0) continue;
    const end = t.end ?? (t.start === undefined ? start + t.text.length : start);
    const index = new LineIndex(text);
    return { uri: uriOf(file), range: toRange(index, start, end) };
  }
  return null;
}


export function registerDefinition(connection: Connection, service: PlanService): void {
  connection.onDefinition(async (params) => (await service.call<Location | null>('definition', params.textDocument.uri, { position: params.position })) ?? null);
}
