// Pure helpers for failed server commands: what to tell the user. No vscode
// import, so they are unit-tested directly.

export interface CommandFailure {
  /** The server's own message (Chinese), without the client library's English wrapper. */
  message: string;
  /** `data.reason` of the server's error, when it gave one (e.g. municipalPlanMissing). */
  reason?: string;
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * Reads a rejected workspace/executeCommand request. The server's ResponseError
 * messages are Chinese; anything else (a connection that closed, an internal
 * failure) becomes one Chinese sentence pointing to the log.
 */
export function readCommandFailure(error: unknown, title: string): CommandFailure {
  const e = (error && typeof error === 'object' ? error : {}) as { message?: unknown; data?: unknown };
  const data = e.data && typeof e.data === 'object' ? (e.data as { reason?: unknown }) : undefined;
  const reason = typeof data?.reason === 'string' ? data.reason : undefined;
  const raw = typeof e.message === 'string' ? e.message.trim() : '';
  if (raw && CJK.test(raw) && !raw.startsWith('fsplan 内部错误')) return { message: raw, reason };
  return { message: `“${title}”没有完成：语言服务器出错，详见“输出”面板中的 fsplan 日志。`, reason };
}
