import { DateTime } from 'luxon'
import editorialConfig from '#config/editorial'
import Feedback from '#models/feedback'
import Guide from '#models/guide'
import SearchMiss from '#models/search_miss'
import SelfServiceLink from '#models/self_service_link'
import type { EditorialQueue, QueueGuide } from '#transformers/everyday_types'
import { crossKommune } from '#tenancy/cross_kommune'

const SHOWN = 5
const MISS_WINDOW_DAYS = 30

const national = () => Guide.query().whereNull('kommune_id')

async function listed(query: ReturnType<typeof national>) {
  const [rows, total] = await Promise.all([
    query.clone().orderBy('updated_at', 'desc').limit(SHOWN),
    query.clone().count('* as total').first(),
  ])
  const guides: QueueGuide[] = rows.map((guide) => ({
    id: guide.id,
    title: guide.title,
    updatedAt: guide.updatedAt.toISO()!,
  }))
  return { count: Number(total?.$extras.total ?? 0), guides }
}

/**
 * What a national editor should work on next: drafts, texts to approve
 * (another editor's), own texts waiting for a second editor, unanswered
 * feedback, broken self-service links and searches without answers.
 */
export async function editorialQueue(userId: number): Promise<EditorialQueue> {
  const mine = (query: ReturnType<typeof national>) =>
    query.where((own) => own.where('submitted_by', userId).orWhere('updated_by', userId))
  const since = DateTime.now().minus({ days: MISS_WINDOW_DAYS }).toSQL({ includeOffset: false })!
  const broken = SelfServiceLink.query().where('broken', 1).select('url')
  // National feedback and misses come from every kommune: the editors' inbox is national by design.
  const [drafts, toApprove, waiting, feedback, links, linked, misses] = await crossKommune(
    'the national editors’ work queue',
    () =>
      Promise.all([
        listed(national().where('status', 'draft')),
        listed(
          editorialConfig.secondApprover
            ? national()
                .where('status', 'review')
                .whereRaw('coalesce(submitted_by, 0) <> ? and coalesce(updated_by, 0) <> ?', [
                  userId,
                  userId,
                ])
            : national().where('status', 'review')
        ),
        editorialConfig.secondApprover
          ? listed(mine(national().where('status', 'review')))
          : { count: 0, guides: [] },
        Feedback.query()
          .where('route', 'national')
          .where('status', 'open')
          .count('* as total')
          .first(),
        SelfServiceLink.query().where('broken', 1).count('* as total').first(),
        national().whereIn('self_service_url', broken).count('* as total').first(),
        SearchMiss.query().where('created_at', '>=', since).countDistinct('query as total').first(),
      ])
  )
  return {
    drafts,
    toApprove,
    waitingForOthers: waiting,
    openFeedback: Number(feedback?.$extras.total ?? 0),
    brokenLinks: {
      links: Number(links?.$extras.total ?? 0),
      guides: Number(linked?.$extras.total ?? 0),
    },
    searchMisses: Number(misses?.$extras.total ?? 0),
  }
}
