import { test } from '@japa/runner'
import type { LiveEvent } from '#channel_kit'
import { ChannelSendError } from '#channel_kit'
import { createChannelContext } from '#channels/channel_context'
import { channelPluginProblems } from '#channels/registry'
import chat from '#plugins/chat/index'
import { openAt, readExceptions, readWeeklyHours } from '#plugins/chat/hours'
import { CapturingLogger } from '#channel_kit/testing'

const HOURS = '{"mon":["09:00","15:00"],"fri":["09:00","13:00"],"sat":null}'

async function driver(input: Record<string, unknown>, published: [number, LiveEvent][] = []) {
  const settings = await chat.settings.validate(input)
  return chat.createDriver(
    createChannelContext({
      plugin: chat,
      kommune: { code: '340', name: 'Sorø', timezone: 'Europe/Copenhagen' },
      connectionId: 'chat-test',
      settings,
      logger: new CapturingLogger(),
      webhookUrl: 'http://127.0.0.1/webhooks/channels/chat-test',
      realtime: { publishToConversation: (id, event) => published.push([id, event]) },
    })
  )
}

/** Monday 4 March 2030 (CET, UTC+1). */
const at = (local: string) => new Date(`2030-03-${local}+01:00`)

test.group('Channel plugin: chat', () => {
  test('follows the kit rules: kind chat, live, no secrets or webhook', ({ assert }) => {
    assert.deepEqual(channelPluginProblems('chat', chat), [])
    assert.equal(chat.manifest.kind, 'chat')
    assert.isTrue(chat.manifest.capabilities.live)
    assert.isFalse(chat.manifest.capabilities.inboundWebhook)
    assert.deepEqual(chat.manifest.secrets, [])
  })

  test('opening hours and exceptions are checked and normalised', async ({ assert }) => {
    const settings = await chat.settings.validate({
      openingHours: HOURS,
      exceptions: '{"2030-12-24":null,"2030-12-23":["09:00","12:00"]}',
    })
    assert.deepEqual(JSON.parse(settings.openingHours), {
      mon: ['09:00', '15:00'],
      fri: ['09:00', '13:00'],
    })
    assert.deepEqual(await chat.settings.validate(settings), settings)
    for (const bad of [
      { openingHours: '{"monday":["09:00","15:00"]}' },
      { openingHours: '{"mon":["15:00","09:00"]}' },
      { openingHours: HOURS, exceptions: '{"24-12-2030":null}' },
      { openingHours: HOURS, exceptions: '{"2030-12-24":["12:00","09:00"]}' },
    ]) {
      await assert.rejects(() => chat.settings.validate(bad))
    }
  })

  test('open within the hours in the kommune time zone, closed on holidays', ({ assert }) => {
    const hours = readWeeklyHours(HOURS)
    const exceptions = readExceptions('{"2030-03-08":null,"2030-03-05":["10:00","11:00"]}')
    assert.notTypeOf(hours, 'string')
    assert.notTypeOf(exceptions, 'string')
    if (typeof hours === 'string' || typeof exceptions === 'string') return
    const zone = 'Europe/Copenhagen'
    assert.deepEqual(openAt(hours, exceptions, at('04T08:59'), zone), {
      open: false,
      reason: 'hours',
    })
    assert.deepEqual(openAt(hours, exceptions, at('04T09:00'), zone), { open: true })
    assert.deepEqual(openAt(hours, exceptions, at('04T14:59'), zone), { open: true })
    assert.deepEqual(openAt(hours, exceptions, at('04T15:00'), zone), {
      open: false,
      reason: 'hours',
    })
    // Tuesday has no weekly hours but an exceptional window.
    assert.deepEqual(openAt(hours, exceptions, at('05T10:30'), zone), { open: true })
    // Friday 8 March is a closed day despite Friday hours.
    assert.deepEqual(openAt(hours, exceptions, at('08T10:00'), zone), {
      open: false,
      reason: 'closed_day',
    })
    assert.deepEqual(openAt(hours, exceptions, at('09T10:00'), zone), {
      open: false,
      reason: 'closed_day',
    })
  })

  test('live delivery goes through the realtime publisher; send is refused', async ({ assert }) => {
    const published: [number, LiveEvent][] = []
    const live = await driver({ openingHours: HOURS }, published)
    live.live!.deliver(42, { type: 'message', text: 'Hej' })
    assert.deepEqual(published, [[42, { type: 'message', text: 'Hej' }]])
    await assert.rejects(
      () => live.send({ idempotencyKey: 'k', to: 'x', text: 'y' }),
      ChannelSendError
    )
    assert.isTrue(live.availability!(at('04T10:00')).open)
    await live.verify!()
    await live.close!()
    await live.close!()
  })
})
