// The printed table of `npm run bench`.
import type { PairedRun } from './baselines';
import type { SizeResult } from './inproc';
import type { LspResult } from './lsp';
import type { Hotspot } from './profile';
import { STRESS_LIMIT, StressResult } from './stress';
import type { Timing } from './timing';

export interface Target {
  measure: string;
  value: number | undefined;
  unit: string;
  target: string;
  met: boolean;
}

export interface ReportInput {
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string; loadAverage: number };
  rules: string[];
  municipalReaders: string[];
  inputs: Array<{ name: string; chars: number; items: number; notes: number; targets: number; municipalChars: number }>;
  inProcess: SizeResult[];
  linearity: Array<{ name: string; floorGrowth: number; parseGrowth: number; fullGrowth: number }>;
  stress: StressResult[];
  configLookup: Timing;
  lsp?: LspResult;
  cli?: {
    five: PairedRun;
    typicalFile: Timing;
    many: { files: number; ms: number; filesPerSecond: number; cpuMs: number; peakRssMb: number };
    huge: { ms: number; peakRssMb: number };
  };
  vsix: { sizeKb?: number; file?: string; note: string; distKb: Record<string, number> };
  profiles?: Record<string, { file: string; hotspots: Hotspot[] }>;
  targets: Target[];
  errors: string[];
  seconds: number;
}

function fmt(v: number | undefined, digits?: number): string {
  if (v === undefined || Number.isNaN(v)) return '—';
  const d = digits ?? (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3);
  return v.toFixed(d);
}

