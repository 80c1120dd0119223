// Lint rules, including the layer boundaries of ARCHITECTURE.md: a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noReactDexieDomElectron = [
  { group: ['react', 'react-*', 'react/*', '@radix-ui/*', 'dexie', 'dexie-*', 'zustand', 'zustand/*'], message: 'shared/ is pure TypeScript: no React, Dexie or UI state.' },
  { group: ['electron', 'node:*', 'fs', 'path', 'os', 'child_process'], message: 'shared/ runs in the renderer too: no Electron or Node modules.' },
  { group: ['**/renderer/**', '**/electron/**', '../renderer/*', '../electron/*'], message: 'shared/ imports nothing from renderer/ or electron/.' },
];

const NO_ELECTRON = { name: 'electron', message: 'The renderer never sees Electron: use renderer/platform.' };
const NO_DEXIE = [
  { name: 'dexie', message: 'Only renderer/db touches Dexie: use its hooks and repository functions.' },
  { name: 'dexie-react-hooks', message: 'Components read through the domain hooks of renderer/db, never useLiveQuery directly.' },
];
const NO_NODE = { group: ['node:*', '**/electron/**'], message: 'The renderer imports shared/ and its own layers only.' };
const NO_APP_SHELL = { group: ['**/app/*', '**/app/**'], message: 'A feature never imports the app shell.' };
const NO_OTHER_FEATURE = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/',
  message: "A feature never imports another feature's internals: move what two features share to renderer/ui or shared/.",
};
const NO_UPPER_LAYERS = { group: ['**/features/**', '**/app/**'], message: 'Lower layers never import features or the app shell.' };

/** One no-restricted-imports rule per layer: ESLint does not merge the rule across config blocks. */
function restrict(paths, patterns) {
  return ['error', { paths, patterns }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'server/node_modules/**', 'server-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Security code matches control characters on purpose (NUL bytes in paths and payloads).
      'no-control-regex': 'off',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'eval is forbidden (CSP and security).' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: noReactDexieDomElectron }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'process', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not use the React Compiler; TanStack Virtual is the virtual-list library we chose on purpose.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': restrict([NO_ELECTRON], [NO_NODE]),
    },
  },
  {
    files: ['renderer/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([NO_ELECTRON, ...NO_DEXIE], [NO_NODE]) },
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([NO_ELECTRON, ...NO_DEXIE], [NO_NODE, NO_APP_SHELL, NO_OTHER_FEATURE]) },
  },
  {
    files: ['renderer/ui/**/*.{ts,tsx}', 'renderer/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([NO_ELECTRON, ...NO_DEXIE], [NO_NODE, NO_UPPER_LAYERS]) },
  },
  {
    // The file reader of every import (renderer/import): libraries and workers, no Dexie, no UI layers.
    files: ['renderer/import/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([NO_ELECTRON, ...NO_DEXIE, { name: 'react', message: 'renderer/import reads files: no React (screens go in renderer/ui/import).' }], [NO_NODE, NO_UPPER_LAYERS, { group: ['**/db', '**/db/**', '**/state/**', '**/ui/**'], message: 'renderer/import reads files only: it imports shared/ and renderer/platform.' }]) },
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}', 'renderer/platform/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict([NO_ELECTRON], [NO_NODE, NO_UPPER_LAYERS]) },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'electron/ imports shared/ only (and Node/Electron).' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
