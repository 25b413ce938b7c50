import { fork, type ChildProcess } from 'node:child_process'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import testUtils from '@adonisjs/core/services/test_utils'
import env from '#start/env'
import ChannelConnection from '#models/channel_connection'
import Conversation from '#models/conversation'
import Kommune from '#models/kommune'
import Membership from '#models/membership'
import { chatTokens } from '#services/chat/chat_tokens'
import { staffSessionCookie } from '#tests/helpers/staff_stream'

const ALL_DAY = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ['00:00', '23:59']])
)

/**
 * Live chat under load: one app process (this one), N conversations each
 * with a citizen and a staff SSE stream held by load-generating processes,
 * and a sender process posting M messages/s through the citizen API.
 * Reports commit→receive latency (message created_at to arrival in the
 * client), lost and duplicated deliveries, and memory per connection.
 * Needs the demo data (Sorø); set TRANSMIT_TRANSPORT/DB_CONNECTION for the
 * MariaDB + Redis variant.
 */
export default class BenchChat extends BaseCommand {
  static commandName = 'bench:chat'
  static description = 'Live chat: commit→receive latency, loss and duplicates under load'
  static options: CommandOptions = { startApp: true }

  @flags.number({
    description: 'Conversations (each gets a citizen and a staff stream)',
    default: 250,
  })
  declare conversations: number

  @flags.number({ description: 'Messages per second', default: 100 })
  declare rate: number

  @flags.number({ description: 'Seconds of sending', default: 10 })
  declare seconds: number

  @flags.number({ description: 'Client processes holding the streams', default: 2 })
  declare workers: number

