// Status bar counts and labels (client/src/summary.ts).
import * as assert from 'node:assert/strict';
import { countFindings, Severity, statusLabel } from '../../client/src/summary';

const d = (severity: number, source = 'fsplan') => ({ severity, source });

describe('client status bar summary', () => {
  const cases: { name: string; diagnostics: { severity: number; source?: string }[]; text: string; tooltip: RegExp }[] = [
    { name: 'no findings', diagnostics: [], text: '$(check) fsplan', tooltip: /未发现问题/ },
    {
      name: 'one of each severity; hints count as infos',
      diagnostics: [d(Severity.Error), d(Severity.Warning), d(Severity.Information), d(Severity.Hint)],
      text: 'fsplan $(error) 1 $(warning) 1 $(info) 2',
      tooltip: /错误 1 个，警告 1 个，提示 2 个/,
    },
    {
      name: 'diagnostics of other sources are not counted',
      diagnostics: [d(Severity.Error, 'cSpell'), d(Severity.Warning), d(Severity.Warning), { severity: Severity.Error }],
      text: 'fsplan $(error) 0 $(warning) 2 $(info) 0',
      tooltip: /警告 2 个/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const label = statusLabel(countFindings(c.diagnostics));
      assert.equal(label.text, c.text);
      assert.match(label.tooltip, c.tooltip);
    });
  }
});
