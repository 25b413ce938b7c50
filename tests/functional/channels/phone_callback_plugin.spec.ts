import { test } from '@japa/runner'
import { ChannelSendError } from '#channel_kit'
import { createChannelContext } from '#channels/channel_context'
import { channelPluginProblems } from '#channels/registry'
import phoneCallback from '#plugins/phone_callback/index'
import { CapturingLogger } from '#channel_kit/testing'

const HOURS = '{"mon":["08:00","15:00"],"fri":["08:00","13:00"],"sat":null}'

async function driver(input: Record<string, unknown> = { openingHours: HOURS }) {
  const settings = await phoneCallback.settings.validate(input)
  return phoneCallback.createDriver(
    createChannelContext({
      plugin: phoneCallback,
      kommune: { code: '340', name: 'Sorø' },
      connectionId: 'phone-callback-test',
      settings,
      logger: new CapturingLogger(),
      webhookUrl: 'http://127.0.0.1/webhooks/channels/phone-callback-test',
    })
  )
}

/**
 * The phone_callback plugin has no remote (the queue lives in the app), so
 * it is checked here rather than by the HTTP-remote contract suite.
 */
test.group('Channel plugin: phone_callback', () => {
  test('follows the kit rules and has no secrets or webhook', ({ assert }) => {
    assert.deepEqual(channelPluginProblems('phone_callback', phoneCallback), [])
    assert.deepEqual(phoneCallback.manifest.secrets, [])
    assert.isFalse(phoneCallback.manifest.capabilities.inboundWebhook)
  })

  test('opening hours typed as JSON text are checked and normalised', async ({ assert }) => {
    const settings = await phoneCallback.settings.validate({ openingHours: HOURS })
    assert.deepEqual(JSON.parse(settings.openingHours), {
      mon: ['08:00', '15:00'],
      fri: ['08:00', '13:00'],
    })
    // Stored settings validate again unchanged (enabling a connection re-validates them).
    assert.deepEqual(await phoneCallback.settings.validate(settings), settings)
    assert.notProperty(settings, 'clickToCallUrlTemplate')
  })

  test('refuses unusable opening hours and call links, naming the field', async ({ assert }) => {
    const invalid: [Record<string, unknown>, string][] = [
      [{ openingHours: 'man-fre 8-15' }, 'openingHours'],
      [{ openingHours: '{"monday":["08:00","15:00"]}' }, 'openingHours'],
      [{ openingHours: '{"mon":["15:00","08:00"]}' }, 'openingHours'],
      [{ openingHours: '{"mon":["8","15"]}' }, 'openingHours'],
      [{ openingHours: '{}' }, 'openingHours'],
      [{}, 'openingHours'],
      [
        { openingHours: HOURS, clickToCallUrlTemplate: 'https://pbx.example.dk/call' },
        'clickToCallUrlTemplate',
      ],
      [
        { openingHours: HOURS, clickToCallUrlTemplate: 'javascript:{phone}' },
        'clickToCallUrlTemplate',
      ],
    ]
    for (const [input, field] of invalid) {
      const [error] = await phoneCallback.settings.tryValidate(input)
      assert.exists(error, JSON.stringify(input))
      assert.include(
        (error!.messages as { field: string }[]).map((message) => message.field),
        field,
        JSON.stringify(input)
      )
    }
  })

  test('send accepts an E.164 number and returns an id; anything else is not retryable', async ({
    assert,
  }) => {
    const callbacks = await driver()
    const result = await callbacks.send({ idempotencyKey: 'k-1', to: '+4522345678', text: 'Pas' })
    assert.equal(result.externalId, 'callback:k-1')
    try {
      await callbacks.send({ idempotencyKey: 'k-2', to: '22345678', text: 'Pas' })
      assert.fail('a national number was accepted')
    } catch (error) {
      assert.instanceOf(error, ChannelSendError)
      assert.isFalse((error as ChannelSendError).retryable)
    }
    await callbacks.verify!()
    await callbacks.close?.()
  })
})
