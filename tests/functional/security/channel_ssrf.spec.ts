import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { OutboundAddressRefused, OutboundPolicy } from '#channels/outbound_policy'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import {
  FakeProvider,
  mailerConnection,
  mailerSettings,
  withTestMailer,
} from '#tests/helpers/channel_provider'
import { isolateEachTest } from '#tests/helpers/transactions'

const INTERNAL_SECRET = 'INTERNAL-ONLY-7f3a'

/** A service that only the machine itself should reach, answering with a secret. */
class InternalService {
  hits = 0
  #server: Server = createServer((_request, response) => {
    this.hits++
    response.writeHead(401, { 'content-type': 'text/plain' })
    response.end(`${INTERNAL_SECRET} root:x:0:0 redis_version:7`)
  })
  port = 0

  async start(host: string) {
    await new Promise<void>((resolve) => this.#server.listen(0, host, resolve))
    this.port = (this.#server.address() as AddressInfo).port
    return this
  }

  async stop() {
    this.#server.closeAllConnections()
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }
}

async function asAdmin(client: ApiClient, method: 'post' | 'put', url: string, body = {}) {
  return client[method](url)
    .loginAs(await demoUser('admin@soroe.dk'))
    .withCsrfToken()
    .header('referer', url)
    .json(body)
    .redirects(0)
}

/**
 * Pen-test finding: a kommune admin pointed a channel's base URL at
 * 127.0.0.1 and read up to 300 characters of the answer through "test
 * connection". Test and demo allow-list 127.0.0.1/localhost explicitly
 * (.env.test); 127.0.0.2 is loopback too and not allow-listed.
 */
test.group('Security: channel settings cannot reach internal addresses', (group) => {
  isolateEachTest(group)
  withTestMailer(group)
  let provider: FakeProvider
  let internal: InternalService
  group.each.setup(async () => {
    provider = await new FakeProvider().start()
    internal = await new InternalService().start('127.0.0.2')
    return async () => {
      await provider.stop()
      await internal.stop()
    }
  })

  test('saving a loopback, private or link-local base URL is refused', async ({
    client,
    assert,
  }) => {
    const connection = await mailerConnection(await kommuneByCode(SOROE), provider)
    for (const baseUrl of [
      `http://127.0.0.2:${internal.port}`,
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.1',
      'http://192.168.1.1',
      'http://172.16.5.4',
      'http://100.64.0.1',
      'http://0.0.0.0:6379',
      'http://[::1]:6379',
      `http://[::ffff:127.0.0.2]:${internal.port}`,
      'http://[fd00::1]',
      'http://2130706434', // 127.0.0.2 written as one number
    ]) {
      const response = await asAdmin(
        client,
        'put',
        `/admin/channels/${connection.id}`,
        mailerSettings(provider, { baseUrl })
      )
      assert.property(response.flashMessages().inputErrorsBag ?? {}, 'baseUrl', baseUrl)
    }
    await connection.refresh()
    assert.equal(connection.readSettings().baseUrl, provider.url, 'nothing was saved')
    assert.equal(internal.hits, 0)
  })

  test('settings stored before (or DNS changed since) are refused at test time', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const connection = await mailerConnection(soroe, provider, {
      settings: mailerSettings(provider, { baseUrl: `http://127.0.0.2:${internal.port}` }),
    })
    const response = await asAdmin(client, 'post', `/admin/channels/${connection.id}/verify`)
    const flash = response.flashMessages().error as string
    assert.match(flash, /internt eller privat netværk/)
    assert.notInclude(flash, INTERNAL_SECRET)
    assert.equal(internal.hits, 0, 'the internal service was never called')
  })

  test("the provider's answer is never echoed, only a generic reason", async ({
    client,
    assert,
  }) => {
    // An allow-listed (local) provider that answers 401 with a body.
    const talkative = await new InternalService().start('127.0.0.1')
    try {
      const connection = await mailerConnection(await kommuneByCode(SOROE), provider, {
        settings: mailerSettings(provider, { baseUrl: `http://127.0.0.1:${talkative.port}` }),
      })
      const response = await asAdmin(client, 'post', `/admin/channels/${connection.id}/verify`)
      const flash = response.flashMessages().error as string
      assert.equal(talkative.hits, 1)
      assert.include(flash, '401')
      assert.notInclude(flash, INTERNAL_SECRET)
      assert.notInclude(flash, 'redis_version')
    } finally {
      await talkative.stop()
    }
  })

  test('the connect-time lookup refuses a name that resolves inward', async ({ assert }) => {
    // No allow-list: `localhost` is a name, so only the lookup can catch it.
    const strict = new OutboundPolicy('')
    const local = await new InternalService().start('127.0.0.1')
    try {
      const error = await strict.fetch(`http://localhost:${local.port}/`).then(
        () => null,
        (failure: Error) => failure
      )
      assert.instanceOf(error?.cause ?? error, OutboundAddressRefused)
      assert.equal(local.hits, 0)
      await assert.rejects(() => strict.fetch(`http://127.0.0.1:${local.port}/`))
      assert.equal(local.hits, 0)
      await assert.rejects(() => strict.assertPublicHost('localhost'), /not a public/)
    } finally {
      await local.stop()
    }
  })

  test('an allow-listed host is reachable', async ({ assert }) => {
    const allowing = new OutboundPolicy('127.0.0.1')
    const local = await new InternalService().start('127.0.0.1')
    try {
      const response = await allowing.fetch(`http://127.0.0.1:${local.port}/`)
      assert.equal(response.status, 401)
      assert.equal(local.hits, 1)
    } finally {
      await local.stop()
    }
  })
})
