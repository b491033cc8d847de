import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { builtinModules } from 'node:module';

/** A relative import of one of these layers' folders (`../io/git.js`, `../../app/context.js`). */
const layer = (...names) => ({
  regex: `^(\\.{1,2}/)+([\\w.-]+/)*(${names.join('|')})/`,
  message: `this layer may not import from ${names.join(', ')} (ARCHITECTURE.md: layers)`,
});
const actions = {
  regex: '^@actions/',
  message: 'only the Action shell and io/github, io/services talk to the runner (@actions/*)',
};
/** Node's modules, by either name, except crypto (hashing is pure). */
const nodeModules = {
  regex: `^(node:(?!crypto$)|(${builtinModules
    .filter((m) => m !== 'crypto' && !m.startsWith('node:'))
    .map((m) => m.replace(/[/.]/g, '\\$&'))
    .join('|')})(/|$))`,
  message: 'core is pure: no Node module but crypto (pass data in from io instead)',
};

/**
 * A use case asks git through named io functions (`io/git-files.ts`, `io/registry/*`), never
 * by a command line of its own: `git.run([...])`, `ctx.git.out(...)`, any `.run([...])`.
 */
const noRawGit = [
  'error',
  {
    selector:
      "CallExpression[callee.property.name=/^(run|out|runSync)$/]:matches([callee.object.name='git'], [callee.object.property.name='git'], [arguments.0.type='ArrayExpression'])",
    message:
      'app calls no raw git: put the command behind a named function in src/io (io/git-files.ts)',
  },
];

const fence = (files, patterns, rules = {}) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }], ...rules },
});

export const fences = [
  // The pure core reads no process-wide state either.
  fence(['src/core/**/*.ts'], [layer('io', 'app', 'cli', 'action'), actions, nodeModules], {
    'no-restricted-globals': ['error', 'process'],
  }),
  fence(['src/io/**/*.ts'], [layer('app', 'cli', 'action')]),
  fence(['src/app/**/*.ts'], [layer('cli', 'action'), actions], {
    'no-restricted-syntax': noRawGit,
  }),
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'build/',
      'examples/**/node_modules/',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // The layer fences (ARCHITECTURE.md): core → io → app → cli/action, each importing only
  // downwards. test/arch/fences.test.ts shows each fence failing a wrong import.
  ...fences,
);
