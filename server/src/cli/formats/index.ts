// The output formats of `fsplan check`: the one list the option parser, the
// help text and the check command read. Add a format here (and in docs/cli.md).
import { openGithub, renderGithub } from './github';
import { openJson, renderJson } from './json';
import { openJunit, renderJunit } from './junit';
import { openSarif, renderSarif } from './sarif';
import type { OpenFormat, RenderFile } from './stream';
import { openStylish, renderStylish } from './stylish';

export interface OutputFormat {
  /** Starts the output of one run: files are written as they are checked (formats/stream.ts). */
  open: OpenFormat;
  /** One file's output and counts, made where the file was checked (a worker thread for many files). */
  render: RenderFile;
  /** Read by programs (JSON, SARIF): nothing else may be written to the same stream, not even progress on a terminal. */
  machine: boolean;
}

export const FORMATS = {
  stylish: { open: openStylish, render: renderStylish, machine: false },
  json: { open: openJson, render: renderJson, machine: true },
  sarif: { open: openSarif, render: renderSarif, machine: true },
  github: { open: openGithub, render: renderGithub, machine: false },
  junit: { open: openJunit, render: renderJunit, machine: false },
} as const satisfies Record<string, OutputFormat>;

export type Format = keyof typeof FORMATS;

/** The format names, the default first. */
export const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}
