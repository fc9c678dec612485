// The output formats of `fsplan check`: the one list the option parser, the
// help text and the check command read. Add a format here (and in docs/cli.md).
import type { FileResult, FormatContext } from '../result';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export interface OutputFormat {
  format(results: readonly FileResult[], ctx: FormatContext): string;
  /** Read by programs (JSON, SARIF): nothing else may be written to the same stream, not even progress on a terminal. */
  machine: boolean;
}

export const FORMATS = {
  stylish: { format: formatStylish, machine: false },
  json: { format: (r) => formatJson(r), machine: true },
  sarif: { format: formatSarif, machine: true },
  github: { format: formatGithub, machine: false },
  junit: { format: formatJunit, machine: false },
} as const satisfies Record<string, OutputFormat>;

export type Format = keyof typeof FORMATS;

/** The format names, the default first. */
export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}
