// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// typescript-eslint's type-checked rules on TypeScript files (they catch floating promises, unsafe
// `any` and needless assertions that `astro check` lets through); syntax rules elsewhere.
// Every override below carries a one-line reason.
export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test/fixtures/',
      // Generated or scratch output listed in .gitignore.
      '.cache/',
      'coverage/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    // CLIs, config files, tests and Astro frontmatter run on Node.
    files: ['**/*.{js,mjs,ts,astro}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Client-side enhancement scripts run in the browser only.
    files: ['src/scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
