// The layers of fsplan and the directions imports may take between them.
// Written down once, here; ARCHITECTURE.md shows the same table (a test
// checks they agree) and test/architecture/layers.test.ts makes `npm test`
// fail on a cycle, a layer violation or a Node/vscode import in a pure layer.
// Regenerate the picture in docs/layers.mmd: npm run gen:layers

/**
 * Each room (a folder under server/src, or client/src) and the rooms it may
 * import: core/model <- core/analysis <- core/engine <- core/drafting <- rules
 * <- report <- service <- {node, cli, lsp} (the service shows the report's
 * comparison page); input (plan-file readers) sits on the core for node, cli
 * and the browser page (web), and docx (the Word writer: review copies, new
 * documents, the layout of a .docx) on input; the command protocol is shared
 * by the service, the language server and the VS Code client, which imports
 * nothing else of the server.
 */
const CORE = ['core/model', 'core/analysis', 'core/engine', 'core/drafting'];
const LAYERS = {
  'core/model': ['data'],
  'core/analysis': ['core/model', 'data'],
  'core/engine': ['core/model', 'core/analysis'],
  'core/drafting': ['core/model', 'core/analysis', 'core/engine'],
  rules: [...CORE],
  input: [...CORE],
  docx: [...CORE, 'input'],
  protocol: [...CORE],
  report: [...CORE, 'rules'],
  service: [...CORE, 'rules', 'report', 'protocol'],
  node: [...CORE, 'rules', 'input', 'docx'],
  cli: [...CORE, 'rules', 'report', 'input', 'docx', 'node'],
  lsp: [...CORE, 'rules', 'service', 'protocol', 'node'],
  client: ['protocol'],
  web: [...CORE, 'rules', 'report', 'input', 'docx'],
  data: [],
};

/** Rooms that run anywhere (a browser, a worker): no Node built-ins, no vscode, no LSP connection. */
const PURE = ['core/model', 'core/analysis', 'core/engine', 'core/drafting', 'rules', 'input', 'docx', 'protocol', 'report', 'service'];

/** npm packages a pure room may import. */
const PURE_PACKAGES = ['zod', 'vscode-languageserver-types', 'jsonc-parser'];

/** More npm packages (pure JavaScript, no Node built-in) that one pure room may import. */
const ROOM_PACKAGES = { docx: ['@xmldom/xmldom', 'fflate'] };

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const roomPath = (room) => (room === 'client' ? '^client/src/' : `^server/src/${esc(room)}/`);
const anyOf = (rooms) => `(${rooms.map(roomPath).join('|')})`;

const layerRules = Object.entries(LAYERS).map(([room, allowed]) => ({
  name: `layer-${room.replace('/', '-')}`,
  comment: `${room} may import only: ${allowed.join(', ') || '(nothing outside itself)'}`,
  severity: 'error',
  from: { path: roomPath(room) },
  to: { path: '^(server|client)/src/', pathNot: anyOf([room, ...allowed]) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-cycles',
      comment: 'No import cycles between modules.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-no-node',
      comment: 'The pure rooms import no Node built-in module.',
      severity: 'error',
      from: { path: anyOf(PURE) },
      to: { dependencyTypes: ['core'] },
    },
    ...PURE.map((room) => {
      const allowed = [...PURE_PACKAGES, ...(ROOM_PACKAGES[room] ?? [])];
      return {
        name: 'pure-packages',
        comment: `The pure room ${room} imports no npm package but ${allowed.join(', ')}.`,
        severity: 'error',
        from: { path: roomPath(room) },
        to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'], pathNot: `node_modules/(${allowed.map(esc).join('|')})/` },
      };
    }),
    {
      name: 'protocol-types-only',
      comment: 'The shared command protocol uses the core only for types (the client bundle gets no core code).',
      severity: 'error',
      from: { path: roomPath('protocol') },
      to: { path: '^server/src/core/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (vscode and sarif are type packages: @types/vscode, @types/sarif; fsplan:rule-docs is made by scripts/build.mjs).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(vscode|sarif|fsplan:rule-docs)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    reporterOptions: {
      mermaid: { minify: false },
    },
  },
};

// for the architecture test (not part of dependency-cruiser's schema, hence not enumerable)
Object.defineProperty(module.exports, 'layers', { value: { LAYERS, PURE, PURE_PACKAGES, ROOM_PACKAGES }, enumerable: false });
