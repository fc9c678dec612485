// The .fsplanrc.json a disable-rule code action edits, found on the engine's
// side (engine-ops.ts) and passed to the language service as data: the
// connection thread loads neither the config loader nor the rules.
import * as path from 'node:path';
import { CONFIG_FILE } from '../core/engine/config-file';
import { findConfigFiles } from '../node/config-loader';
import { nodeHost } from '../node/host';
import type { ConfigTarget } from '../service';
import type { CodeActionArgs } from './engine-protocol';
import { filePathOf, uriOf } from './plans';

/**
 * The nearest .fsplanrc.json of the plan at `planUri` with its current text
 * (the open document's, else the file's), or the one to create next to the
 * plan when there is none and the client can create files.
 */
export function configTarget(planUri: string, createFiles: boolean, open: CodeActionArgs['open']): ConfigTarget | undefined {
  const planFile = filePathOf(planUri);
  if (!planFile) return undefined;
  const files = findConfigFiles(nodeHost, planFile);
  const nearest = files[files.length - 1];
  if (!nearest) return createFiles ? { kind: 'create', uri: uriOf(path.join(path.dirname(planFile), CONFIG_FILE)) } : undefined;
  const uri = uriOf(nearest);
  const doc = open[uri];
  if (doc) return { kind: 'edit', uri, text: doc.text, version: doc.version };
  try {
    return { kind: 'edit', uri, text: nodeHost.readText(nearest), version: null };
  } catch {
    return undefined;
  }
}
