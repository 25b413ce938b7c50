import type { Task } from 'meilisearch'

/**
 * A Meilisearch write that the server accepted but then failed (or
 * cancelled). Writes are asynchronous tasks, so without this a bad write
 * would look like success.
 */
export default class MeilisearchTaskError extends Error {
  readonly taskUid: number
  readonly taskType: string
  readonly code: string | undefined

  constructor(task: Task) {
    const reason = task.error
      ? `${task.error.message} (${task.error.code})`
      : `status ${task.status}`
    super(`Meilisearch task ${task.uid} (${task.type}) failed: ${reason}`, { cause: task.error })
    this.name = 'MeilisearchTaskError'
    this.taskUid = task.uid
    this.taskType = task.type
    this.code = task.error?.code
  }
}
