// Expected failures: printed as one Chinese line, exit code 2, never a stack.
import { ConfigError } from '../core/engine/config';
import { MunicipalError } from '../node/municipal';
import { BaselineError } from './baseline';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The errors a command reports as one line and exit code 2 (anything else is an internal error). */
export function isExpectedError(e: unknown): e is Error {
  return e instanceof UsageError || e instanceof ConfigError || e instanceof BaselineError || e instanceof MunicipalError;
}
