// A one-line progress indicator on stderr, only for people watching a
// terminal: never in CI logs, never when stderr is not a TTY.
export interface ProgressSink {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export const PROGRESS_MIN_FILES = 10;

export function wantProgress(stderr: ProgressSink, env: Record<string, string | undefined>, files: number, machineOutputOnStdout: boolean): boolean {
  if (!stderr.isTTY || files < PROGRESS_MIN_FILES || machineOutputOnStdout) return false;
  if (env.CI || env.GITHUB_ACTIONS || env.GITLAB_CI || env.TF_BUILD || env.FSPLAN_NO_PROGRESS) return false;
  return env.TERM !== 'dumb';
}

export class Progress {
  private shown = false;
  constructor(
    private readonly out: ProgressSink,
    private readonly total: number,
  ) {}

  update(done: number, name: string): void {
    const width = Math.max(20, (this.out.columns ?? 80) - 20);
    const shortName = name.length > width ? '…' + name.slice(name.length - width + 1) : name;
    this.out.write(`\r\x1b[K正在检查 ${done}/${this.total}  ${shortName}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }
}
