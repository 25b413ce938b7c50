import { createHmac } from 'node:crypto'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import type { ChannelDriver, ChannelPlugin } from '#channel_kit'
import {
  CapturingLogger,
  createChannelContext,
  registerChannelPluginContract,
  startFakeProvider,
  type ChannelContractScenarios,
  type FakeProvider,
  type ReceivedMessage,
  type RemoteOutcome,
} from '#channel_kit/testing'
import { loadPartnerPlugin } from '#channels/fence/partner_plugin'
import { ChannelRegistry, ChannelRegistryError } from '#channels/registry'
import { addPluginRoot, installImportFence } from '#channels/fence/import_fence'

const PACKAGES = app.makePath('tests/fixtures/channels/packages')
const KVIK_DIR = `${PACKAGES}/vejviser-channel-kvik_sms`
const SNOOP_DIR = `${PACKAGES}/vejviser-channel-snoop`
const API_KEY = 'kvik-key-93ab11'

const kvik = await loadPartnerPlugin({ dir: KVIK_DIR, entry: `${KVIK_DIR}/index.js` })
const snoop = await loadPartnerPlugin({ dir: SNOOP_DIR, entry: `${SNOOP_DIR}/index.js` })

/** Kvik's API on a local port: POST /v2/sms, GET /v2/account, X-Api-Key. */
function kvikProvider() {
  let remote: FakeProvider | undefined
  let outcome: RemoteOutcome = 'success'
  let accepted: ReceivedMessage[] = []
  const scenarios: ChannelContractScenarios = {
    validSettings: () => ({
      apiUrl: remote?.url ?? 'http://127.0.0.1:9',
      apiKey: API_KEY,
      signingSecret: 'kvik-signing-secret-5521',
    }),
    invalidSettings: () => [
      { input: { ...scenarios.validSettings(), apiUrl: 'no url' }, field: 'apiUrl' },
      { input: { ...scenarios.validSettings(), signingSecret: 'short' }, field: 'signingSecret' },
    ],
    message: () => ({ idempotencyKey: 'd-1', to: '+4520123456', text: 'Hej fra Sorø' }),
    remote: {
      async start() {
        remote = await startFakeProvider({
          reply(request) {
            if (request.headers['x-api-key'] !== API_KEY) return { status: 401 }
            if (outcome === 'permanent_failure') return { status: 403 }
            if (outcome === 'temporary_failure') return { status: 502 }
            if (request.path === '/v2/account') return { status: 200, body: { ok: true } }
            const body = JSON.parse(request.body.toString('utf8'))
            accepted.push({
              to: body.to,
              text: body.body,
              idempotencyKey: (request.headers['idempotency-key'] as string) ?? null,
            })
            return { status: 201, body: { id: `k-${accepted.length}` } }
          },
        })
      },
      stop: async () => remote?.close(),
      reset() {
        outcome = 'success'
        accepted = []
      },
      respondWith(next) {
        outcome = next
      },
      received: () => accepted,
      openConnections: () => remote?.openConnections() ?? 0,
    },
    webhooks: {
      /** Kvik's own scheme, mixed-case headers as the provider sends them. */
      sign(settings, body, at) {
        const timestamp = Math.floor(at.getTime() / 1000)
        const mac = createHmac('sha256', settings.signingSecret)
          .update(`${timestamp}:`)
          .update(body)
          .digest('hex')
        return { 'X-Kvik-Timestamp': String(timestamp), 'X-Kvik-Signature': `sha256=${mac}` }
      },
      payloads: () => [
        { kind: 'receipt', ref: 'r1', msg: 'k-1', state: 'ok' },
        { kind: 'inbound', ref: 'm1', from: '+4520123456', body: 'Tak' },
      ],
    },
  }
  return { scenarios, url: () => remote!.url }
}

const provider = kvikProvider()
registerChannelPluginContract({ test, plugin: kvik, scenarios: provider.scenarios })

async function openDriver(plugin: ChannelPlugin<any>, settings: unknown): Promise<ChannelDriver> {
  return plugin.createDriver(
    createChannelContext({
      plugin,
      kommune: { code: '340', name: 'Sorø' },
      connectionId: 'fence-test',
      settings: await plugin.settings.validate(settings),
      logger: new CapturingLogger(),
      webhookUrl: 'http://127.0.0.1/webhooks/channels/fence-test',
    })
  )
}

async function attempt(driver: ChannelDriver, what: string, argument = '') {
  const { externalId } = await driver.send({ idempotencyKey: 'x', to: argument, text: what })
  return JSON.parse(externalId) as { ok: boolean; value?: any; code?: string; message?: string }
}

