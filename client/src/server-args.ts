// Node options the language server is started with (run and debug), shared
// with the benchmark so that it measures the server as the editor starts it.
// A small young generation (1 MB semi-spaces instead of up to 16 MB) for the
// connection thread, which only receives texts and passes on results as the
// engine serialised them; the checks run in the engine (a worker thread, and a
// child process for big plans) with its own limits (server/src/lsp/engine.ts).
// docs/performance.md has the measurements.
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=1'];
