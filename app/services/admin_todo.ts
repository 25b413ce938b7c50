import { DateTime } from 'luxon'
import { localize } from '#channel_kit'
import channelRegistry from '#channels/registry'
import ChannelConnection from '#models/channel_connection'
import Feedback from '#models/feedback'
import Guide from '#models/guide'
import type Kommune from '#models/kommune'
import LocalSupplement from '#models/local_supplement'
import Message from '#models/message'
import SelfServiceLink from '#models/self_service_link'
import { policyChannelGaps } from '#services/policy_channel_gaps'
import type { AdminTodo } from '#transformers/everyday_types'

const SHOWN = 5
const FAILURE_WINDOW_DAYS = 7

/**
 * What an administrator should do next, all scoped to the kommune: alerts to
 * confirm, feedback to answer, channels failing or missing, broken links.
 */
export async function adminTodo(kommune: Kommune, locale: string): Promise<AdminTodo> {
  const [alerts, feedback, failingChannels, policyGaps, brokenLinks] = await Promise.all([
    alertsTodo(kommune),
    Feedback.query()
      .forKommune(kommune.id)
      .where('route', 'local')
      .where('status', 'open')
      .count('* as total')
      .first(),
    failingChannelsOf(kommune, locale),
    policyChannelGaps(kommune),
    brokenLinksOf(kommune),
  ])
  return {
    alerts,
    feedback: { count: Number(feedback?.$extras.total ?? 0) },
    failingChannels,
    policyGaps,
    brokenLinks,
  }
}

async function alertsTodo(kommune: Kommune) {
  const [supplements, copies] = await Promise.all([
    LocalSupplement.query().forKommune(kommune.id).where('needs_review', 1).preload('guide'),
    Guide.query().forKommune(kommune.id).where('source_changed', 1),
  ])
  const titles = [...supplements.map((s) => s.guide.title), ...copies.map((c) => c.title)].sort(
    (a, b) => a.localeCompare(b, 'da')
  )
  return { count: titles.length, titles: titles.slice(0, SHOWN) }
}

async function failingChannelsOf(kommune: Kommune, locale: string) {
  await channelRegistry.load()
  const since = DateTime.now().minus({ days: FAILURE_WINDOW_DAYS })
  const [connections, failures] = await Promise.all([
    ChannelConnection.query().forKommune(kommune.id).where('enabled', 1),
    Message.query()
      .forKommune(kommune.id)
      .where('status', 'failed')
      .where('updated_at', '>=', since.toSQL({ includeOffset: false })!)
      .select('connection_id')
      .count('* as total')
      .groupBy('connection_id'),
  ])
  const failedBy = new Map(failures.map((row) => [row.connectionId, Number(row.$extras.total)]))
  return connections
    .filter((connection) => (failedBy.get(connection.id) ?? 0) > 0)
    .map((connection) => ({
      connectionId: connection.id,
      name: channelRegistry.has(connection.pluginId)
        ? localize(channelRegistry.get(connection.pluginId).manifest.displayName, locale)
        : connection.pluginId,
      failed: failedBy.get(connection.id)!,
    }))
}

async function brokenLinksOf(kommune: Kommune) {
  const broken = SelfServiceLink.query().where('broken', 1).select('url')
  const guides = await Guide.query()
    .forKommune(kommune.id)
    .whereNot('status', 'archived')
    .whereIn('self_service_url', broken)
    .orderBy('title')
    .limit(SHOWN)
  return guides.map((guide) => ({
    guideId: guide.id,
    title: guide.title,
    url: guide.selfServiceUrl!,
  }))
}
