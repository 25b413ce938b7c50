import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import AuditLog from '#models/audit_log'
import ChannelConnection from '#models/channel_connection'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import {
  API_KEY,
  FakeProvider,
  mailerConnection,
  mailerSettings,
  WEBHOOK_SECRET,
  withTestMailer,
} from '#tests/helpers/channel_provider'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'
import { TEST_MAILER_ID } from '#tests/fixtures/channels/test_mailer_plugin'

const SOROE_ADMIN = 'admin@soroe.dk'

/** One request as Sorø's admin, not following redirects. JSON body for writes. */
async function asAdmin(
  client: ApiClient,
  method: 'get' | 'post' | 'put',
  url: string,
  body?: Record<string, unknown>
) {
  const admin = await demoUser(SOROE_ADMIN)
  if (method === 'get') return client.get(url).loginAs(admin).withInertia().redirects(0)
  return client[method](url)
    .loginAs(admin)
    .withCsrfToken()
    .header('referer', url)
    .json(body ?? {})
    .redirects(0)
}

/** Sets the test mailer up for Sorø through the UI and returns the connection. */
async function setUp(client: ApiClient) {
  const response = await asAdmin(client, 'post', '/admin/channels', {
    plugin: TEST_MAILER_ID,
  })
  response.assertStatus(302)
  const soroe = await kommuneByCode(SOROE)
  const connection = await ChannelConnection.query()
    .where('kommune_id', soroe.id)
    .where('plugin_id', TEST_MAILER_ID)
    .firstOrFail()
  response.assertHeader('location', `/admin/channels/${connection.id}`)
  return connection
}

