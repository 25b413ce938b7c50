import semver from 'semver'
import i18nManager from '@adonisjs/i18n/services/main'
import { KIT_API_VERSION } from '../main.js'
import { KIT_LOCALES, localize, missingLocales } from '../translated.js'
import { ChannelRegistry, channelPluginProblems, requiredSettingKeys } from '#channels/registry'
import { SettingsMessagesProvider } from '#channels/settings_messages'
import type { ChannelPlugin } from '../types.js'
import type { ContractCheck } from './contract_types.js'

/** Every text an admin reads, with where it is, for the translation check. */
function translatableTexts(plugin: ChannelPlugin<any>): [string, unknown][] {
  const texts: [string, unknown][] = [['manifest.displayName', plugin.manifest.displayName]]
  for (const field of plugin.settingsForm) {
    texts.push([`settingsForm "${field.key}".label`, field.label])
    if (field.help !== undefined) texts.push([`settingsForm "${field.key}".help`, field.help])
    if (field.placeholder !== undefined) {
      texts.push([`settingsForm "${field.key}".placeholder`, field.placeholder])
    }
    for (const option of field.options ?? []) {
      texts.push([`settingsForm "${field.key}" option "${option.value}"`, option.label])
    }
  }
  for (const [rule, text] of Object.entries(plugin.messages ?? {})) {
    texts.push([`messages "${rule}"`, text])
  }
  return texts
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/**
 * A message keyed `"<field>.<rule>"` must name a settings field (a typo
 * would silently fall back to the app's wording), and every language must
 * use the same `{placeholders}`: a Swedish text without `{min}` hides the
 * number the Danish one gives.
 */
function messageProblems(plugin: ChannelPlugin<any>): string[] {
  const fields = new Set(plugin.settingsForm.map((field) => field.key))
  const problems: string[] = []
  for (const [key, text] of Object.entries(plugin.messages ?? {})) {
    const field = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : null
    if (field !== null && !fields.has(field)) {
      problems.push(`messages "${key}": no settings field "${field}"`)
    }
    if (typeof text === 'string' || missingLocales(text).length) continue
    const expected = JSON.stringify(placeholders(text.da))
    for (const locale of KIT_LOCALES) {
      if (JSON.stringify(placeholders(text[locale])) !== expected) {
        problems.push(`messages "${key}".${locale} has other placeholders than da (${expected})`)
      }
    }
  }
  return problems
}

/** The manifest, the settings form and the validator: no remote involved. */
export const formChecks: ContractCheck[] = [
  {
    title: 'manifest, settings form and capabilities follow the kit rules',
    run(assert, { id, plugin }) {
      assert.deepEqual(channelPluginProblems(id, plugin), [])
      assert.equal(plugin.manifest.id, id, 'manifest.id must equal the installed id')
    },
  },
  {
    title: 'version is semver and the kit API range accepts this app',
    run(assert, { plugin }) {
      assert.isNotNull(semver.valid(plugin.manifest.version), 'manifest.version')
      assert.isTrue(
        semver.satisfies(KIT_API_VERSION, plugin.manifest.kitApi),
        `kitApi ${plugin.manifest.kitApi} must accept kit API ${KIT_API_VERSION}`
      )
    },
  },
  {
    title: 'secrets are password fields of the settings form',
    run(assert, { plugin }) {
      const fields = new Map(plugin.settingsForm.map((field) => [field.key, field]))
      for (const secret of plugin.manifest.secrets) {
        assert.equal(fields.get(secret)?.type, 'password', `secret "${secret}"`)
      }
    },
  },
  {
    title: 'every text people read exists in Danish, Swedish and English',
    run(assert, { plugin }) {
      const missing = translatableTexts(plugin).flatMap(([where, text]) => {
        const gaps = missingLocales(text)
        return gaps.length ? [`${where} (${gaps.join(', ')})`] : []
      })
      assert.deepEqual(missing, [], 'translate these texts')
    },
  },
  {
    title: 'declared messages name real fields and keep their placeholders in da, sv and en',
    skip: ({ plugin }) => (Object.keys(plugin.messages ?? {}).length ? null : 'no messages'),
    run(assert, { plugin }) {
      assert.deepEqual(messageProblems(plugin), [], 'fix these messages')
    },
  },
  {
    title: 'every required setting has a field in the form',
    run(assert, { plugin }) {
      const keys = plugin.settingsForm.map((field) => field.key)
      for (const key of requiredSettingKeys(plugin.settings)) {
        assert.include(keys, key, `required setting "${key}" can only be saved from the form`)
      }
    },
  },
  {
    title: 'validation errors name the field by its label in each language',
    async run(assert, { plugin, scenarios }) {
      for (const locale of KIT_LOCALES) {
        const i18n = i18nManager.locale(locale)
        for (const { input, field } of scenarios.invalidSettings()) {
          const spec = plugin.settingsForm.find((candidate) => candidate.key === field)
          if (!spec) continue
          const [error] = await plugin.settings.tryValidate(input, {
            messagesProvider: new SettingsMessagesProvider(plugin, i18n),
          })
          const messages = (error as { messages?: { field: string; message: string }[] } | null)
            ?.messages
          const message = messages?.find((candidate) => candidate.field === field)?.message ?? ''
          assert.include(message, localize(spec.label, locale), `${locale}: "${message}"`)
        }
      }
    },
  },
  {
    title: 'the registry accepts the plugin',
    async run(assert, { id, plugin }) {
      const registry = new ChannelRegistry()
      await registry.register(id, plugin)
      assert.strictEqual(registry.get(id), plugin)
    },
  },
  {
    title: 'valid settings are accepted',
    async run(assert, { plugin, scenarios }) {
      const settings = await plugin.settings.validate(scenarios.validSettings())
      assert.isObject(settings)
      for (const secret of plugin.manifest.secrets) {
        assert.property(settings, secret, `secret "${secret}" survives validation`)
      }
    },
  },
  {
    title: 'settings stored by older versions upgrade to settings the validator accepts',
    skip: ({ plugin }) =>
      (plugin.settingsSchema?.version ?? 1) > 1 ? null : 'no settings schema above version 1',
    async run(assert, { plugin, scenarios }) {
      const legacy = scenarios.legacySettings?.() ?? []
      assert.isAbove(legacy.length, 0, 'give legacySettings() for each older settings schema')
      for (const { version, settings } of legacy) {
        assert.isBelow(version, plugin.settingsSchema!.version, 'a legacy version is older')
        const upgraded = await plugin.settingsSchema!.upgrade(structuredClone(settings), version)
        const [error] = await plugin.settings.tryValidate(upgraded)
        assert.isNull(error, `settings of version ${version} upgrade to valid settings`)
      }
    },
  },
  {
    title: 'invalid settings are refused, naming the field',
    async run(assert, { plugin, scenarios }) {
      const invalid = scenarios.invalidSettings()
      assert.isAbove(invalid.length, 0, 'give at least one invalid input')
      for (const { input, field } of invalid) {
        const [error] = await plugin.settings.tryValidate(input)
        assert.isNotNull(error, `settings with a bad "${field}" were accepted`)
        const messages = (error as { messages?: { field: string }[] }).messages
        assert.isArray(messages, `expected a validation error for "${field}", got ${String(error)}`)
        assert.include(
          messages!.map((message) => message.field),
          field,
          `the validation error must name "${field}"`
        )
      }
    },
  },
]
