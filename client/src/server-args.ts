// Node options the language server is started with (run and debug), shared
// with the benchmark so that it measures the server as the editor starts it.
// A small young generation (1 MB semi-spaces instead of up to 16 MB) for the
// connection thread, which only receives texts and sends results; the checks
// run in worker threads with their own limits (server/src/lsp/engine.ts).
// docs/performance.md has the measurements.
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=1'];
