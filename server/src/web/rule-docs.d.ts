// The rule doc pages (docs/rules/<category>/<name>.md), embedded at build
// time by scripts/build.mjs: rule id → Markdown text.
declare module 'fsplan:rule-docs' {
  const docs: Record<string, string>;
  export default docs;
}
