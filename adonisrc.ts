import { indexPages } from '@adonisjs/inertia'
import { defineConfig } from '@adonisjs/core/app'

export default defineConfig({
  experimental: {},

  /**
   * Package commands; the app's own commands are scanned from ./commands.
   */
  commands: [
    () => import('@adonisjs/core/commands'),
    () => import('@adonisjs/lucid/commands'),
    () => import('@adonisjs/session/commands'),
    () => import('@adonisjs/inertia/commands'),
  ],

  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    {
      file: () => import('@adonisjs/core/providers/repl_provider'),
      environment: ['repl', 'test'],
    },
    () => import('@adonisjs/core/providers/vinejs_provider'),
    () => import('@adonisjs/core/providers/edge_provider'),
    () => import('@adonisjs/session/session_provider'),
    () => import('@adonisjs/vite/vite_provider'),
    () => import('@adonisjs/shield/shield_provider'),
    () => import('@adonisjs/static/static_provider'),
    () => import('@adonisjs/lucid/database_provider'),
    () => import('@adonisjs/inertia/inertia_provider'),
    () => import('@adonisjs/auth/auth_provider'),
    () => import('@adonisjs/bouncer/bouncer_provider'),
    () => import('@adonisjs/i18n/i18n_provider'),
    () => import('@adonisjs/redis/redis_provider'),
    () => import('@adonisjs/limiter/limiter_provider'),
    () => import('@adonisjs/drive/drive_provider'),
    () => import('@adonisjs/transmit/transmit_provider'),
    () => import('#providers/queue_provider'),
    () => import('#providers/channels_provider'),
    () => import('#providers/channel_manager_provider'),
    () => import('#providers/sandbox_provider'),
    () => import('#providers/search_provider'),
    () => import('#providers/public_cache_provider'),
  ],

  preloads: [
    () => import('#start/tenancy'),
    () => import('#start/routes'),
    () => import('#start/kernel'),
    () => import('#start/view'),
    () => import('#start/transmit'),
    () => import('#start/validation'),
    { file: () => import('#start/tenant_query_guard'), environment: ['test'] },
  ],

  tests: {
    suites: [
      {
        files: ['tests/unit/**/*.spec.{ts,js}'],
        name: 'unit',
        timeout: 5000,
      },
      {
        files: ['tests/functional/**/*.spec.{ts,js}'],
        name: 'functional',
        timeout: 30000,
      },
      {
        // Redis lost, MariaDB restarted, the same webhook many times (docs/adr/0025).
        files: ['tests/faults/**/*.spec.{ts,js}'],
        name: 'faults',
        timeout: 60000,
      },
      {
        files: ['tests/browser/**/*.spec.{ts,js}'],
        name: 'browser',
        timeout: 60000,
      },
    ],
    forceExit: false,
  },

  metaFiles: [
    { pattern: 'resources/views/**/*.edge', reloadServer: false },
    { pattern: 'resources/lang/**/*.{json,yaml,yml}', reloadServer: false },
    { pattern: 'public/**', reloadServer: false },
    { pattern: 'database/data/**', reloadServer: false },
  ],

  directories: {
    languageFiles: 'resources/lang',
  },

  hooks: {
    init: [indexPages({ framework: 'vue3', source: 'resources/inertia/pages' })],
    buildStarting: [() => import('@adonisjs/vite/build_hook')],
  },
})
