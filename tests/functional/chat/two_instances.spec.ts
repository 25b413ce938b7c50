import Tokens from 'csrf'
import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import env from '#start/env'
import ChannelConnection from '#models/channel_connection'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { AppProcess, reachable } from '#tests/helpers/app_process'
import { ALWAYS_OPEN } from '#tests/helpers/chat'
import { SseClient } from '#tests/helpers/sse'
import { staffSessionCookie, staffStream } from '#tests/helpers/staff_stream'

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
    // Staff subscribes are checked against the session: both instances read it from Redis.
    SESSION_DRIVER: 'redis',
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
    const session = await staffStream(staff.id, 'redis')
    const staffClient = new SseClient(session.uid, b.base, session.cookie)
    clients.push(staffClient)
    assert.equal(await staffClient.connect(), 200)
    assert.equal(await staffClient.subscribe(channel, a.base), 204)
    // Authorisation holds on the relaying instance too.
    assert.isAtLeast(await staffClient.subscribe('chat/conversations/999999999', a.base), 400)

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
    for (const listener of [citizen, staffClient]) {
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

  // Last in the group: instance A does not come back.
  test('kill -9 of the citizen’s instance: the client reconnects to the other and gets exactly what it missed', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const opened = await fetch(`${a.base}/api/v1/chat/${soroe.code}/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pageTitle: 'Byggetilladelse', topic: 'kill -9', name: 'Anna' }),
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
    assert.equal(await citizen.subscribe(channel, a.base), 204)
    const fetchAfter = async (base: string, seq: number) => {
      const response = await fetch(
        `${base}/api/v1/chat/conversations/${chat.conversationId}/messages?after=${seq}`,
        { headers: { authorization: `Bearer ${chat.visitorToken}` } }
      )
      assert.equal(response.status, 200)
      const body = (await response.json()) as { messages: { seq: number }[] }
      return body.messages.map((message) => message.seq)
    }
    // On connecting, the client fetches what is already there (a welcome line, if any).
    const initial = await fetchAfter(a.base, 0)

    // Staff work on B with a signed-in session in Redis (as the console sends it).
    const staffUser = await demoUser('medarbejder@soroe.dk')
    const { sessionId, cookie, store } = await staffSessionCookie(staffUser.id, 'redis')
    const tokens = new Tokens()
    const secret = await tokens.secret()
    await store.write(sessionId, {
      'auth_web': staffUser.id,
      'auth_generation': 0,
      'auth_last_seen_at': Date.now(),
      'csrf-secret': secret,
    })
    const staffPost = (path: string, json: unknown) =>
      fetch(`${b.base}/staff/conversations/${chat.conversationId}${path}`, {
        method: 'POST',
        headers: {
          'cookie': cookie,
          'x-csrf-token': tokens.create(secret),
          'content-type': 'application/json',
          'accept': 'application/json',
        },
        body: JSON.stringify(json),
      })
    const claimed = await staffPost('/claim', {})
    assert.equal(claimed.status, 200)
    const reply = async (body: string, clientId: string) => {
      const response = await staffPost('/messages', { body, clientId })
      assert.equal(response.status, 201, `acknowledged: ${body}`)
      const sent = (await response.json()) as { message: { seq: number } }
      return sent.message.seq
    }
    const liveSeqs = (client: SseClient) =>
      client.events
        .filter((e) => e.channel === channel && e.payload.type === 'message')
        .map((e) => (e.payload.message as { seq: number }).seq)

    const first = await reply('Før nedbruddet', 'kill9-reply-1')
    await citizen.waitFor((e) => (e.payload.message as { seq?: number })?.seq === first, 5000)

    // The instance holding the citizen's stream dies without any shutdown.
    await a.kill9()
    const missed = [
      await reply('Under nedbruddet 1', 'kill9-reply-2'),
      await reply('Under nedbruddet 2', 'kill9-reply-3'),
    ]

    // The client reconnects (the load balancer now sends it to B), then fetches the gap
    // after the last seq it has, as resources/chat/live.ts does on every (re)connection.
    const lastSeen = Math.max(...liveSeqs(citizen))
    const again = new SseClient(chat.streamUid, b.base)
    clients.push(again)
    assert.equal(await again.connect(), 200)
    assert.equal(await again.subscribe(channel), 204)
    const gapSeqs = await fetchAfter(b.base, lastSeen)
    const after = await reply('Efter nedbruddet', 'kill9-reply-4')
    await again.waitFor((e) => (e.payload.message as { seq?: number })?.seq === after, 5000)

    // Everything committed reached the citizen exactly once: live before, gap, live after.
    const stored = await ConversationMessage.query()
      .where('conversation_id', chat.conversationId)
      .orderBy('seq')
    assert.deepEqual(gapSeqs, missed, 'the gap is exactly what was committed while A was down')
    assert.deepEqual(liveSeqs(again), [after], 'each live event once')
    const before = liveSeqs(citizen)
    assert.equal(new Set(before).size, before.length, 'no duplicate before the crash')
    // What the client shows: every line by seq (it skips a seq it already has).
    const shown = [...new Set([...initial, ...before, ...gapSeqs, ...liveSeqs(again)])]
    assert.deepEqual(
      shown,
      stored.map((line) => line.seq),
      'no acknowledged message lost, all in order'
    )
  })
    .timeout(120_000)
    .skip(!redisUp, 'needs Redis (the default run has none; CI and this machine do)')
})
