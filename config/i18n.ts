import app from '@adonisjs/core/services/app'
import { defineConfig, formatters } from '@adonisjs/i18n'
import { LangLoader } from '#support/lang_loader'

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
  // Base catalogue plus one folder per feature: see app/support/message_catalogue.ts.
  loaders: [() => new LangLoader(app.languageFilesPath())],
})

export default i18nConfig
