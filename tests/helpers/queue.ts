import app from '@adonisjs/core/services/app'
import Queue from '#queue/queue'

/**
 * With bullmq the test process is also the worker, so jobs dispatched by
 * requests run for real through Redis. The queue starts empty.
 */
export async function startTestQueue() {
  const queue = await app.container.make(Queue)
  if ('obliterate' in queue && typeof queue.obliterate === 'function') {
    await queue.obliterate()
  }
  await queue.work()
}

/** Waits until every job dispatched so far has run. */
export async function drainQueue() {
  const queue = await app.container.make(Queue)
  await queue.idle()
}
