import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import env from '#start/env'
import ChannelConnection from '#models/channel_connection'
import Conversation from '#models/conversation'
import { chatTokens } from '#services/chat/chat_tokens'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { AppProcess, reachable } from '#tests/helpers/app_process'
import { ALWAYS_OPEN } from '#tests/helpers/chat'
import { SseClient } from '#tests/helpers/sse'

const redisUp = await reachable(env.get('REDIS_HOST', '127.0.0.1'), env.get('REDIS_PORT', 6379))

/** Waits until `count` processes listen on the subscription relay's Redis channel. */
async function untilRelaysListen(channel: string, count: number) {
  for (let tries = 0; tries < 100; tries++) {
    const [, listening] = (await redis.pubsub('NUMSUB', channel)) as [string, number]
    if (Number(listening) >= count) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('The app processes never started their subscription relay')
}

/**
 * Two real app processes with only Redis between them serve one
 * conversation: the citizen's stream is on instance A, staff's on B, and
 * subscribe requests may reach either. Committed rows are removed after.
 */
test.group('Chat across two app instances (Redis transport)', (group) => {
  const port = env.get('PORT')
  const shared = {
    TRANSMIT_TRANSPORT: 'redis',
    QUEUE_PREFIX: `chat-two-${process.pid}`,
    LOG_LEVEL: 'warn',
  }
  const a = new AppProcess(port + 1, shared)
  const b = new AppProcess(port + 2, shared)
  const clients: SseClient[] = []
  let connection: ChannelConnection | null = null

  group.setup(async () => {
    if (!redisUp) return async () => {}
    const soroe = await kommuneByCode(SOROE)
    connection = await ChannelConnection.query()
      .where('kommune_id', soroe.id)
      .where('plugin_id', 'chat')
      .first()
    if (!connection) {
      connection = new ChannelConnection().merge({
        kommuneId: soroe.id,
        pluginId: 'chat',
        enabled: true,
      })
      connection.writeSettings({ openingHours: ALWAYS_OPEN })
      await connection.save()
    }
    await Promise.all([a.start(), b.start()])
    await untilRelaysListen(`${shared.QUEUE_PREFIX}:chat:subscriptions`, 2)
    return async () => {
      await Promise.all(clients.map((client) => client.close()))
      await Promise.all([a.stop(), b.stop()])
      await Conversation.query().where('kommune_id', soroe.id).delete()
      await connection?.delete()
    }
  })

  test('citizen on A and staff on B exchange live messages, subscribing through either', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const opened = await fetch(`${a.base}/api/v1/chat/${soroe.code}/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pageTitle: 'Byggetilladelse', topic: 'To instanser' }),
    })
    assert.equal(opened.status, 201)
    const chat = (await opened.json()) as {
      conversationId: number
      visitorToken: string
      streamUid: string
    }
    const channel = `chat/conversations/${chat.conversationId}`

    const citizen = new SseClient(chat.streamUid, a.base)
    clients.push(citizen)
    assert.equal(await citizen.connect(), 200)
    // The citizen's subscribe reaches B, which does not hold the stream.
    assert.equal(await citizen.subscribe(channel, b.base), 204)

    const staff = await demoUser('medarbejder@soroe.dk')
    const staffStream = new SseClient(
      chatTokens.streamUid({ kind: 'staff', userId: staff.id }),
      b.base
    )
    clients.push(staffStream)
    assert.equal(await staffStream.connect(), 200)
    assert.equal(await staffStream.subscribe(channel, a.base), 204)
    // Authorisation holds on the relaying instance too.
    assert.isAtLeast(await staffStream.subscribe('chat/conversations/999999999', a.base), 400)

    const send = (base: string, body: string, clientId: string) =>
      fetch(`${base}/api/v1/chat/conversations/${chat.conversationId}/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'authorization': `Bearer ${chat.visitorToken}`,
        },
        body: JSON.stringify({ body, clientId }),
      })
    const viaB = await send(b.base, 'Sendt via B', 'two-instances-1')
    assert.equal(viaB.status, 201)
    const viaA = await send(a.base, 'Sendt via A', 'two-instances-2')
    assert.equal(viaA.status, 201)
    for (const listener of [citizen, staffStream]) {
      for (const [seq, body] of [
        [1, 'Sendt via B'],
        [2, 'Sendt via A'],
      ] as const) {
        const event = await listener.waitFor(
          (e) => e.channel === channel && (e.payload.message as { seq?: number })?.seq === seq,
          5000
        )
        assert.equal((event.payload.message as { body: string }).body, body)
      }
    }
    const seqs = citizen.events
      .filter((e) => e.payload.type === 'message')
      .map((e) => (e.payload.message as { seq: number }).seq)
    assert.deepEqual(seqs, [1, 2], 'each message exactly once')
  })
    .timeout(120_000)
    .skip(!redisUp, 'needs Redis (the default run has none; CI and this machine do)')
})
