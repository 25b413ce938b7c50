import { DateTime } from 'luxon'
import type Kommune from '#models/kommune'
import WidgetSession from '#models/widget_session'

export type WidgetStep = 'asked' | 'opened' | 'helpful' | 'chat'

const FLAG: Record<WidgetStep, 'asked' | 'guideOpened' | 'helpful' | 'chatStarted'> = {
  asked: 'asked',
  opened: 'guideOpened',
  helpful: 'helpful',
  chat: 'chatStarted',
}

/** A session older than this is not continued (a random key repeating later is another visit). */
const SESSION_HOURS = 12

/**
 * Records one step of an anonymous widget session: the row is created on
 * the first step and only ever gains flags, so a replayed or reordered
 * request changes nothing. No text is stored — only what happened.
 */
export default class RecordWidgetStep {
  async handle(kommune: Kommune, sessionKey: string, step: WidgetStep, slug?: string) {
    const session = await this.#session(kommune, sessionKey)
    session[FLAG[step]] = true
    if (slug && (step === 'opened' || step === 'helpful')) session.guideSlug = slug
    await session.save()
    return session
  }

  async #session(kommune: Kommune, sessionKey: string) {
    const existing = await this.#find(kommune, sessionKey)
    if (existing) return existing
    try {
      return await WidgetSession.create({ kommuneId: kommune.id, sessionKey })
    } catch (error) {
      // Two steps of a new session raced; the other one created the row.
      const raced = await this.#find(kommune, sessionKey)
      if (raced) return raced
      throw error
    }
  }

  #find(kommune: Kommune, sessionKey: string) {
    return WidgetSession.query()
      .withScopes((scopes) => scopes.forKommune(kommune))
      .where('session_key', sessionKey)
      .where(
        'created_at',
        '>=',
        DateTime.utc().minus({ hours: SESSION_HOURS }).toFormat('yyyy-MM-dd HH:mm:ss')
      )
      .first()
  }
}
