import Feedback, { FEEDBACK_KINDS, FEEDBACK_SECTIONS, FEEDBACK_STATUSES } from '#models/feedback'
import Kommune from '#models/kommune'
import type { FeedbackKind, FeedbackSection, FeedbackStatus } from '#models/feedback'
import { toFeedbackDto } from '#transformers/feedback_dto'
import { crossKommune } from '#tenancy/cross_kommune'

/**
 * Whose inbox: the national editors get every kommune's remarks on the
 * national text; a kommune's admins get their own kommune's local ones,
 * never another kommune's.
 */
export type FeedbackInbox = { route: 'national' } | { route: 'local'; kommuneId: number }

export type FeedbackFilters = {
  status: FeedbackStatus | ''
  kind: FeedbackKind | ''
  section: FeedbackSection | ''
  /** Kommune code; only the national inbox offers it. */
  kommune: string
}

const PER_PAGE = 25

/** Reads filters from a query string, dropping anything unknown. */
export function parseFeedbackFilters(qs: Record<string, unknown>): FeedbackFilters {
  const pick = <T extends string>(allowed: readonly T[], value: unknown): T | '' =>
    allowed.includes(value as T) ? (value as T) : ''
  return {
    status: pick(FEEDBACK_STATUSES, qs.status),
    kind: pick(FEEDBACK_KINDS, qs.kind),
    section: pick(FEEDBACK_SECTIONS, qs.section),
    kommune: typeof qs.kommune === 'string' && /^\d{1,4}$/.test(qs.kommune) ? qs.kommune : '',
  }
}

/**
 * One page of an inbox with its filters applied, the count per status
 * (under the other filters, so the status select can show what each
 * choice would give) and the kommuner that have sent something.
 */
export default class ListFeedbackInbox {
  async handle(inbox: FeedbackInbox, filters: FeedbackFilters, page = 1) {
    if (inbox.route === 'local') return this.#list(inbox, filters, page)
    return crossKommune("the national editors' inbox holds remarks from every kommune", () =>
      this.#list(inbox, filters, page)
    )
  }

  async #list(inbox: FeedbackInbox, filters: FeedbackFilters, page: number) {
    const kommuneId = await this.#kommuneFilter(inbox, filters)

    const scoped = () => {
      const query = Feedback.query().where('feedback.route', inbox.route)
      if (inbox.route === 'local') query.forKommune(inbox.kommuneId)
      if (filters.kind) query.where('feedback.kind', filters.kind)
      if (filters.section) query.where('feedback.section', filters.section)
      if (kommuneId !== undefined) query.forKommune(kommuneId)
      return query
    }

    const list = scoped()
      .preload('guide')
      .preload('kommune')
      .preload('user')
      .orderBy('feedback.created_at', 'desc')
      .orderBy('feedback.id', 'desc')
    if (filters.status) list.where('feedback.status', filters.status)

    const [paginated, countRows, kommuner] = await Promise.all([
      list.paginate(Math.max(1, page), PER_PAGE),
      scoped().select('feedback.status').count('* as total').groupBy('feedback.status'),
      this.#kommuner(inbox),
    ])

    const counts = Object.fromEntries(FEEDBACK_STATUSES.map((status) => [status, 0])) as Record<
      FeedbackStatus,
      number
    >
    for (const row of countRows) {
      counts[row.status] = Number(row.$extras.total)
    }

    return {
      items: paginated.all().map(toFeedbackDto),
      page: {
        current: paginated.currentPage,
        last: paginated.lastPage,
        total: paginated.total,
      },
      counts,
      kommuner,
    }
  }

  /** The kommune filter, by code; undefined = no filter. An unknown code matches nothing. */
  async #kommuneFilter(inbox: FeedbackInbox, filters: FeedbackFilters) {
    if (inbox.route === 'local' || !filters.kommune) return undefined
    const kommune = await Kommune.findBy('code', filters.kommune)
    return kommune?.id ?? 0
  }

  /** Kommuner with remarks in the inbox, for the filter select. */
  async #kommuner(inbox: FeedbackInbox) {
    if (inbox.route === 'local') return []
    const rows = await Kommune.query()
      .whereIn('id', Feedback.query().where('route', 'national').select('kommune_id'))
      .orderBy('name')
    return rows.map((kommune) => ({ code: kommune.code, name: kommune.name }))
  }
}
