/**
 * The contract every channel plugin proves, exported like bentocache's
 * driver suite: a plugin's spec calls `registerChannelPluginContract` with
 * Japa's `test`, the plugin, and scenarios that control a fake remote side
 * (a local HTTP or SMTP server). See plugins/README.md.
 */
import semver from 'semver'
import type { test as japaTest } from '@japa/runner'
import type { Assert } from '@japa/assert'
import i18nManager from '@adonisjs/i18n/services/main'
import {
  ChannelSendError,
  KIT_API_VERSION,
  KIT_LOCALES,
  localize,
  missingLocales,
} from '#channel_kit'
import type {
  ChannelDriver,
  ChannelPlugin,
  InboundEvent,
  OutboundMessage,
  RawInbound,
} from '#channel_kit'
import { createChannelContext, REDACTED } from '#channels/channel_context'
import { ChannelRegistry, channelPluginProblems, requiredSettingKeys } from '#channels/registry'
import { SettingsMessagesProvider } from '#channels/settings_messages'
import { CapturingLogger } from '#tests/channel_kit/helpers'

/**
 * How the remote answers: `permanent_failure` is what a provider says when
 * trying again cannot help (HTTP 4xx, SMTP 5xx); `temporary_failure` when it
 * can (HTTP 5xx, SMTP 4xx).
 */
export type RemoteOutcome = 'success' | 'permanent_failure' | 'temporary_failure'

/** One message as the remote received it, normalised by the scenario. */
export type ReceivedMessage = { to: string; text: string; subject?: string | null; raw?: unknown }

export type ChannelContractScenarios = {
  /**
   * Settings input the validator accepts, pointing the plugin at the fake
   * remote. Called after `remote.start()`, so it may read the remote's port.
   */
  validSettings(): Record<string, unknown>
  /** Inputs the validator must refuse, each with the field it must blame. */
  invalidSettings(): { input: Record<string, unknown>; field: string }[]
  /** A message this channel can deliver (a valid recipient for it). */
  message(): OutboundMessage
  remote: {
    start(): Promise<void>
    stop(): Promise<void>
    /** How the remote answers from now on (send and verify alike). */
    respondWith(outcome: RemoteOutcome): void
    /** What the remote accepted since the last reset. */
    received(): ReceivedMessage[] | Promise<ReceivedMessage[]>
    /** Forget received messages and answer `success` again. */
    reset(): void
  }
  /** Fetch handed to the driver; globalThis.fetch by default. */
  fetch?: typeof globalThis.fetch
  /**
   * Required when the manifest declares `inboundWebhook`. Receives the
   * validated settings, to sign with the connection's secret.
   */
  webhooks?: {
    valid(settings: any): RawInbound[] | Promise<RawInbound[]>
    tampered(settings: any): RawInbound[] | Promise<RawInbound[]>
  }
}

export type ChannelPluginContractOptions = {
  test: typeof japaTest
  plugin: ChannelPlugin<any>
  scenarios: ChannelContractScenarios
  /** The plugin's folder name; the manifest id must equal it. Defaults to manifest.id. */
  id?: string
}

const KOMMUNE = { code: '340', name: 'Sorø' }
const EVENT_TYPES = ['message', 'delivery_status']

async function expectSendError(
  assert: Assert,
  promise: Promise<unknown>
): Promise<ChannelSendError> {
  try {
    await promise
  } catch (error) {
    assert.instanceOf(error, ChannelSendError, `expected a ChannelSendError, got ${String(error)}`)
    return error as ChannelSendError
  }
  return assert.fail('expected the driver to throw a ChannelSendError')
}

function assertEventShape(assert: Assert, event: InboundEvent) {
  assert.include(EVENT_TYPES, event.type, `unknown event type ${event.type}`)
  assert.isString(event.eventId)
  assert.isAbove(event.eventId.length, 0, 'eventId must not be empty')
  if (event.type === 'message') {
    assert.isString(event.from)
    assert.isString(event.text)
    assert.instanceOf(event.receivedAt, Date)
    assert.isFalse(Number.isNaN(event.receivedAt.getTime()), 'receivedAt is an invalid date')
  } else {
    assert.isString(event.externalId)
    assert.include(['delivered', 'failed'], event.status)
    assert.instanceOf(event.at, Date)
    assert.isFalse(Number.isNaN(event.at.getTime()), 'at is an invalid date')
  }
}

