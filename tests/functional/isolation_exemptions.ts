import type { WalkerRole } from '#tests/helpers/isolation/walkers'

/** A route exempt for some walkers only (it is theirs to use with these ids). */
export interface RoleExemption {
  roles: WalkerRole[]
  reason: string
}

/**
 * Routes the isolation walk does not try with another kommune's ids, each
 * with the reason. Keep this list short; every entry is a promise that the
 * route cannot leak one kommune's data to another.
 */
export const ISOLATION_EXEMPTIONS: Record<string, string | RoleExemption> = {
  'api.search':
    "Public citizen search of one kommune's published guidance (the widget on its website): no session, and it only returns what that kommune publishes to everyone.",
  'api.search.miss':
    'Public and write-only: stores a CPR-masked search text for the national editors; it answers 204 with no data.',
  'api.chat.status':
    "Public: whether a kommune's chat is open now and its topic list (national service areas); the same for everyone, no conversation data.",
  'api.chat.open':
    'Public by design: any citizen may start a chat with any kommune from its website; the answer holds only the new conversation and its own visitor token.',
  'api.chat.offline':
    'Public and write-only: leaves a question for the kommune to answer by e-mail; answers 202 with no data.',
  'chat.demo':
    "Public demo page standing in for a kommune's own website with the chat embedded; it shows only the kommune's public name and code.",
  'citizen.index':
    "Public list of a kommune's published guidance for its citizens; reachable by anyone by design.",
  'citizen.areas.show':
    "Public page of one service area in a kommune: only that kommune's published guidance, for anyone (tests/functional/portal).",
  'citizen.articles':
    "Public list of a kommune's own published articles, for anyone; another kommune's pages never list them (tests/functional/portal).",
  'citizen.faq': 'Public technical FAQ (national content), shown under each kommune.',
  'citizen.accessibility': "Public accessibility statement of a kommune's pages.",
  'citizen.search':
    "Public search page: only the kommune's published guidance (tests/functional/portal checks another kommune's articles never appear).",
  'citizen.sitemap': "Public sitemap of a kommune's public pages.",
  'citizen.robots': "Public robots.txt of a kommune's pages.",
  'citizen.theme': "The kommune's public brand colour as a stylesheet.",
  'citizen.widget_demo': 'A demo page embedding the public widget for a kommune; it holds no data.',
  'api.widget.config':
    "The widget's public settings for a kommune (name, colour, contact, callback hours), for anyone.",
  'api.widget.deflection':
    "Public: the kommune's published guides that answer a citizen's question on its website, for anyone; nothing is stored.",
  'stats.export':
    "':table' names one of the dashboard's charts (areas, costs, …), not a row: the CSV always holds the signed-in member's own kommune, which the page without ids already covers (tests/functional/stats/dashboard.spec.ts checks another kommune's manager gets only their own figures).",
  'editorial.statistics.export': {
    roles: ['editor'],
    reason:
      "':table' names one of the national statistics' tables (guides, search misses, missing supplements): a national view across kommuner is what the editors' page is (tests/functional/stats/export_audit.spec.ts); every other role is walked and must be refused.",
  },
  'editorial.known_issues.end': {
    roles: ['editor'],
    reason:
      'Known issues are national notices with no kommune: ending one is what the national editors are for (every other role is walked and must get 403).',
  },
}

/** Why `route` is not walked for `role`, if it is not. */
export function exemptionFor(route: string, role: WalkerRole): string | undefined {
  const exemption = ISOLATION_EXEMPTIONS[route]
  if (exemption === undefined) return undefined
  if (typeof exemption === 'string') return exemption
  return exemption.roles.includes(role) ? exemption.reason : undefined
}
