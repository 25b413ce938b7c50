import app from '@adonisjs/core/services/app'
import { defineConfig, formatters, loaders } from '@adonisjs/i18n'

/**
 * Danish first; English and Swedish translations. The same JSON files are
 * imported by the Vue client (resources/inertia/i18n.ts), so server and
 * pages never disagree on a message.
 */
const i18nConfig = defineConfig({
  defaultLocale: 'da',
  supportedLocales: ['da', 'en', 'sv'],
  fallbackLocales: { en: 'da', sv: 'da' },
  formatter: formatters.icu(),
  loaders: [loaders.fs({ location: app.languageFilesPath() })],
})

export default i18nConfig
