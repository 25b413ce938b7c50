/**
 * One load-generating process of `bench:chat`: opens real SSE streams
 * (Transmit's /__transmit/events) for its share of the conversations,
 * subscribes each to its conversation's channel, and records when every
 * message arrives. Talks to the parent over IPC; imports nothing from the
 * app, so it costs the app process nothing.
 */
/** `cookie`: a staff stream's session (staff subscribes are checked against it). */
type Stream = { conversationId: number; uid: string; cookie?: string }
type StartMessage = { type: 'start'; base: string; streams: Stream[] }

const received = new Map<string, number[]>()
const latencies: number[] = []
const controllers: AbortController[] = []

async function open(base: string, stream: Stream, index: number) {
  const controller = new AbortController()
  controllers.push(controller)
  const response = await fetch(`${base}/__transmit/events?uid=${encodeURIComponent(stream.uid)}`, {
    signal: controller.signal,
    headers: stream.cookie ? { cookie: stream.cookie } : {},
  })
  if (!response.ok || !response.body) throw new Error(`stream ${response.status}`)
  const key = `${index}`
  received.set(key, [])
  void read(response.body, key).catch(() => {})
  const subscribed = await fetch(`${base}/__transmit/subscribe`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(stream.cookie ? { cookie: stream.cookie } : {}),
    },
    body: JSON.stringify({
      uid: stream.uid,
      channel: `chat/conversations/${stream.conversationId}`,
    }),
  })
  if (subscribed.status !== 204) throw new Error(`subscribe ${subscribed.status}`)
}

async function read(body: ReadableStream<Uint8Array>, key: string) {
  const decoder = new TextDecoder()
  let buffer = ''
  for await (const chunk of body) {
    const now = Date.now()
    buffer += decoder.decode(chunk, { stream: true })
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      end = buffer.indexOf('\n\n')
      const data = block.split('\n').find((line) => line.startsWith('data:'))
      if (!data) continue
      const event = JSON.parse(data.slice(5)) as {
        payload?: { type?: string; message?: { seq: number; createdAt: string } }
      }
      const message = event.payload?.type === 'message' ? event.payload.message : undefined
      if (!message) continue
      received.get(key)!.push(message.seq)
      latencies.push(now - Date.parse(message.createdAt))
    }
  }
}

process.on('message', async (message: StartMessage | { type: 'finish' }) => {
  if (message.type === 'start') {
    // Open in small batches: a burst of thousands of connects is not what is measured.
    for (let i = 0; i < message.streams.length; i += 50) {
      await Promise.all(
        message.streams.slice(i, i + 50).map((stream, j) => open(message.base, stream, i + j))
      )
    }
    process.send!({ type: 'ready' })
  } else {
    process.send!({
      type: 'result',
      latencies,
      received: [...received.entries()].map(([key, seqs]) => ({ index: Number(key), seqs })),
    })
    for (const controller of controllers) controller.abort()
    setTimeout(() => process.exit(0), 100)
  }
})
