import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  tseslint.configs.recommended,
  eslintPluginAstro.configs.recommended,
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  // Where code runs, as the folders' READMEs say: src/lib and src/schemas anywhere, src/pipeline in Node at build time, src/browser in a page.
  {
    files: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'src/lib and src/schemas run anywhere, a page included: code that needs Node goes in src/pipeline/.' },
            {
              regex: '/(pipeline|browser|integrations)/|/model$',
              message: 'src/lib and src/schemas run anywhere: they depend on nothing in src/pipeline/, src/browser/, src/integrations/ or the model.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/lib and src/schemas run anywhere, a page included: settings are read in src/pipeline/site-config.ts.' },
      ],
    },
  },
  {
    files: ['src/browser/**/*.ts', 'src/components/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'A page cannot run Node code.' },
            {
              regex: '/(pipeline|integrations|schemas)/|/model$',
              allowTypeImports: true,
              message: 'A page cannot run build-time code (nor carry Zod): take what it needs from src/lib/ or from its component.',
            },
            {
              regex: '/i18n(/index|/fr|/en)?$',
              allowTypeImports: true,
              message: 'A page carries no dictionary: its component hands it the strings it needs (scriptStrings), read with src/i18n/translate.ts.',
            },
          ],
        },
      ],
    },
  },
);