  async run() {
    const kommune = await Kommune.findByOrFail('code', '340')
    const cleanup = await this.#enableChat(kommune)
    const close = await testUtils.httpServer().start()
    const base = `http://${env.get('HOST')}:${env.get('PORT')}`
    const children: ChildProcess[] = []
    const since = new Date()
    try {
      const staff = await Membership.query()
        .where('kommune_id', kommune.id)
        .where('role', 'staff')
        .firstOrFail()
      const opened = await this.#openConversations(base)
      // One signed-in staff session (in the app's session store) carries every staff stream.
      const { cookie } = await staffSessionCookie(staff.userId)
      const streams = opened.flatMap((chat) => [
        { conversationId: chat.id, uid: chat.streamUid },
        {
          conversationId: chat.id,
          uid: chatTokens.streamUid({ kind: 'staff', userId: staff.userId }),
          cookie,
        },
      ])
      global.gc?.()
      const before = process.memoryUsage()
      const workers = this.#spawnWorkers(base, streams, children)
      await Promise.all(workers.map((worker) => worker.ready))
      global.gc?.()
      const after = process.memoryUsage()
      this.logger.info(`${streams.length} SSE streams open in ${this.workers} processes; sending`)

      const sender = fork('tests/bench/chat_sender.ts', [], {
        execArgv: ['--import=@poppinss/ts-exec'],
      })
      children.push(sender)
      const sent = await new Promise<{ sent: number; failed: number; seconds: number }>(
        (resolve) => {
          sender.once('message', (result) => resolve(result as never))
          sender.send({
            type: 'start',
            base,
            rate: this.rate,
            seconds: this.seconds,
            conversations: opened.map((c) => ({ id: c.id, token: c.token })),
          })
        }
      )
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const results = await Promise.all(workers.map((worker) => worker.finish()))
      await this.#report(opened, streams, results, sent, {
        rss: (after.rss - before.rss) / streams.length,
        heap: (after.heapUsed - before.heapUsed) / streams.length,
      })
    } finally {
      for (const child of children) if (child.exitCode === null) child.kill()
      await close()
      await Conversation.query()
        .where('kommune_id', kommune.id)
        .where('created_at', '>=', since.toISOString().replace('T', ' ').replace('Z', ''))
        .where('topic', 'bench:chat')
        .delete()
      await cleanup()
    }
  }

  /** The demo has a chat for Sorø; a bare database gets one for the run. */
  async #enableChat(kommune: Kommune) {
    const existing = await ChannelConnection.query()
      .where('kommune_id', kommune.id)
      .where('plugin_id', 'chat')
      .first()
    if (existing) return async () => {}
    const connection = new ChannelConnection().merge({
      kommuneId: kommune.id,
      pluginId: 'chat',
      enabled: true,
    })
    connection.writeSettings({ openingHours: JSON.stringify(ALL_DAY) })
    await connection.save()
    return async () => {
      await connection.delete()
    }
  }

  async #openConversations(base: string) {
    const opened: { id: number; token: string; streamUid: string }[] = []
    for (let i = 0; i < this.conversations; i += 25) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(25, this.conversations - i) }, async () => {
          const response = await fetch(`${base}/api/v1/chat/340/conversations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ topic: 'bench:chat' }),
          })
          if (response.status !== 201) throw new Error(`open: HTTP ${response.status}`)
          const body = (await response.json()) as {
            conversationId: number
            visitorToken: string
            streamUid: string
          }
          return { id: body.conversationId, token: body.visitorToken, streamUid: body.streamUid }
        })
      )
      opened.push(...batch)
    }
    return opened
  }

  #spawnWorkers(
    base: string,
    streams: { conversationId: number; uid: string }[],
    children: ChildProcess[]
  ) {
    return Array.from({ length: this.workers }, (_, w) => {
      const share = streams.filter((__, index) => index % this.workers === w)
      const child = fork('tests/bench/chat_clients.ts', [], {
        execArgv: ['--import=@poppinss/ts-exec'],
      })
      children.push(child)
      const ready = new Promise<void>((resolve, reject) => {
        child.once('message', () => resolve())
        child.once('exit', (code) => reject(new Error(`client process exited ${code}`)))
      })
      child.send({ type: 'start', base, streams: share })
      const finish = () =>
        new Promise<{
          share: typeof share
          latencies: number[]
          received: { index: number; seqs: number[] }[]
        }>((resolve) => {
          child.once('message', (result) =>
            resolve({
              share,
              ...(result as { latencies: number[]; received: { index: number; seqs: number[] }[] }),
            })
          )
          child.send({ type: 'finish' })
        })
      return { ready, finish }
    })
  }

  async #report(
    opened: { id: number }[],
    streams: unknown[],
    results: {
      share: { conversationId: number }[]
      latencies: number[]
      received: { index: number; seqs: number[] }[]
    }[],
    sent: { sent: number; failed: number; seconds: number },
    memory: { rss: number; heap: number }
  ) {
    const rows = await Conversation.query()
      .whereIn(
        'id',
        opened.map((c) => c.id)
      )
      .select('id', 'last_seq')
    const committed = new Map(rows.map((row) => [row.id, row.lastSeq]))
    let lost = 0
    let duplicated = 0
    let expected = 0
    for (const result of results) {
      for (const { index, seqs } of result.received) {
        const want = committed.get(result.share[index].conversationId) ?? 0
        const unique = new Set(seqs)
        expected += want
        lost += want - [...unique].filter((seq) => seq >= 1 && seq <= want).length
        duplicated += seqs.length - unique.size
      }
    }
    const latencies = results.flatMap((result) => result.latencies).sort((a, b) => a - b)
    const pct = (p: number) =>
      latencies.length
        ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
        : Number.NaN
    const table = this.ui.table()
    table.head(['measure', 'value'])
    table.row([
      'database / transport',
      `${env.get('DB_CONNECTION', 'sqlite')} / ${env.get('TRANSMIT_TRANSPORT', 'memory')}`,
    ])
    table.row(['SSE connections (citizen + staff)', String(streams.length)])
    table.row([
      'messages committed (target rate)',
      `${sent.sent} in ${sent.seconds.toFixed(1)} s (${this.rate}/s), ${sent.failed} failed`,
    ])
    table.row(['deliveries expected / received', `${expected} / ${latencies.length}`])
    table.row(['commit→receive p50 / p95 / p99 (ms)', `${pct(50)} / ${pct(95)} / ${pct(99)}`])
    table.row(['lost / duplicated deliveries', `${lost} / ${duplicated}`])
    table.row([
      'app memory per connection (RSS / heap)',
      `${(memory.rss / 1024).toFixed(1)} KB / ${(memory.heap / 1024).toFixed(1)} KB`,
    ])
    table.render()
  }
}
