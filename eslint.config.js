import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

// The layers of src/, bottom first (docs/architecture.md). Domain code may import the layers before
// its own, never one after it; folders in one entry are peers. Every `*.schema.ts` is the GraphQL
// layer on top of all domain code, wherever it sits.
const LAYERS = [
  ['storage'],
  ['events'],
  ['auth'],
  ['tags'],
  ['conversation-log'],
  // The workspace's ordered event log and its stream; webhooks fan out from it and deliver it.
  ['workspace-events'],
  ['webhooks'],
  // Buttons, cards and forms in a message, and the visitor's typed answers to them.
  ['rich-messages'],
  // Hook points the services and use cases above call in one line each (routing, bot, messages, conversations).
  ['plugins'],
  ['agents'],
  ['visitors'],
  ['canned-replies'],
  ['typing'],
  ['read-receipts'],
  ['csat'],
  // Read-only figures over the log and CSAT rows (issue 17).
  ['reports'],
  ['attachments'],
  ['presence'],
  // Outgoing email (SMTP queue) and the notices routing and the use cases send with it.
  ['email'],
  ['routing/assignment'],
  ['routing/queue'],
  ['routing'],
  // Which bot answers a conversation: an external agent bot, else the built-in bot below it calls this.
  ['agent-bots'],
  // Peers until issue 11 settles the bot: saving an entry re-links the bot, and the bot reads entries.
  ['knowledge', 'bot'],
  ['messages'],
  ['conversations'],
  ['tickets'],
  ['departments'],
  ['workspaces'],
];

const domainElements = LAYERS.flat()
  .sort((a, b) => b.length - a.length) // routing/queue before routing: the first match wins
  .map((folder) => ({ type: folder, pattern: `src/${folder}`, partialMatch: false }));
const upwardMessage = '{{from.type}} may not import {{dependency.source}} ({{to.type}}): layers only point down, in the order of LAYERS in eslint.config.js (docs/architecture.md).';
const anyElement = (type) => ({ element: { type } });

export default tseslint.config(
  { ignores: ['node_modules/', '**/node_modules/', 'dist/', 'src/storage/generated/', 'client/src/generated/', 'client/dist/', 'examples/*/dist/', 'data/', 'bench/results/', 'scratch*'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-syntax': ['error', { selector: 'CatchClause[body.body.length=0]', message: 'Do not swallow errors silently: handle, log or rethrow them.' }],
    },
  },
  {
    files: ['src/cli/**', 'scripts/**', 'bench/**', '**/*.test.ts', 'src/testing/**', 'bin/**', 'examples/*/src/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/testing/**', 'src/e2e/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        // Entry points run the whole app: the CLI, and the bot's eval harness (like bench/).
        { type: 'entry', pattern: 'src/{cli,bot/eval}', partialMatch: false },
        { type: 'server', pattern: 'src/transport', partialMatch: false },
        { type: 'graphql', pattern: 'src/graphql', partialMatch: false },
        { type: 'foundation', pattern: 'src/tracing', partialMatch: false },
        ...domainElements,
        // What is left: the files at the top of src/ (config, errors, log, deps, app, main, …).
        { type: 'foundation', pattern: 'src', partialMatch: false },
      ],
      'boundaries/files': [
        { category: 'entry', pattern: 'src/{main,app}.ts' },
        { category: 'entry', pattern: 'src/bot/eval/run-*-eval.ts' },
        { category: 'server', pattern: 'src/graphql/{schema,create-yoga}.ts' },
        { category: 'deps', pattern: 'src/deps.ts' },
        { category: 'schema', pattern: 'src/**/*.schema.ts' },
      ],
    },
    rules: {
      // Policies are read in order and the last one that matches decides.
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: upwardMessage,
          policies: [
            { from: anyElement('foundation'), allow: { to: anyElement('foundation') } },
            { from: anyElement('graphql'), allow: { to: anyElement(['graphql', 'foundation', 'storage', 'auth']) } },
            ...LAYERS.map((peers, rank) => ({ from: anyElement(peers), allow: { to: anyElement(['foundation', ...LAYERS.slice(0, rank + 1).flat()]) } })),
            // Every *.schema.ts is the GraphQL layer: above all domain code, below the server.
            { from: { file: { categories: 'schema' } }, allow: { to: anyElement(['graphql', 'foundation', ...LAYERS.flat()]) } },
            // The Deps contract names the types of what app.ts builds.
            { from: { file: { categories: 'deps' } }, allow: { to: anyElement('**') }, dependency: { kind: 'type' } },
            // Only entry points import app.ts, main.ts or cli/; only they and the server import the server.
            { from: anyElement('**'), disallow: { to: [anyElement(['entry', 'server']), { file: { categories: ['entry', 'server'] } }] } },
            { from: [anyElement('server'), { file: { categories: 'server' } }], allow: { to: [anyElement(['server', 'graphql', 'foundation', ...LAYERS.flat()])] } },
            { from: [anyElement('server'), { file: { categories: 'server' } }], disallow: { to: [anyElement('entry'), { file: { categories: 'entry' } }] } },
            { from: [anyElement('entry'), { file: { categories: 'entry' } }], allow: { to: anyElement('**') } },
          ],
        },
      ],
    },
  },
);
