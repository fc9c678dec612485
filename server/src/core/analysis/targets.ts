// Quantitative targets in task text: "学校食堂“互联网+明厨亮灶”覆盖率达到100%",
// "全年安排…监督抽检5710批次", "乳制品抽检合格率保持在99%以上". Pure and linear:
// the text is scanned once for values; each value looks back and ahead a
// bounded number of characters for its comparator and indicator phrase.
// The parts live in targets/: vocabulary (indicators, comparators, units),
// masking (notes and cited titles written over; task chunks), values (numbers
// and units), subject (clean-up of the subject before a value) and scan (the
// one pass over a chunk); this module turns what the scan finds into Targets
// and links totals and their 其中 components.
import type { Clause, PlanDocument, Span } from '../model/document';
import { derived } from '../model/document';
import type { Paragraph } from '../model/text';
import { taskChunks } from './targets/masking';
import { extractChunk, type TargetReading } from './targets/scan';

export { type Chunk, maskParagraph, NOTE_MASK, taskChunks, TITLE_MASK } from './targets/masking';
export type { Bound, TargetReading } from './targets/scan';
export { stripScope } from './targets/subject';
export { parsePercentNumeral } from './targets/values';

export type TargetRole = 'single' | 'total' | 'component';

export interface Target extends Span, TargetReading {
  /** Position in the list of the document's targets. */
  index: number;
  /** The whole target as written (logical text, no line breaks), e.g. 学校食堂…覆盖率达到100%. */
  text: string;
  valueSpan: Span;
  /** The digits of the value (without unit), when written in digits. */
  numberSpan?: Span;
  /** component: introduced by 其中 after another target; total: has components. */
  role: TargetRole;
  total?: Target;
  components: Target[];
  /** 全市/全国 written as the scope of the target (a leftover from a municipal plan). */
  scope?: Span & { word: string };
  clause?: Clause;
  paragraph: Paragraph;
}


/**
 * Every quantitative target in the plan's task text, in text order. Computed
 * once per document (the model is immutable): the municipal plan, which hosts
 * keep parsed, is not extracted again on every check. Callers must not modify
 * the list or its targets.
 */
export function extractTargets(doc: PlanDocument): Target[] {
  return derived(doc, extractTargets, () => extract(doc));
}

function extract(doc: PlanDocument): Target[] {
  const targets: Target[] = [];
  for (const chunk of taskChunks(doc)) {
    const p = chunk.paragraph;
    const raws = extractChunk(chunk.masked, chunk.from, chunk.to);
    if (!raws.length) continue;
    // the last non-component target of each unit, and how many there are, as the run goes
    // (kept only when a target of the chunk is introduced by 其中: most chunks have none)
    let withComponents = false;
    for (const r of raws) if (r.component) withComponents = true;
    const lastByUnit = withComponents ? new Map<string, Target>() : undefined;
    let nonComponents = 0;
    // the same, as it was at the 其中 of the current sentence
    let snapAt = -1;
    let snap: Map<string, Target> | undefined;
    let snapAny = false;
    for (const r of raws) {
      const span = p.range(r.a, r.b);
      const t: Target = {
        index: targets.length,
        text: p.text.slice(r.a, r.b),
        start: span.start,
        end: span.end,
        phrase: r.phrase,
        subject: r.subject,
        indicator: r.indicator,
        comparator: r.comparator,
        bound: r.bound,
        value: r.value,
        valueText: r.valueText,
        unit: r.unit,
        approximate: r.approximate,
        valueSpan: p.range(r.va, r.vb),
        numberSpan: /^\d/.test(r.valueText) ? p.range(r.va, r.va + r.valueText.length) : undefined,
        role: 'single',
        components: [],
        scope: r.scope ? scopeSpan(p, r.scope.a, r.scope.b, r.scope.word) : undefined,
        clause: chunk.clause,
        paragraph: p,
      };
      if (r.component) {
        // totals are the targets written before 其中 in the same run
        if (r.qizhong !== snapAt) {
          snapAt = r.qizhong;
          snap = new Map(lastByUnit);
          snapAny = nonComponents > 0;
        }
        if (snapAny) {
          t.role = 'component';
          const total = snap!.get(t.unit);
          if (total) {
            t.total = total;
            total.role = 'total';
            total.components.push(t);
          }
        }
      }
      if (t.role !== 'component') {
        lastByUnit?.set(t.unit, t);
        nonComponents++;
      }
      targets.push(t);
    }
  }
  return targets;
}

function scopeSpan(p: Paragraph, a: number, b: number, word: string): Span & { word: string } {
  const r = p.range(a, b);
  return { start: r.start, end: r.end, word };
}

/** The title of the clause a target is in: 推进“互联网+明厨亮灶”建设. */
export function clauseLabel(t: Target): string {
  return t.clause?.heading.title || '正文';
}

/** The target as written in its document (logical text without line breaks). */
export function targetText(_doc: PlanDocument, t: Target): string {
  return t.text;
}
