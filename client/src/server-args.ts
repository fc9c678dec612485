// Node options the language server is started with (run and debug), shared
// with the benchmark so that it measures the server as the editor starts it.
// A small young generation (1 MB semi-spaces instead of up to 16 MB) keeps the
// resident size of a server with many plans open low; the checks themselves
// run in worker threads with their own limits (server/src/lsp/engine.ts).
// docs/performance.md has the measurements.
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=1'];