test.group('Channels admin: set-up and settings', (group) => {
  isolateEachTest(group)
  withTestMailer(group)
  let provider: FakeProvider
  group.each.setup(async () => {
    provider = await new FakeProvider().start()
    return () => provider.stop()
  })

  test('lists installed plugins with the kommune connection state', async ({ client, assert }) => {
    const before = await asAdmin(client, 'get', '/admin/channels')
    before.assertStatus(200)
    before.assertInertiaComponent('admin/channels/index')
    const row = (channels: any[]) => channels.find((item) => item.plugin.id === TEST_MAILER_ID)
    assert.isNull(row(before.inertiaProps.channels).connection)
    assert.equal(row(before.inertiaProps.channels).plugin.kind, 'email')
    assert.isDefined(
      before.inertiaProps.channels.find((item: any) => item.plugin.id === 'phone_callback'),
      'the installed phone_callback plugin is listed'
    )

    const connection = await setUp(client)
    assert.lengthOf(connection.id, 32)
    assert.match(connection.id, /^[A-Za-z0-9_-]{32}$/)
    assert.isFalse(connection.enabled)
    const after = await asAdmin(client, 'get', '/admin/channels')
    assert.deepInclude(row(after.inertiaProps.channels).connection, {
      id: connection.id,
      enabled: false,
      configured: false,
    })
    // Setting up twice keeps the one connection.
    await setUp(client)
    const count = await ChannelConnection.query().where('plugin_id', TEST_MAILER_ID)
    assert.lengthOf(count, 1)
  })

  test('an uninstalled plugin cannot be set up', async ({ client }) => {
    const response = await asAdmin(client, 'post', '/admin/channels', {
      plugin: 'no_such_plugin',
    })
    response.assertStatus(404)
  })

  test('the form is generated from the plugin, and secrets are never sent back', async ({
    client,
    assert,
  }) => {
    const connection = await setUp(client)
    const save = await asAdmin(client, 'put', `/admin/channels/${connection.id}`, {
      ...mailerSettings(provider),
      sandbox: true,
      dailyLimit: '500',
    })
    save.assertStatus(302)
    save.assertFlashMessage('success', 'Indstillingerne er gemt.')

    await connection.refresh()
    assert.equal(connection.settingsVersion, 1)
    assert.notInclude(connection.settings!, API_KEY, 'secrets are encrypted at rest')
    assert.deepEqual(connection.readSettings(), {
      ...mailerSettings(provider),
      sandbox: true,
      dailyLimit: 500,
    })

    const page = await asAdmin(client, 'get', `/admin/channels/${connection.id}`)
    page.assertInertiaComponent('admin/channels/show')
    const body = JSON.stringify(page.inertiaProps)
    assert.notInclude(body, API_KEY)
    assert.notInclude(body, WEBHOOK_SECRET)
    const fields = Object.fromEntries(page.inertiaProps.fields.map((f: any) => [f.key, f]))
    assert.deepInclude(fields.apiKey, {
      type: 'password',
      secret: true,
      secretSet: true,
      value: null,
    })
    assert.deepInclude(fields.baseUrl, { type: 'url', secret: false, value: provider.url })
    assert.deepInclude(fields.sandbox, { type: 'boolean', value: true })
    assert.deepInclude(fields.dailyLimit, { type: 'number', value: 500 })
    assert.equal(
      page.inertiaProps.webhookUrl,
      `${page.inertiaProps.webhookUrl.split('/webhooks/')[0]}/webhooks/channels/${connection.id}`
    )
    // Neither the overview nor the audit trail carry a secret.
    const overview = await asAdmin(client, 'get', '/admin/channels')
    assert.notInclude(JSON.stringify(overview.inertiaProps), API_KEY)
    await drainQueue()
    const audit = await AuditLog.query().where('action', 'channels.settings_saved').firstOrFail()
    assert.notInclude(JSON.stringify(audit.meta), API_KEY)
    assert.includeMembers((audit.meta as { changed: string[] }).changed, ['apiKey', 'baseUrl'])
  })

  test('a blank secret keeps the stored one; other fields change and bump the version', async ({
    client,
    assert,
  }) => {
    const connection = await setUp(client)
    await asAdmin(
      client,
      'put',
      `/admin/channels/${connection.id}`,
      mailerSettings(provider, { dailyLimit: 10 })
    )
    const update = await asAdmin(client, 'put', `/admin/channels/${connection.id}`, {
      baseUrl: provider.url,
      apiKey: '',
      fromAddress: 'ny@soroe.dk',
      webhookSecret: null,
      dailyLimit: '',
    })
    update.assertStatus(302)
    await connection.refresh()
    assert.equal(connection.settingsVersion, 2)
    const stored = connection.readSettings()
    assert.equal(stored.apiKey, API_KEY)
    assert.equal(stored.webhookSecret, WEBHOOK_SECRET)
    assert.equal(stored.fromAddress, 'ny@soroe.dk')
    assert.notProperty(stored, 'dailyLimit', 'an emptied optional setting is cleared')
  })

  test('invalid settings are refused field by field and nothing is stored', async ({
    client,
    assert,
  }) => {
    const connection = await setUp(client)
    const response = await asAdmin(client, 'put', `/admin/channels/${connection.id}`, {
      baseUrl: 'not a url',
      apiKey: 'short',
      fromAddress: 'nope',
      webhookSecret: '',
    })
    response.assertStatus(302)
    const errors = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.properties(errors, ['baseUrl', 'apiKey', 'fromAddress', 'webhookSecret'])
    await connection.refresh()
    assert.isNull(connection.settings)
    assert.equal(connection.settingsVersion, 0)
  })

  test('enabling needs complete settings; disabling works any time', async ({ client, assert }) => {
    const connection = await setUp(client)
    const refused = await asAdmin(client, 'post', `/admin/channels/${connection.id}/enable`)
    refused.assertFlashMessage(
      'error',
      'Kanalen kan ikke slås til, før indstillingerne er udfyldt korrekt.'
    )
    await connection.refresh()
    assert.isFalse(connection.enabled)

    await asAdmin(client, 'put', `/admin/channels/${connection.id}`, mailerSettings(provider))
    const enabled = await asAdmin(client, 'post', `/admin/channels/${connection.id}/enable`)
    enabled.assertFlashMessage('success', 'Kanalen er slået til.')
    await connection.refresh()
    assert.isTrue(connection.enabled)

    await asAdmin(client, 'post', `/admin/channels/${connection.id}/disable`)
    await connection.refresh()
    assert.isFalse(connection.enabled)
  })

  test('"test connection" calls the provider and shows the result without the secret', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const connection = await mailerConnection(soroe, provider, { enabled: false })
    const ok = await asAdmin(client, 'post', `/admin/channels/${connection.id}/verify`)
    ok.assertFlashMessage('success', 'Forbindelsen virker.')
    assert.equal(provider.requests.at(-1)?.path, '/ping')

    // A wrong key: the provider says 401 and the plugin's message echoes the key.
    await asAdmin(
      client,
      'put',
      `/admin/channels/${connection.id}`,
      mailerSettings(provider, { apiKey: 'wrong-key-123456' })
    )
    const failed = await asAdmin(client, 'post', `/admin/channels/${connection.id}/verify`)
    const flash = failed.flashMessages().error as string
    // Only a generic reason and the status: the provider's own text stays in the log.
    assert.match(flash, /^Forbindelsen virker ikke: udbyderen svarede med HTTP-status 401\./)
    assert.notInclude(flash, 'Provider refused the key')
    assert.notInclude(flash, 'wrong-key-123456')
  })

  test("another kommune's connection is a 404 on every admin route", async ({ client, assert }) => {
    const slagelse = await kommuneByCode(SLAGELSE)
    const theirs = await mailerConnection(slagelse, provider)
    const urls: ['get' | 'post' | 'put', string][] = [
      ['get', `/admin/channels/${theirs.id}`],
      ['get', `/admin/channels/${theirs.id}/deliveries`],
      ['put', `/admin/channels/${theirs.id}`],
      ['post', `/admin/channels/${theirs.id}/enable`],
      ['post', `/admin/channels/${theirs.id}/disable`],
      ['post', `/admin/channels/${theirs.id}/verify`],
    ]
    for (const [method, url] of urls) {
      const response = await asAdmin(client, method, url)
      assert.equal(response.status(), 404, `${method} ${url}`)
    }
    await theirs.refresh()
    assert.isTrue(theirs.enabled)
    assert.equal(theirs.settingsVersion, 1)
    assert.lengthOf(provider.requests, 0)
  })

  test('phone callback opening hours are typed as JSON, shown back, and the channel enabled', async ({
    client,
    assert,
  }) => {
    const created = await asAdmin(client, 'post', '/admin/channels', { plugin: 'phone_callback' })
    created.assertStatus(302)
    const soroe = await kommuneByCode(SOROE)
    const connection = await ChannelConnection.query()
      .where('kommune_id', soroe.id)
      .where('plugin_id', 'phone_callback')
      .firstOrFail()
    const refused = await asAdmin(client, 'put', `/admin/channels/${connection.id}`, {
      openingHours: 'hverdage 8-15',
    })
    assert.property(refused.flashMessages().inputErrorsBag, 'openingHours')

    const saved = await asAdmin(client, 'put', `/admin/channels/${connection.id}`, {
      openingHours: '{"mon":["08:00","15:00"],"fri":["08:00","13:00"]}',
      clickToCallUrlTemplate: '',
    })
    saved.assertFlashMessage('success', 'Indstillingerne er gemt.')
    await connection.refresh()
    assert.deepEqual(connection.readSettings(), {
      openingHours: '{"mon":["08:00","15:00"],"fri":["08:00","13:00"]}',
    })
    const page = await asAdmin(client, 'get', `/admin/channels/${connection.id}`)
    const field = page.inertiaProps.fields.find((f: any) => f.key === 'openingHours')
    assert.deepEqual(JSON.parse(field.value), { mon: ['08:00', '15:00'], fri: ['08:00', '13:00'] })
    const enabled = await asAdmin(client, 'post', `/admin/channels/${connection.id}/enable`)
    enabled.assertFlashMessage('success', 'Kanalen er slået til.')
    assert.isNull(page.inertiaProps.webhookUrl, 'no webhook for a plugin without one')
    const verified = await asAdmin(client, 'post', `/admin/channels/${connection.id}/verify`)
    verified.assertFlashMessage('success', 'Forbindelsen virker.')
  })

  test('staff cannot reach the channel admin', async ({ client }) => {
    const response = await client
      .get('/admin/channels')
      .loginAs(await demoUser('medarbejder@soroe.dk'))
      .withInertia()
    response.assertStatus(403)
  })
})