test.group('Partner plugin process: what it cannot reach', (group) => {
  let remote: FakeProvider
  group.setup(async () => {
    remote = await startFakeProvider({ reply: () => ({ status: 200, body: { ok: true } }) })
    return () => remote.close()
  })

  test('runs in another process without APP_KEY or database credentials', async ({ assert }) => {
    assert.isString(process.env.APP_KEY, 'the app itself has an APP_KEY')
    assert.notEqual(snoop.partner.pid, process.pid)
    const driver = await openDriver(snoop, {})
    const { value } = await attempt(driver, 'env')
    assert.isNull(value.appKey)
    assert.deepEqual(value.keys, ['NODE_ENV'])
  })

  test('cannot read a file outside its folder, can read its own', async ({ assert }) => {
    const driver = await openDriver(snoop, {})
    for (const path of [app.makePath('config/app.ts'), app.makePath('.env'), '/etc/passwd']) {
      const outside = await attempt(driver, 'read', path)
      assert.isFalse(outside.ok, path)
      assert.equal(outside.code, 'ERR_ACCESS_DENIED', path)
    }
    const own = await attempt(driver, 'read', `${SNOOP_DIR}/package.json`)
    assert.isTrue(own.ok)
  })

  test('cannot start processes or open sockets of its own', async ({ assert }) => {
    const driver = await openDriver(snoop, {})
    const spawned = await attempt(driver, 'spawn')
    assert.equal(spawned.code, 'ERR_ACCESS_DENIED')
    const socket = await attempt(driver, 'socket', String(remote.port))
    assert.isFalse(socket.ok)
    assert.include(socket.message, 'only through context.fetch')
    const global = await attempt(driver, 'globalFetch', remote.url)
    assert.isFalse(global.ok)
  })

  test('reaches declared hosts through the app, and no other', async ({ assert }) => {
    const driver = await openDriver(snoop, {})
    const declared = await attempt(driver, 'contextFetch', `${remote.url}/ping`)
    assert.deepEqual(declared, { ok: true, value: 200 })
    const undeclared = await attempt(driver, 'contextFetch', `http://localhost:${remote.port}/`)
    assert.isFalse(undeclared.ok)
    assert.include(undeclared.message, 'Outbound host "localhost" is not declared')
    assert.lengthOf(remote.requests, 1)
  })
})

test.group('Partner plugin process: cost per send', (group) => {
  const kvikProviderForBench = kvikProvider()
  group.setup(async () => {
    await kvikProviderForBench.scenarios.remote.start()
    return () => kvikProviderForBench.scenarios.remote.stop()
  })

  test('the fence adds little to a send (p95, 300 sends each way)', async ({ assert }) => {
    installImportFence()
    addPluginRoot(KVIK_DIR)
    const { default: inProcess } = await import(`${KVIK_DIR}/index.js`)
    const settings = kvikProviderForBench.scenarios.validSettings()
    const p95 = async (plugin: ChannelPlugin<any>) => {
      const driver = await openDriver(plugin, settings)
      const timings: number[] = []
      for (let index = 0; index < 330; index++) {
        const started = performance.now()
        await driver.send({ idempotencyKey: `b-${index}`, to: '+4520123456', text: 'Hej' })
        if (index >= 30) timings.push(performance.now() - started)
      }
      timings.sort((a, b) => a - b)
      return timings[Math.floor(timings.length * 0.95)]
    }
    const direct = await p95(inProcess)
    const fenced = await p95(kvik)
    console.log(
      `fence cost per send: p95 in-process ${direct.toFixed(2)} ms, partner process ${fenced.toFixed(2)} ms, added ${(fenced - direct).toFixed(2)} ms`
    )
    // The target (≈ 2 ms) is measured on a quiet machine; on CI's shared 2 cores this only
    // guards against a pathological regression such as a process started per send (≥ 40 ms).
    assert.isBelow(fenced - direct, 40, 'the fence must stay cheap per send')
  }).timeout(60_000)
})

test.group('Partner plugin process: the registry', () => {
  test('loads partners from config into their own process', async ({ assert }) => {
    const registry = new ChannelRegistry()
    await registry.load({
      plugins: {},
      partners: { kvik_sms: { dir: KVIK_DIR, entry: `${KVIK_DIR}/index.js` } },
    })
    const plugin = registry.get('kvik_sms') as ChannelPlugin<any> & { partner?: unknown }
    assert.equal(plugin.manifest.trust, 'partner')
    assert.isDefined(plugin.partner)
  })

  test('refuses a plugin that declares trust "partner" but is listed to run in-process', async ({
    assert,
  }) => {
    installImportFence()
    addPluginRoot(KVIK_DIR)
    const registry = new ChannelRegistry()
    const error = await registry
      .load({ plugins: { kvik_sms: () => import(`${KVIK_DIR}/index.js`) } })
      .catch((caught) => caught)
    assert.instanceOf(error, ChannelRegistryError)
    assert.include(error.message, 'declares trust "partner"')
  })
})
