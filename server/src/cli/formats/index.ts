// The output formats of `fsplan check`: the one list the option parser, the
// help text and the check command read. Add a format here (and in docs/cli.md).
import { openGithub } from './github';
import { openJson } from './json';
import { openJunit } from './junit';
import { openSarif } from './sarif';
import type { OpenFormat } from './stream';
import { openStylish } from './stylish';

export interface OutputFormat {
  /** Starts the output of one run: files are written as they are checked (formats/stream.ts). */
  open: OpenFormat;
  /** Read by programs (JSON, SARIF): nothing else may be written to the same stream, not even progress on a terminal. */
  machine: boolean;
}

export const FORMATS = {
  stylish: { open: openStylish, machine: false },
  json: { open: openJson, machine: true },
  sarif: { open: openSarif, machine: true },
  github: { open: openGithub, machine: false },
  junit: { open: openJunit, machine: false },
} as const satisfies Record<string, OutputFormat>;

export type Format = keyof typeof FORMATS;

/** The format names, the default first. */
export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}
