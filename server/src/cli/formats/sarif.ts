// --format sarif: SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure).
import * as path from 'node:path';
import * as url from 'node:url';
import type { Log, Result } from 'sarif';
import { RULES, ruleDocUrl } from '../../rules';
import type { Severity } from '../../core/engine/types';
import { findingKey, fingerprintHash } from '../fingerprint';
import { FileResult, FormatContext } from '../result';
import { locate } from '../../core/engine/results';
import { countsOf, FilePiece, formatAll, FormatStream, JsonArrayWriter, stream } from './stream';
import { VERSION } from '../version';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };


/** A URI for a file: relative to the source root when below it (percent-encoded), else file://. */
export function artifactUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>') return { uri: 'stdin' };
  const rel = path.relative(cwd, file);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: url.pathToFileURL(file).href };
}

/** The SARIF results of one checked file. */
function sarifResults(r: FileResult, ctx: FormatContext, ruleIndex: ReadonlyMap<string, number>): Result[] {
  return locate(r).map((f): Result => {
    const artifactLocation = artifactUri(r.filePath, ctx.cwd);
    const docx = f.paragraph !== undefined;
    return {
      ruleId: f.ruleId,
      ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: docx ? `${f.message}（第 ${f.paragraph} 段：“${f.quoted}”）` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            // a .docx is binary: SARIF regions would point into the zip, so only the paragraph is given
            ...(docx
              ? {}
              : {
                  region: {
                    startLine: f.line,
                    startColumn: f.column,
                    endLine: f.endLine,
                    endColumn: f.endColumn,
                    snippet: { text: r.text.slice(f.start, f.end) },
                  },
                }),
          },
        },
      ],
      partialFingerprints: { 'fsplanFinding/v1': fingerprintHash(findingKey(r.doc, f)) },
      ...(docx ? { properties: { paragraph: f.paragraph, quoted: f.quoted } } : {}),
    };
  });
}

/** The log around the results (`results` is the run's last key, so the results can follow it as they come). */
function sarifFrame(ctx: FormatContext, results: Result[]): Log {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fsplan',
            version: VERSION,
            informationUri: 'https://github.com/fsplan/fsplan',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category, fixable: r.fixable },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: url.pathToFileURL(ctx.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function sarifLog(results: readonly FileResult[], ctx: FormatContext): Log {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  return sarifFrame(ctx, results.flatMap((r) => sarifResults(r, ctx, ruleIndex)));
}

const RESULTS_SLOT = '"results": []';

/** The results array's depth: root > runs > run > results. */
const RESULTS_DEPTH = 3;
let ruleIndexes: Map<string, number> | undefined;

export function renderSarif(r: FileResult, ctx: FormatContext): FilePiece {
  ruleIndexes ??= new Map(RULES.map((rule, i) => [rule.id, i]));
  return { text: '', items: sarifResults(r, ctx, ruleIndexes).map((result) => JsonArrayWriter.body(result, RESULTS_DEPTH)), counts: countsOf(r) };
}

/** Writes each file's results as it is checked, byte-identical to `JSON.stringify(sarifLog(…), null, 2)`. */
export function openSarif(ctx: FormatContext): FormatStream {
  const frame = JSON.stringify(sarifFrame(ctx, []), null, 2);
  const slot = frame.lastIndexOf(RESULTS_SLOT);
  const head = frame.slice(0, slot + RESULTS_SLOT.length - 2);
  const tail = frame.slice(slot + RESULTS_SLOT.length);
  const array = new JsonArrayWriter(RESULTS_DEPTH);
  let started = false;
  return stream(renderSarif, ctx, {
    add(piece) {
      let out = started ? '' : head;
      started = true;
      for (const item of piece.items ?? []) out += array.add(item);
      return out;
    },
    end: () => (started ? '' : head) + array.end() + tail + '\n',
  });
}

export function formatSarif(results: readonly FileResult[], ctx: FormatContext): string {
  return formatAll(openSarif, results, ctx);
}
