// The one plan builder of the tests: a title, optional date and preamble, a
// chapter heading and the body, blank lines between, as PDF text has them.
export interface PlanOptions {
  /** The whole title line (default: `${name}${year}年食品安全监督管理计划`). */
  title?: string;
  name?: string;
  year?: number;
  /** A line before the title (an issue date). */
  date?: string;
  /** A paragraph between the title and the chapter. */
  preamble?: string;
  chapter?: string;
}

/** A district plan: title on line 1, chapter heading on line 3, body from line 5 (without date and preamble). */
export function plan(body: string, opts: PlanOptions = {}): string {
  const title = opts.title ?? `${opts.name ?? '红桥区'}${opts.year ?? 2025}年食品安全监督管理计划`;
  const parts = [...(opts.date ? [opts.date] : []), title, ...(opts.preamble ? [opts.preamble] : []), opts.chapter ?? '一、重点任务', body];
  return `${parts.join('\n\n')}\n`;
}

/** A 2024 district plan with one clause holding `body` (a target phrase), after the usual preamble. */
export function clausePlan(body: string, opts: { year?: number; name?: string; date?: string } = {}): string {
  const year = opts.year ?? 2024;
  return plan(`1.加强监督管理。${body}（区市场监管局负责）`, {
    ...opts,
    year,
    preamble: `为做好我区${year}年食品安全工作，根据《天津市${year}年食品安全监督管理计划》，制定本计划。`,
  });
}
