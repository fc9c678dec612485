// Party congresses and plenary sessions (server/src/data/party-sessions.json):
// schema, the built-in table and lookups by date. Pure.
import * as z from 'zod';
import builtinData from '../../data/party-sessions.json';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写作 YYYY-MM-DD');

export const PlenumSchema = z
  .object({
    number: z.number().int().min(1).max(9),
    /** Closing date of the session. */
    closed: IsoDate,
    /** Whether the standard formulation lists it (the 1st and the last session before the next congress are not: default true). */
    cited: z.boolean().optional(),
  })
  .strict();

export const CongressSchema = z
  .object({
    number: z.number().int().min(1).max(99),
    closed: IsoDate,
    plenums: z.array(PlenumSchema),
  })
  .strict();
export type Congress = z.infer<typeof CongressSchema>;

export const PartySessionsSchema = z
  .object({ $comment: z.string().optional(), source: z.string().min(1), congresses: z.array(CongressSchema).min(1) })
  .strict();

/** The built-in table; the tests check it parses to itself (not validated at every start: it ships with the code). */
export const PARTY_SESSIONS: z.output<typeof PartySessionsSchema> = builtinData;

/** A date as a sortable number: 2024-07-18 → 20240718. */
export function dayNumber(iso: string): number {
  return Number(iso.replace(/-/g, ''));
}

/** The congresses, with extra sessions merged in (by congress and number), sorted. */
export function mergeSessions(extra: ReadonlyArray<{ congress: number; number: number; closed: string; cited?: boolean }>): Congress[] {
  const out = PARTY_SESSIONS.congresses.map((c) => ({ ...c, plenums: [...c.plenums] }));
  for (const e of extra) {
    let c = out.find((x) => x.number === e.congress);
    if (!c) {
      c = { number: e.congress, closed: e.closed, plenums: [] };
      out.push(c);
    }
    const i = c.plenums.findIndex((p) => p.number === e.number);
    const p = { number: e.number, closed: e.closed, cited: e.cited };
    if (i >= 0) c.plenums[i] = p;
    else c.plenums.push(p);
    c.plenums.sort((a, b) => a.number - b.number);
  }
  return out.sort((a, b) => a.number - b.number);
}

/** The latest congress closed before `day`. */
export function currentCongress(congresses: readonly Congress[], day: number): Congress | undefined {
  let cur: Congress | undefined;
  for (const c of congresses) if (dayNumber(c.closed) < day) cur = c;
  return cur;
}