export function registerChannelPluginContract(options: ChannelPluginContractOptions) {
  const { test, plugin, scenarios } = options
  const id = options.id ?? plugin.manifest.id
  const capabilities = plugin.manifest.capabilities
  const hasOutbound = capabilities.outbound

  /** A driver for a fresh connection, closed when the test ends. */
  async function openDriver(cleanup: (handler: () => Promise<void>) => void) {
    const logger = new CapturingLogger()
    const settings = await plugin.settings.validate(scenarios.validSettings())
    const context = createChannelContext({
      plugin,
      kommune: KOMMUNE,
      connectionId: 'contract-connection',
      settings,
      logger,
      fetch: scenarios.fetch,
      webhookUrl: `http://127.0.0.1/webhooks/channels/contract-connection`,
    })
    const driver: ChannelDriver = await plugin.createDriver(context)
    cleanup(async () => {
      await driver.close?.()
    })
    return { driver, settings, logger, context }
  }

  function secretValues(settings: Record<string, unknown>) {
    return plugin.manifest.secrets
      .map((key) => settings[key])
      .filter((value) => value !== null && value !== undefined && value !== '')
      .map(String)
  }

  test.group(`Channel plugin contract: ${id}`, (group) => {
    group.setup(async () => {
      await scenarios.remote.start()
      return () => scenarios.remote.stop()
    })
    group.each.setup(() => scenarios.remote.reset())

    test('manifest, settings form and capabilities follow the kit rules', ({ assert }) => {
      assert.deepEqual(channelPluginProblems(id, plugin), [])
      assert.equal(plugin.manifest.id, id, 'manifest.id must equal the folder name')
    })

    test('version is semver and the kit API range accepts this app', ({ assert }) => {
      assert.isNotNull(semver.valid(plugin.manifest.version), 'manifest.version')
      assert.isTrue(
        semver.satisfies(KIT_API_VERSION, plugin.manifest.kitApi),
        `kitApi ${plugin.manifest.kitApi} must accept kit API ${KIT_API_VERSION}`
      )
    })

    test('secrets are password fields of the settings form', ({ assert }) => {
      const fields = new Map(plugin.settingsForm.map((field) => [field.key, field]))
      for (const secret of plugin.manifest.secrets) {
        assert.equal(fields.get(secret)?.type, 'password', `secret "${secret}"`)
      }
    })

    test('every text people read exists in Danish, Swedish and English', ({ assert }) => {
      const missing: string[] = []
      const check = (where: string, text: unknown) => {
        const gaps = missingLocales(text)
        if (gaps.length) missing.push(`${where} (${gaps.join(', ')})`)
      }
      check('manifest.displayName', plugin.manifest.displayName)
      for (const field of plugin.settingsForm) {
        check(`settingsForm "${field.key}".label`, field.label)
        if (field.help !== undefined) check(`settingsForm "${field.key}".help`, field.help)
        if (field.placeholder !== undefined) {
          check(`settingsForm "${field.key}".placeholder`, field.placeholder)
        }
        for (const option of field.options ?? []) {
          check(`settingsForm "${field.key}" option "${option.value}"`, option.label)
        }
      }
      for (const [rule, text] of Object.entries(plugin.messages ?? {})) {
        check(`messages "${rule}"`, text)
      }
      assert.deepEqual(missing, [], 'translate these texts')
    })

    test('every required setting has a field in the form', ({ assert }) => {
      const keys = plugin.settingsForm.map((field) => field.key)
      for (const key of requiredSettingKeys(plugin.settings)) {
        assert.include(keys, key, `required setting "${key}" can only be saved from the form`)
      }
    })

    test('validation errors name the field by its label in each language', async ({ assert }) => {
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
    })

    test('the registry accepts the plugin', async ({ assert }) => {
      const registry = new ChannelRegistry()
      await registry.register(id, plugin)
      assert.strictEqual(registry.get(id), plugin)
    })

    test('valid settings are accepted', async ({ assert }) => {
      const settings = await plugin.settings.validate(scenarios.validSettings())
      assert.isObject(settings)
      for (const secret of plugin.manifest.secrets) {
        assert.property(settings, secret, `secret "${secret}" survives validation`)
      }
    })

    test('invalid settings are refused, naming the field', async ({ assert }) => {
      const invalid = scenarios.invalidSettings()
      assert.isAbove(invalid.length, 0, 'give at least one invalid input')
      for (const { input, field } of invalid) {
        try {
          await plugin.settings.validate(input)
          assert.fail(`settings with a bad "${field}" were accepted`)
        } catch (error) {
          const messages = (error as { messages?: { field: string }[] }).messages
          assert.isArray(
            messages,
            `expected a validation error for "${field}", got ${String(error)}`
          )
          assert.include(
            messages!.map((message) => message.field),
            field,
            `the validation error must name "${field}"`
          )
        }
      }
    })

    test('send succeeds and returns the provider id', async ({ assert, cleanup }) => {
      const { driver } = await openDriver(cleanup)
      const message = scenarios.message()
      const result = await driver.send(message)
      assert.isString(result.externalId)
      assert.isAbove(result.externalId.length, 0, 'externalId must not be empty')
      const received = await scenarios.remote.received()
      assert.lengthOf(received, 1, 'the remote received exactly one message')
      assert.include(received[0].text, message.text.trim())
    }).skip(!hasOutbound, 'no outbound capability')

    test('a permanent refusal (HTTP 4xx) is a ChannelSendError that is not retryable', async ({
      assert,
      cleanup,
    }) => {
      const { driver } = await openDriver(cleanup)
      scenarios.remote.respondWith('permanent_failure')
      const error = await expectSendError(assert, driver.send(scenarios.message()))
      assert.isFalse(error.retryable)
    }).skip(!hasOutbound, 'no outbound capability')

    test('a temporary failure (HTTP 5xx) is a ChannelSendError that is retryable', async ({
      assert,
      cleanup,
    }) => {
      const { driver } = await openDriver(cleanup)
      scenarios.remote.respondWith('temporary_failure')
      const error = await expectSendError(assert, driver.send(scenarios.message()))
      assert.isTrue(error.retryable)
    }).skip(!hasOutbound, 'no outbound capability')

    test('a body longer than maxBodyLength is refused before it reaches the remote', async ({
      assert,
      cleanup,
    }) => {
      const max = capabilities.maxBodyLength!
      const { driver } = await openDriver(cleanup)
      const error = await expectSendError(
        assert,
        driver.send({ ...scenarios.message(), text: 'a'.repeat(max + 1) })
      )
      assert.isFalse(error.retryable, 'a too long body never gets shorter by retrying')
      assert.lengthOf(await scenarios.remote.received(), 0)
    }).skip(!hasOutbound || capabilities.maxBodyLength === null, 'no maxBodyLength declared')

    test('a body of exactly maxBodyLength is delivered whole', async ({ assert, cleanup }) => {
      const max = capabilities.maxBodyLength!
      const { driver } = await openDriver(cleanup)
      const text = 'a'.repeat(max)
      await driver.send({ ...scenarios.message(), text })
      const received = await scenarios.remote.received()
      assert.lengthOf(received, 1)
      assert.include(received[0].text, text)
    }).skip(!hasOutbound || capabilities.maxBodyLength === null, 'no maxBodyLength declared')

    test('verify(), when offered, passes against a working remote and refuses a rejecting one', async ({
      assert,
      cleanup,
    }) => {
      const { driver } = await openDriver(cleanup)
      /** verify() is optional: the admin UI then has no "test connection" button. */
      if (!driver.verify) return assert.isUndefined(driver.verify)
      await driver.verify()
      scenarios.remote.respondWith('permanent_failure')
      const error = await expectSendError(assert, driver.verify())
      assert.isFalse(error.retryable)
    })

    test('secrets never reach the logger or error messages', async ({ assert, cleanup }) => {
      const { driver, settings, logger, context } = await openDriver(cleanup)
      const secrets = secretValues(settings)
      const errors: string[] = []
      const attempt = async (work: () => Promise<unknown>) => {
        try {
          await work()
        } catch (error) {
          errors.push(String(error), (error as Error).stack ?? '')
        }
      }
      for (const outcome of ['success', 'permanent_failure', 'temporary_failure'] as const) {
        scenarios.remote.respondWith(outcome)
        if (hasOutbound) await attempt(() => driver.send(scenarios.message()))
        if (driver.verify) await attempt(() => driver.verify!())
      }
      if (driver.inbound && scenarios.webhooks) {
        const raws = [
          ...(await scenarios.webhooks.valid(settings)),
          ...(await scenarios.webhooks.tampered(settings)),
        ]
        for (const raw of raws) {
          await attempt(async () => driver.inbound!.verifySignature(raw))
          await attempt(async () => driver.inbound!.parse(raw))
        }
      }
      /** The context's own redaction, as a plugin logging carelessly would use it. */
      for (const secret of secrets) {
        context.logger.error(`careless ${secret}`, {
          detail: `x${secret}x`,
          nested: { deep: secret },
        })
      }
      for (const key of plugin.manifest.secrets) {
        context.logger.warn('careless key', { [key]: 'visible only as a key' })
      }
      const logged = logger.text()
      for (const secret of secrets) {
        assert.notInclude(logged, secret, 'a secret value reached the logger')
        for (const message of errors) {
          assert.notInclude(message, secret, 'a secret value is in an error message')
        }
      }
      assert.notInclude(logged, 'visible only as a key')
      assert.include(logged, REDACTED)
    })

    test('inbound webhooks are offered exactly when the manifest says so', async ({
      assert,
      cleanup,
    }) => {
      const { driver } = await openDriver(cleanup)
      assert.equal(Boolean(driver.inbound), capabilities.inboundWebhook)
      if (capabilities.inboundWebhook) {
        assert.isDefined(scenarios.webhooks, 'scenarios.webhooks is required for inbound plugins')
      }
    })

    test('genuine webhooks verify and parse into events with stable ids', async ({
      assert,
      cleanup,
    }) => {
      const { driver, settings } = await openDriver(cleanup)
      const raws = await scenarios.webhooks!.valid(settings)
      assert.isAbove(raws.length, 0, 'give at least one genuine webhook')
      const events: InboundEvent[] = []
      for (const raw of raws) {
        assert.isTrue(await driver.inbound!.verifySignature(raw), 'a genuine webhook was refused')
        const parsed = await driver.inbound!.parse(raw)
        assert.isArray(parsed)
        parsed.forEach((event) => assertEventShape(assert, event))
        const again = await driver.inbound!.parse(raw)
        assert.deepEqual(
          again.map((event) => event.eventId),
          parsed.map((event) => event.eventId),
          'parsing the same delivery twice must give the same event ids (deduplication)'
        )
        events.push(...parsed)
      }
      assert.isAbove(events.length, 0, 'the genuine webhooks produced no events')
      if (capabilities.deliveryReceipts) {
        assert.isTrue(
          events.some((event) => event.type === 'delivery_status'),
          'deliveryReceipts is declared, so some webhook must give a delivery_status event'
        )
      }
    }).skip(!capabilities.inboundWebhook, 'no inbound webhook')

    test('tampered webhooks are refused', async ({ assert, cleanup }) => {
      const { driver, settings } = await openDriver(cleanup)
      const raws = await scenarios.webhooks!.tampered(settings)
      assert.isAbove(raws.length, 0, 'give at least one tampered webhook')
      for (const [index, raw] of raws.entries()) {
        assert.isFalse(
          await driver.inbound!.verifySignature(raw),
          `tampered webhook #${index} was accepted`
        )
      }
    }).skip(!capabilities.inboundWebhook, 'no inbound webhook')

    test('close() can be called twice, with or without work done', async ({ assert }) => {
      const settings = await plugin.settings.validate(scenarios.validSettings())
      const make = () =>
        plugin.createDriver(
          createChannelContext({
            plugin,
            kommune: KOMMUNE,
            connectionId: 'contract-close',
            settings,
            logger: new CapturingLogger(),
            fetch: scenarios.fetch,
            webhookUrl: 'http://127.0.0.1/webhooks/channels/contract-close',
          })
        )
      const idle = await make()
      await idle.close?.()
      await idle.close?.()
      const used = await make()
      if (hasOutbound) await used.send(scenarios.message())
      await used.close?.()
      await used.close?.()
      assert.isTrue(true)
    })
  })
}
