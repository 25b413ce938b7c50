/**
 * Policies registered with Bouncer, lazily imported.
 */
export const policies = {
  KommunePolicy: () => import('#policies/kommune_policy'),
  NationalContentPolicy: () => import('#policies/national_content_policy'),
}
