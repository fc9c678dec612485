// The feature requests the engine answers: the language service's function
// for each, called on the plan's Analysis. The only I/O here is finding the
// .fsplanrc.json a disable-rule action edits (config-target.ts), done before
// the pure service runs.
import * as service from '../service';
import { configTarget } from './config-target';
import type { Analysis } from './analysis';
import type { CodeActionArgs, Op, PositionArgs } from './engine-protocol';

const at = (args: unknown) => (args as PositionArgs).position;

export const OPS: Record<Op, (a: Analysis, args: unknown) => unknown> = {
  diagnostics: (a) => service.diagnostics(a),
  hover: (a, args) => service.hoverAt(a, at(args)),
  completion: (a, args) => service.completionsAt(a, at(args)),
  symbols: (a) => service.documentSymbols(a),
  folding: (a) => service.foldingRanges(a),
  definition: (a, args) => service.definitionAt(a, at(args)),
  codeActions: (a, args) => {
    const { params, createFiles, open } = args as CodeActionArgs;
    // the config file is looked for only when a finding is in range (code actions are asked for at every cursor move)
    const config = service.findingsIn(a, params.range).length ? configTarget(a.uri, createFiles, open) : undefined;
    return service.codeActions(a, params, { config });
  },
  renumber: (a) => service.renumber(a),
  compare: (a) => service.compare(a),
  draft: (a, args) => service.draftCommand(a, args),
  rollover: (a, args) => service.rolloverCommand(a, args),
};
