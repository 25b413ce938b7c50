import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import SaveConnectionSettings from '#actions/channels/save_connection_settings'
import type { ChannelPlugin } from '#channel_kit'
import channelRegistry, { channelPluginProblems } from '#channels/registry'
import { SettingsUpgradeError } from '#channels/settings_upgrade'
import ChannelConnection from '#models/channel_connection'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import {
  channelManager,
  FakeProvider,
  mailerSettings,
  withTestMailer,
} from '#tests/helpers/channel_provider'
import testMailer from '#tests/fixtures/channels/test_mailer_plugin'
import { isolateEachTest } from '#tests/helpers/transactions'

const ID = 'upgrading_mailer'
const calls: number[] = []

/**
 * The test mailer at plugin version 3.0.0 whose settings changed twice:
 * version 1 stored `url` and `key`, version 2 renamed them to `baseUrl` and
 * `apiKey` but kept `sender` and `secret`, version 3 (today's validator)
 * calls those `fromAddress` and `webhookSecret`.
 */
const upgradingMailer: ChannelPlugin<any> = {
  ...testMailer,
  manifest: { ...testMailer.manifest, id: ID, version: '3.0.0' },
  settingsSchema: {
    version: 3,
    upgrade(settings, from) {
      calls.push(from)
      if (settings.explode) throw new Error('cannot read these settings')
      let next = { ...settings }
      if (from < 2) {
        const { url, key, ...rest } = next
        next = { ...rest, baseUrl: url, apiKey: key }
      }
      if (from < 3) {
        const { sender, secret, ...rest } = next
        next = { ...rest, fromAddress: sender, webhookSecret: secret }
      }
      return next
    },
  },
}

async function storedAt(schema: number, settings: Record<string, unknown>) {
  const kommune = await kommuneByCode(SOROE)
  const connection = new ChannelConnection().merge({ kommuneId: kommune.id, pluginId: ID })
  connection.enabled = true
  connection.writeSettings(settings)
  connection.settingsSchema = schema
  await connection.save()
  return connection
}

const fresh = (connection: ChannelConnection) =>
  ChannelConnection.query()
    .forKommune(connection.kommuneId)
    .where('id', connection.id)
    .firstOrFail()

test.group('Channels: plugin settings migrations', (group) => {
  isolateEachTest(group)
  withTestMailer(group)
  let provider: FakeProvider
  group.setup(async () => {
    await channelRegistry.register(ID, upgradingMailer)
    return () => channelRegistry.unregister(ID)
  })
  group.each.setup(async () => {
    calls.length = 0
    provider = await new FakeProvider().start()
    return () => provider.stop()
  })

  test('settings stored by version 1 are upgraded on load, stored once, and the driver sends', async ({
    assert,
  }) => {
    const today = mailerSettings(provider)
    const connection = await storedAt(1, {
      url: today.baseUrl,
      key: today.apiKey,
      sender: today.fromAddress,
      secret: today.webhookSecret,
    })
    const versionBefore = connection.settingsVersion

    const driver = await channelManager.driverFor(await fresh(connection))
    const { externalId } = await driver.send({ idempotencyKey: 'up-1', to: 'a@b.dk', text: 'Hej' })
    assert.isString(externalId)
    assert.equal(provider.sends()[0].headers.authorization, `Bearer ${today.apiKey}`)
    assert.deepEqual(calls, [1], 'one upgrade, from version 1')

    const stored = await fresh(connection)
    assert.equal(stored.settingsSchema, 3)
    assert.equal(
      stored.settingsVersion,
      versionBefore + 1,
      'a new settings version: drivers rebuild'
    )
    assert.deepEqual(stored.readSettings(), today)

    await channelManager.driverFor(stored)
    await channelManager.driverFor(await fresh(connection))
    assert.deepEqual(calls, [1], 'never upgraded twice')
    const again = await fresh(connection)
    assert.equal(again.settingsVersion, versionBefore + 1)
  })

  test('a connection at version 2 runs only the later step; the admin form shows the result', async ({
    client,
    assert,
  }) => {
    const today = mailerSettings(provider)
    const connection = await storedAt(2, {
      baseUrl: today.baseUrl,
      apiKey: today.apiKey,
      sender: today.fromAddress,
      secret: today.webhookSecret,
    })
    const response = await client
      .get(`/admin/channels/${connection.id}`)
      .loginAs(await demoUser('admin@soroe.dk'))
      .withInertia()
    response.assertStatus(200)
    const fields = (response.inertiaProps as { fields: { key: string; value: unknown }[] }).fields
    assert.equal(fields.find((field) => field.key === 'fromAddress')?.value, today.fromAddress)
    assert.deepEqual(calls, [2])
    const upgraded = await fresh(connection)
    assert.equal(upgraded.settingsSchema, 3)
  })

  test('a failing upgrade names the plugin and leaves the stored settings alone', async ({
    assert,
  }) => {
    const connection = await storedAt(1, { url: provider.url, explode: true })
    const before = connection.settings
    await assert.rejects(() => channelManager.driverFor(connection), SettingsUpgradeError as any)
    const stored = await fresh(connection)
    assert.equal(stored.settings, before)
    assert.equal(stored.settingsSchema, 1)
  })

  test('saving the form stores the current schema; the registry checks the declaration', async ({
    assert,
  }) => {
    assert.deepEqual(channelPluginProblems(ID, upgradingMailer), [])
    for (const settingsSchema of [{ version: 0, upgrade: () => ({}) }, { version: 2 }]) {
      assert.include(
        channelPluginProblems(ID, { ...upgradingMailer, settingsSchema }),
        'settingsSchema needs a positive integer version and an upgrade function'
      )
    }
    const connection = await storedAt(1, mailerSettings(provider))
    const save = await app.container.make(SaveConnectionSettings)
    const admin = await demoUser('admin@soroe.dk')
    await save.handle({
      connection,
      plugin: upgradingMailer,
      settings: mailerSettings(provider),
      userId: admin.id,
    })
    const upgraded = await fresh(connection)
    assert.equal(upgraded.settingsSchema, 3)
    assert.deepEqual(
      calls,
      [],
      "saved settings are validated by today's plugin: nothing to upgrade"
    )
  })
})
