/**
 * Routes the isolation walk does not try with another kommune's ids, each
 * with the reason. Keep this list short; every entry is a promise that the
 * route cannot leak one kommune's data to another.
 */
export const ISOLATION_EXEMPTIONS: Record<string, string> = {
  'api.search':
    "Public citizen search of one kommune's published guidance (the widget on its website): no session, and it only returns what that kommune publishes to everyone.",
  'api.search.miss':
    'Public and write-only: stores a CPR-masked search text for the national editors; it answers 204 with no data.',
  'citizen.index':
    "Public list of a kommune's published guidance for its citizens; reachable by anyone by design.",
}
