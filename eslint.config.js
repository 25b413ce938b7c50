import tseslint from 'typescript-eslint'
import { configApp, RULES_LIST } from '@adonisjs/eslint-config'
import { vue } from '@adonisjs/eslint-config/vue'
import { pluginFenceRule } from './eslint/plugin_fence.js'

export default configApp(
  {
    name: 'Vejviser ignores',
    ignores: ['.tools/**', 'tmp/**', 'public/assets/**', '.adonisjs/**', 'database/data/**'],
  },
  ...vue,
  {
    // The preset targets a top-level inertia/; our pages live under resources/inertia/.
    name: 'Vejviser Vue pages',
    files: ['resources/inertia/**/*.{ts,vue}'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: {
      ...RULES_LIST,
      'vue/component-api-style': ['error', ['script-setup', 'composition']],
      'vue/component-name-in-template-casing': ['error', 'PascalCase'],
      'vue/define-props-declaration': ['error', 'type-based'],
      'vue/block-order': ['error', { order: ['script', 'template', 'style'] }],
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    // Channel plugins are written like a partner's: the kit and npm packages only (plugins/README.md).
    name: 'Vejviser channel plugins',
    files: ['plugins/**/*.ts'],
    plugins: { vejviser: { rules: { 'plugin-fence': pluginFenceRule } } },
    rules: { 'vejviser/plugin-fence': 'error' },
  }
)
