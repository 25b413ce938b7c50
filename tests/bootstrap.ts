import { assert } from '@japa/assert'
import { apiClient } from '@japa/api-client'
import { browserClient } from '@japa/browser-client'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import type { Config } from '@japa/runner/types'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { inertiaApiClient } from '@adonisjs/inertia/plugins/api_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import env from '#start/env'
import { launchChromium } from '#tests/helpers/chromium'
import { buildSearchIndex, prepareTestDatabase } from '#tests/helpers/database'
import { startTestQueue } from '#tests/helpers/queue'

/**
 * Japa plugins. Browser tests drive Debian's Chromium (never a downloaded
 * browser) against the app's HTTP server started in this process.
 */
export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  authApiClient(app),
  inertiaApiClient(app),
  shieldApiClient(),
  browserClient({
    runInSuites: ['browser'],
    launcher: launchChromium,
    contextOptions: {
      baseURL: `http://${env.get('HOST')}:${env.get('PORT')}`,
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
    },
  }),
]

/**
 * Once per run: a migrated database with the kommuner and demo users, and
 * the queue's worker (bullmq) started in this process.
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [prepareTestDatabase, startTestQueue, buildSearchIndex],
  teardown: [],
}

/**
 * Functional and browser suites talk to a real HTTP server.
 */
export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional', 'faults'].includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}
