// Go to definition: from a district target to its municipal counterpart (the
// target rules record it in Finding.data; see integrations.municipalTarget).
import type { Location, Position } from 'vscode-languageserver-types';
import { rangeInText, toOffset } from './convert';
import { municipalMatchAt, municipalTarget } from './integrations';
import type { ServicePlan } from './plan';

export function definitionAt(p: ServicePlan, position: Position): Location | null {
  const municipal = p.municipal;
  if (!municipal) return null;
  const offset = toOffset(p.index, position);
  const candidates = [...p.findings.filter((f) => offset >= f.start && offset <= f.end).map(municipalTarget), municipalMatchAt(p.doc, p.env, offset)];
  for (const t of candidates) {
    if (!t) continue;
    // offsets from the finding, else the first occurrence of the target text
    const start = t.start ?? municipal.text.indexOf(t.text);
    if (start < 0) continue;
    const end = t.end ?? (t.start === undefined ? start + t.text.length : start);
    return { uri: municipal.uri, range: rangeInText(municipal.text, start, end) };
  }
  return null;
}
