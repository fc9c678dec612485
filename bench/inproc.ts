// In-process measures: the floor, parse only and the full check, per plan size.
import { resolveRules } from '../server/src/core/engine/config';
import { parseDocument } from '../server/src/core/model/document';
import { lintDocument } from '../server/src/core/engine/linter';
import type { LintEnvironment } from '../server/src/core/engine/types';
import { RULES } from '../server/src/rules';
import type { PlanPair } from './inputs';
import { Timing, timeSync } from './timing';

/** A line that starts with a heading marker, and a bracketed note. */
const FLOOR_LINE = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．])/;
const FLOOR_SCAN = /（[^（）\n]*）/g;

/**
 * The floor: the cheapest thing any checker must do. Split into lines, test
 * each line once for a heading marker, and scan the whole text once for
 * bracketed notes.
 */
export function floorPass(text: string): number {
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (FLOOR_LINE.test(line)) n++;
  FLOOR_SCAN.lastIndex = 0;
  while (FLOOR_SCAN.exec(text)) n++;
  return n;
}

export interface SizeResult {
  name: string;
  chars: number;
  municipalChars: number;
  /** What the model found: items (clauses), notes and findings of the full check. */
  items: number;
  notes: number;
  findings: number;
  findingsByRule: Record<string, number>;
  floor: Timing;
  parse: Timing;
  /** Parse of the municipal plan (done once per municipal file, then cached by the hosts). */
  parseMunicipal: Timing;
  /** parseDocument + lintDocument with every rule and the municipal plan in the environment. */
  full: Timing;
  /** full.median / floor.median */
  ratio: number;
  /** Microseconds per 1,000 characters (median), for the linearity check. */
  floorPerKChar: number;
  parsePerKChar: number;
  fullPerKChar: number;
  /** The same from the fastest sample: the figure least disturbed by other processes. */
  parsePerKCharMin: number;
  fullPerKCharMin: number;
  /** The same from the median CPU time, which waiting for a core does not inflate. */
  parsePerKCharCpu: number;
  fullPerKCharCpu: number;
}

/** The environment of a full check: every reference the rules can use. */
export function environmentFor(municipalText: string): LintEnvironment {
  return { municipal: parseDocument(municipalText) };
}

export function measureSize(pair: PlanPair, samples: number): SizeResult {
  const rules = resolveRules(RULES, []);
  const env = environmentFor(pair.municipal);
  const text = pair.district;
  const doc = parseDocument(text);
  const findings = lintDocument(doc, rules, env);
  const findingsByRule: Record<string, number> = {};
  for (const f of findings) findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;

  const big = text.length > 200_000;
  // Samples last at least 20 ms at every size, so that other processes on the
  // machine disturb small and large inputs alike (short samples would more
  // often slip between disturbances and bias the linearity check).
  const opts = { samples: big ? Math.max(7, Math.round(samples / 3)) : samples, warmupMs: big ? 1500 : 400, minSampleMs: 20 };
  const floor = timeSync(() => floorPass(text), opts);
  const parse = timeSync(() => parseDocument(text), opts);
  const parseMunicipal = timeSync(() => parseDocument(pair.municipal), opts);
  const full = timeSync(() => lintDocument(parseDocument(text), rules, env), opts);
  const k = text.length / 1000;
  return {
    name: pair.name,
    chars: text.length,
    municipalChars: pair.municipal.length,
    items: doc.clauses.length,
    notes: doc.notes.length,
    findings: findings.length,
    findingsByRule,
    floor,
    parse,
    parseMunicipal,
    full,
    ratio: full.median / floor.median,
    floorPerKChar: (floor.median * 1000) / k,
    parsePerKChar: (parse.median * 1000) / k,
    fullPerKChar: (full.median * 1000) / k,
    parsePerKCharMin: (parse.min * 1000) / k,
    fullPerKCharMin: (full.min * 1000) / k,
    parsePerKCharCpu: ((parse.cpuMedian ?? NaN) * 1000) / k,
    fullPerKCharCpu: ((full.cpuMedian ?? NaN) * 1000) / k,
  };
}
