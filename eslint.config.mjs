import tseslint from 'typescript-eslint';

// Architecture boundaries (see docs/design/architecture.md#layers): lower layers never import upper ones.
const forbid = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

/**
 * What src/framework may import from src/protocol: the tfplugin6 contract (types), terraform's type system and
 * values, the logger, and serve() for serveProvider. Never the wire, gRPC, plugin or TLS internals.
 */
const FRAMEWORK_MAY_IMPORT_FROM_PROTOCOL = [
  'tfprotov6/types',
  'tftypes/type',
  'tftypes/value',
  'tftypes/dynamic-value',
  'tftypes/exact-json',
  'log',
  'serve',
];

export default tseslint.config(
  { ignores: ['dist/**', '.dist-*/**', 'node_modules/**', '**/cdktf.out/**', '**/.gen/**', 'coverage/**', 'examples/**/node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    // Plain CommonJS scripts (the bench probe is loaded with `node -r`).
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/framework/**', '**/provider/**', '**/client/**', '**/emulator/**', '**/constructs/**', '**/cli/**', 'axios'],
        'src/protocol knows only the plugin protocol: nothing of the framework, Zendesk or HTTP clients.',
      ),
    },
  },
  {
    files: ['src/framework/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/provider/**', '**/client/**', '**/emulator/**', '**/constructs/**', '**/cli/**', '**/codegen/**', 'axios'],
              message: 'src/framework is a generic plugin framework: it knows nothing of Zendesk.',
            },
            {
              // An allow-list: any module under src/protocol but these.
              regex: `(^|/)protocol/(?!(${FRAMEWORK_MAY_IMPORT_FROM_PROTOCOL.join('|')})$)`,
              message: `src/framework uses only the protocol's contract: ${FRAMEWORK_MAY_IMPORT_FROM_PROTOCOL.join(', ')}.`,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/provider/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/protocol/**', '**/emulator/**', '**/constructs/**', '**/cli/**', '**/codegen/**'],
        'src/provider depends on the framework (which re-exports the values and types resources need) and the client only.',
      ),
    },
  },
  {
    files: ['src/client/**/*.ts', 'src/emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/protocol/**', '**/framework/**', '**/provider/**', '**/constructs/**', '**/cli/**'],
        'The admin API client and the emulator know nothing of Terraform.',
      ),
    },
  },
);
