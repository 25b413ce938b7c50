/**
 * The sending side of `bench:chat`, in its own process: posts citizen
 * messages through the HTTP API at a steady rate, round-robin over the
 * conversations, each with a fresh client id.
 */
type Job = {
  type: 'start'
  base: string
  rate: number
  seconds: number
  conversations: { id: number; token: string }[]
}

process.on('message', async (job: Job) => {
  const total = job.rate * job.seconds
  const started = Date.now()
  let sent = 0
  let failed = 0
  const pending: Promise<void>[] = []
  for (let n = 0; n < total; n++) {
    const due = started + (n * 1000) / job.rate
    const wait = due - Date.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const conversation = job.conversations[n % job.conversations.length]
    pending.push(
      fetch(`${job.base}/api/v1/chat/conversations/${conversation.id}/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'authorization': `Bearer ${conversation.token}`,
        },
        body: JSON.stringify({ body: `Besked ${n}`, clientId: `bench-${process.pid}-${n}` }),
      }).then(
        (response) => {
          if (response.status === 201) sent++
          else failed++
          return response.body?.cancel()
        },
        () => {
          failed++
        }
      )
    )
  }
  await Promise.all(pending)
  process.send!({ type: 'done', sent, failed, seconds: (Date.now() - started) / 1000 })
})
