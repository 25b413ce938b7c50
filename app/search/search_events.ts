import app from '@adonisjs/core/services/app'
import Queue from '#queue/queue'
import IndexGuideJob from '#jobs/index_guide_job'
import IndexKommuneJob from '#jobs/index_kommune_job'

/**
 * What the knowledge base calls after a committed change, so the index
 * follows. Dispatching is cheap; the work happens in jobs.
 */
export const searchEvents = {
  async guideChanged(guideId: number) {
    const queue = await app.container.make(Queue)
    await queue.dispatch(IndexGuideJob, { kommuneId: null, guideId })
  },

  async kommuneChanged(kommuneId: number) {
    const queue = await app.container.make(Queue)
    await queue.dispatch(IndexKommuneJob, { kommuneId })
  },
}
