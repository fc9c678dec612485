// One analysis per plan version: parsed document, findings and the
// environment they were computed in: the language service's ServicePlan plus
// the files it came from. The engine worker (engine-worker.ts) keeps them, so
// a plan is parsed and linted once per version, off the connection's thread.
import * as path from 'node:path';
import { parseDocument } from '../core/model/document';
import { lintDocument } from '../core/engine/linter';
import { LineIndex } from '../core/model/positions';
import type { ServicePlan } from '../service';
import type { Environments, PlanEnvironment } from './environment';
import { filePathOf, uriOf } from './plans';
import type { Settings } from './settings';

export interface Analysis extends ServicePlan {
  plan: PlanEnvironment;
  settings: Settings;
}

/**
 * Analyses kept at once (the plans used last): a model and its findings
 * weigh many times the text, and only the plans being edited or looked at
 * need theirs at hand; another plan is parsed again when asked (a few
 * milliseconds for an ordinary plan). 50 open plans then cost their texts,
 * not 50 models (docs/performance.md has the measurement).
 */
export const KEPT_ANALYSES = 8;

export class Analyzer {
  /** Least recently used first. */
  private readonly cache = new Map<string, { analysis: Analysis; generation: number }>();

  constructor(private readonly environments: Environments) {}

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /**
   * The analysis of this exact document version. `generation` is bumped by
   * the server when configs, settings or reference files change, which
   * outdates every cached analysis.
   */
  analyze(uri: string, version: number, text: string, settings: Settings, generation: number, workspaceFolders: readonly string[]): Analysis {
    const hit = this.cache.get(uri);
    if (hit && hit.analysis.version === version && hit.generation === generation) {
      this.cache.delete(uri);
      this.cache.set(uri, hit);
      return hit.analysis;
    }
    const file = filePathOf(uri);
    const doc = parseDocument(text);
    const plan = this.environments.forPlan(file, settings, folderOf(file, workspaceFolders), doc);
    const findings = lintDocument(doc, plan.rules, plan.env);
    const municipal =
      plan.municipalFile && plan.municipalText !== undefined
        ? { uri: uriOf(plan.municipalFile), text: plan.municipalText, file: plan.municipalFile, source: plan.municipalSource }
        : undefined;
    const analysis: Analysis = {
      uri, version, text, index: new LineIndex(text), doc, findings, env: plan.env, rules: plan.rules, municipal, municipalUnreadable: plan.municipalUnreadable, plan, settings,
    };
    this.cache.delete(uri);
    this.cache.set(uri, { analysis, generation });
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= KEPT_ANALYSES) break;
      this.cache.delete(oldest);
    }
    return analysis;
  }
}

/** The innermost workspace folder holding `file`. */
export function folderOf(file: string | undefined, folders: readonly string[]): string | undefined {
  if (!file) return undefined;
  let best: string | undefined;
  for (const f of folders) {
    const prefix = f.endsWith(path.sep) ? f : f + path.sep;
    if ((file === f || file.startsWith(prefix)) && (!best || f.length > best.length)) best = f;
  }
  return best;
}
