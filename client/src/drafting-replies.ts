// Pure helpers for the drafting commands (fsplan.draftFromMunicipal,
// fsplan.rollover): reading the server's replies. No vscode import, so they
// are unit-tested directly.

export interface DraftReply {
  text: string;
  title: string;
  message: string;
}

export interface DistrictChoice {
  districts: Array<{ name: string; short: string }>;
  message: string;
}

export interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface PlainEdit {
  uri: string;
  /** The document version the edit was computed for (null: any). */
  version: number | null;
  range: PlainRange;
  newText: string;
}

export interface RolloverReply {
  edits: PlainEdit[];
  message: string;
  /** One line per change and per item to review, for the output channel. */
  lines: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

/** What fsplan.draftFromMunicipal answered: the draft, a district to choose, or nothing usable. */
export function readDraftReply(result: unknown): DraftReply | DistrictChoice | undefined {
  if (!isObject(result)) return undefined;
  if (Array.isArray(result.districts)) return { districts: result.districts as DistrictChoice['districts'], message: String(result.message ?? '') };
  if (typeof result.text === 'string') return { text: result.text, title: String(result.title ?? ''), message: String(result.message ?? '') };
  return undefined;
}

const at = (r: PlainRange) => `${r.start.line + 1}:${r.start.character + 1}`;

/** The edits and report lines of a fsplan.rollover reply, or undefined when it is not one. */
export function readRolloverReply(result: unknown): RolloverReply | undefined {
  if (!isObject(result) || !isObject(result.edit)) return undefined;
  const edits: PlainEdit[] = [];
  const changes = (result.edit as { documentChanges?: unknown[] }).documentChanges ?? [];
  for (const c of changes) {
    if (!isObject(c) || !isObject(c.textDocument) || !Array.isArray(c.edits)) continue;
    const doc = c.textDocument as { uri: string; version?: number | null };
    for (const e of c.edits as Array<{ range: PlainRange; newText: string }>) edits.push({ uri: doc.uri, version: doc.version ?? null, range: e.range, newText: e.newText });
  }
  const lines: string[] = [];
  for (const c of (result.changes as Array<{ range: PlainRange; before: string; after: string; context: string }>) ?? []) lines.push(`已修改 ${at(c.range)}  ${c.before} → ${c.after}  ${c.context}`);
  for (const r of (result.review as Array<{ range: PlainRange; text: string; reason: string }>) ?? []) lines.push(`请核对 ${at(r.range)}  ${r.text}：${r.reason}`);
  return { edits, message: String(result.message ?? ''), lines };
}

/**
 * The file name a draft is saved under: its plan title plus `.txt`, made safe
 * for file systems, with （草稿）, （草稿2）… added while `taken` says the name exists.
 */
export function draftFileName(title: string, taken: (name: string) => boolean): string {
  const base = title.replace(/[\\/:*?"<>|\r\n\t]+/g, '').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 80) || '区级计划草稿';
  for (let i = 1; ; i++) {
    const name = `${base}${i === 1 ? '' : i === 2 ? '（草稿）' : `（草稿${i - 1}）`}.txt`;
    if (!taken(name)) return name;
  }
}
