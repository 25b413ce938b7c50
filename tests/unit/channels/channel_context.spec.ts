import { test } from '@japa/runner'
import { createChannelContext, REDACTED } from '#channels/channel_context'
import { CapturingLogger } from '#channel_kit/testing'

const plugin = {
  manifest: {
    id: 'acme',
    kind: 'sms',
    displayName: 'Acme',
    version: '1.0.0',
    kitApi: '^1.0.0',
    vendor: 'Acme',
    capabilities: {
      outbound: true,
      inboundWebhook: false,
      deliveryReceipts: false,
      attachments: false,
      richText: false,
      maxBodyLength: null,
    },
    secrets: ['apiKey', 'webhookSecret'],
  },
}

function context(logger = new CapturingLogger()) {
  return createChannelContext({
    plugin,
    kommune: { code: '340', name: 'Sorø' },
    connectionId: 'conn-1',
    settings: {
      apiKey: 'k3y/with+chars',
      webhookSecret: 'whsec-123456',
      baseUrl: 'https://acme.dk',
    },
    logger,
    webhookUrl: 'https://vejviser.example/webhooks/channels/conn-1',
  })
}

test.group('Channel context', () => {
  test('the logger is a child tagged with channel, kommune and connection', ({ assert }) => {
    const logger = new CapturingLogger()
    context(logger).logger.info('sent', { externalId: '9' })
    assert.deepEqual(logger.entries, [
      {
        level: 'info',
        message: 'sent',
        data: { externalId: '9' },
        bindings: { channel: 'acme', kommune: '340', connectionId: 'conn-1' },
      },
    ])
  })

  test('secret values are redacted anywhere, also URL-encoded; secret keys always', ({
    assert,
  }) => {
    const logger = new CapturingLogger()
    const failure = new Error('401 for token k3y/with+chars')
    context(logger).logger.error('call with k3y/with+chars failed', {
      url: `https://acme.dk/send?key=${encodeURIComponent('k3y/with+chars')}`,
      headers: { Authorization: 'Bearer something-else' },
      nested: [{ deeper: { value: 'x whsec-123456 y' } }],
      apiKey: 'another value entirely',
      error: failure,
      body: Buffer.from('k3y/with+chars'),
    })
    const [entry] = logger.entries
    assert.equal(entry.message, `call with ${REDACTED} failed`)
    const data = entry.data as Record<string, any>
    assert.equal(data.url, `https://acme.dk/send?key=${REDACTED}`)
    assert.equal(data.headers.Authorization, REDACTED)
    assert.equal(data.nested[0].deeper.value, `x ${REDACTED} y`)
    assert.equal(data.apiKey, REDACTED)
    assert.equal(data.error.message, `401 for token ${REDACTED}`)
    assert.notInclude(data.error.stack, 'k3y/with+chars')
    assert.equal(data.body, '[14 bytes]')
    assert.notInclude(logger.text(), 'k3y')
    assert.notInclude(logger.text(), 'whsec-123456')
    assert.isTrue(failure.message.includes('k3y'), 'the original error is not mutated')
  })

  test('circular data does not hang the logger', ({ assert }) => {
    const logger = new CapturingLogger()
    const loop: Record<string, unknown> = { name: 'loop' }
    loop.self = loop
    context(logger).logger.warn('loop', { loop })
    assert.equal((logger.entries[0].data as any).loop.self, '[circular]')
  })

  test('settings, fetch and webhook URL are passed through', ({ assert }) => {
    const ctx = context()
    assert.equal(ctx.settings.baseUrl, 'https://acme.dk')
    assert.strictEqual(ctx.fetch, globalThis.fetch)
    assert.equal(ctx.webhookUrl, 'https://vejviser.example/webhooks/channels/conn-1')
    assert.deepEqual(ctx.kommune, { code: '340', name: 'Sorø' })
  })
})
