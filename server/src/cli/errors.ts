// Expected failures: printed as one Chinese line, exit code 2, never a stack.
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
