import tseslint from 'typescript-eslint';

// Architecture boundaries (see README "Architecture"): lower layers never import upper ones.
const forbid = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '**/cdktf.out/**', '**/.gen/**', 'coverage/**', 'examples/**/node_modules/**'] },
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
      'no-restricted-imports': forbid(
        ['**/provider/**', '**/client/**', '**/emulator/**', '**/constructs/**', '**/cli/**', '**/protocol/wire/**', '**/protocol/grpc/**', 'axios'],
        'src/framework is a generic plugin framework: it uses the protocol contract (tfprotov6, tftypes) only, never Zendesk code or wire internals.',
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