function table(head: string[], rows: string[][]): string {
  const width = (s: string) => {
    let w = 0;
    for (const ch of s) w += ch.charCodeAt(0) >= 0x1100 && !'≤≥×→—…'.includes(ch) ? 2 : 1;
    return w;
  };
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c + ' '.repeat(cols[i] - width(c)) : ' '.repeat(cols[i] - width(c)) + c)).join('  ');
  return [line(head), cols.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printReport(r: ReportInput): void {
  const out: string[] = [];
  const m = r.machine;
  out.push(`fsplan benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, node ${m.node}; load average at start ${fmt(m.loadAverage, 2)}`);
  out.push(`rules: ${r.rules.length} (${r.rules.join(', ')}); rules reading the municipal plan: ${r.municipalReaders.length ? r.municipalReaders.join(', ') : 'none yet'}`);
  out.push('');
  out.push(table(['input', 'chars', 'items', 'notes', 'targets', 'municipal chars'], r.inputs.map((i) => [i.name, String(i.chars), String(i.items), String(i.notes), String(i.targets), String(i.municipalChars)])));
  out.push('');
  out.push('In process, ms per call: wall-time median of many samples after warm-up (fastest sample; median CPU time)');
  const mm = (t: Timing) => `${fmt(t.median)} (${fmt(t.min)}; ${fmt(t.cpuMedian)})`;
  out.push(
    table(
      ['plan', 'floor', 'parse', 'full check', 'full/floor', 'findings', 'municipal parse'],
      r.inProcess.map((s) => [s.name, mm(s.floor), mm(s.parse), mm(s.full), `${fmt(s.ratio, 1)}×`, String(s.findings), mm(s.parseMunicipal)]),
    ),
  );
  out.push('');
  out.push('Linearity: µs per 1,000 characters (wall median; CPU median), and growth of the CPU cost per character relative to the typical plan (flagged when > 2×)');
  out.push(
    table(
      ['plan', 'floor', 'parse', 'full check', 'parse growth', 'full growth'],
      r.inProcess.map((s, i) => {
        const l = r.linearity[i];
        const flag = (g: number) => `${fmt(g, 2)}×${g > 2 ? '  ⚠ super-linear' : ''}`;
        return [s.name, fmt(s.floorPerKChar, 1), `${fmt(s.parsePerKChar, 1)} (${fmt(s.parsePerKCharCpu, 1)})`, `${fmt(s.fullPerKChar, 1)} (${fmt(s.fullPerKCharCpu, 1)})`, flag(l.parseGrowth), flag(l.fullGrowth)];
      }),
    ),
  );
  out.push('');
  out.push(`Hostile inputs (parse, median CPU time, young generation 64 MB): cost per character at 10× the size (a quadratic step shows as ~10×; flagged above ${STRESS_LIMIT}×)`);
  out.push(
    table(
      ['input', 'chars', 'ms', 'chars', 'ms', 'growth'],
      r.stress.map((x) => [x.name, String(x.smallChars), fmt(x.smallMs), String(x.bigChars), fmt(x.bigMs), `${fmt(x.growth, 2)}×${x.growth > STRESS_LIMIT ? '  ⚠ super-linear' : ''}`]),
    ),
  );
  out.push('');
  out.push(`Config lookup (.fsplanrc.json search + parse) for one file: ${fmt(r.configLookup.median)} ms — the server repeats it on every change`);
  if (r.lsp) {
    const l = r.lsp;
    out.push('');
    out.push(
      `Language server over stdio: diagnostics mode ${l.mode}; debounce ${l.debounce ? `${l.debounce.setting} = ${l.debounce.defaultMs} ms (default)` : 'none declared'}` +
        (l.nodeArgs.length ? `; server node options: ${l.nodeArgs.join(' ')}` : ''),
    );
    out.push(
      table(
        ['edit', 'chars', 'push: didChange → publish', 'pull: didChange → result', 'diagnostics'],
        l.edits.map((e) => [e.size, String(e.chars), e.push ? `${fmt(e.push.median)} ms (p90 ${fmt(e.push.p90)})` : '—', e.pull ? `${fmt(e.pull.median)} ms (p90 ${fmt(e.pull.p90)})` : '—', String(e.diagnostics)]),
      ),
    );
    const mem = l.memory;
    out.push(`start → initialize result: ${fmt(l.startToInitialized.median)} ms; RSS idle ${fmt(mem.rssMbIdle)} MB, with ${mem.plansOpen} typical plans open ${fmt(mem.rssMbWithPlans)} MB; after the edits (typical and large plan) ${fmt(mem.rssMbAfterEdits)} MB (heap figures: the connection thread only; the checks run in worker threads)`);
    if (mem.afterGcIdle && mem.afterGcWithPlans)
      out.push(
        `after a full GC: idle RSS ${fmt(mem.afterGcIdle.rssMb)} MB / heap ${fmt(mem.afterGcIdle.heapUsedMb)} MB; ` +
          `with ${mem.plansOpen} plans RSS ${fmt(mem.afterGcWithPlans.rssMb)} MB / heap ${fmt(mem.afterGcWithPlans.heapUsedMb)} MB`,
      );
    if (l.error) out.push(`language server error: ${l.error}`);
  }
  if (r.cli) {
    const c = r.cli;
    const f = c.five;
    out.push('');
    out.push(`Whole process, 5 typical plans, paired: each of ${f.rounds} rounds runs the three programs back to back; ratios are the median of the per-round ratios (${f.textlintNote})`);
    const row = (name: string, x: { wallMs: number; cpuMs: number } | undefined, ratio?: { wall: number; cpu: number }) =>
      [name, x ? fmt(x.wallMs) : '—', x ? fmt(x.cpuMs) : '—', ratio ? `${fmt(ratio.wall, 2)}×` : '', ratio ? `${fmt(ratio.cpu, 2)}×` : ''];
    out.push(
      table(
        ['program', 'wall ms', 'CPU ms', 'fsplan ÷ it (wall)', 'fsplan ÷ it (CPU)'],
        [row('fsplan check (5 files)', f.fsplan), row('node -e 0', f.node, f.vsNode), row('textlint + prh (5 files)', f.textlint, f.vsTextlint)],
      ),
    );
    out.push(
      `CLI: one typical file ${fmt(c.typicalFile.median)} ms; ${c.many.files} typical files in one call ${fmt(c.many.ms)} ms = ${fmt(c.many.filesPerSecond, 0)} files/s ` +
        `(CPU ${fmt(c.many.cpuMs)} ms, peak RSS ${fmt(c.many.peakRssMb)} MB); huge plan ${fmt(c.huge.ms)} ms, peak RSS ${fmt(c.huge.peakRssMb)} MB`,
    );
  }
  out.push(`.vsix: ${r.vsix.sizeKb !== undefined ? `${fmt(r.vsix.sizeKb)} KB (${r.vsix.file}; ${r.vsix.note})` : r.vsix.note}`);
  out.push(`dist/ bundles (uncompressed): ${Object.entries(r.vsix.distKb).map(([f, kb]) => `${f} ${fmt(kb, 0)} KB`).join(', ')}`);
  if (r.profiles) {
    for (const [size, p] of Object.entries(r.profiles)) {
      out.push('');
      out.push(`Profile of the full check, ${size} plan (${p.file}): self time`);
      out.push(table(['function', 'module', '%'], p.hotspots.map((h) => [h.function, h.location, fmt(h.selfPercent, 1)])));
    }
  }
  out.push('');
  out.push('Targets');
  out.push(table(['measure', 'measured', 'target', ''], r.targets.map((t) => [t.measure, t.value === undefined ? 'not measured' : `${fmt(t.value)} ${t.unit}`, t.target, t.met ? 'met' : 'MISSED'])));
  if (r.errors.length) out.push('', ...r.errors.map((e) => `error: ${e}`));
  out.push('', `results written to bench/results.json (${fmt(r.seconds, 0)} s)`);
  process.stdout.write(out.join('\n') + '\n');
}
