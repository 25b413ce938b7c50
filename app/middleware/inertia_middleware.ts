import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import i18nManager from '@adonisjs/i18n/services/main'
import { toMembershipDto, toUserDto } from '#transformers/account_dto'
import { navigationFor } from '#support/navigation'
import channelSandbox from '#channels/sandbox/channel_sandbox'
import KnownIssues from '#knowledge/known_issues'
import { isLeanPath } from '#support/lean_paths'
import type { SharedProps as SharedPageProps } from '#support/shared_props'
import type { AlwaysProp } from '@adonisjs/inertia/types'

/** Shared props are sent on every visit, partial reloads included. */
function alwaysEach<T extends Record<string, any>>(ctx: HttpContext, props: T) {
  const wrapped: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) wrapped[key] = ctx.inertia.always(value)
  return wrapped as { [K in keyof T]: AlwaysProp<T[K]> }
}
import { navBadges, withBadges } from '#services/nav_badges'

/**
 * Props every page gets. Runs at render time, which can be before session
 * or auth exist (a 404 of an unknown URL), so every context field is
 * treated as optional.
 */
export default class InertiaMiddleware extends BaseInertiaMiddleware {
  async share(ctx: HttpContext) {
    const { session, auth, i18n, membership } = ctx as Partial<HttpContext>
    const user = auth?.user
    const memberships = user?.$preloaded.memberships ? user.memberships : []
    // National notices (e.g. a MitID outage) on top of every staff page.
    const knownIssues =
      membership && ['staff', 'admin'].includes(membership.role)
        ? await ctx.containerResolver.make(KnownIssues).then((issues) => issues.current())
        : []

    const shared: SharedPageProps = {
      errors: this.getValidationErrors(ctx) as Record<string, string>,
      flash: {
        success: (session?.flashMessages.get('success') as string | undefined) ?? null,
        error: (session?.flashMessages.get('error') as string | undefined) ?? null,
        sentMessageId: (session?.flashMessages.get('sentMessageId') as number | undefined) ?? null,
      },
      locale: (i18n?.locale ?? i18nManager.defaultLocale) as SharedPageProps['locale'],
      user: user ? toUserDto(user) : null,
      membership: membership ? toMembershipDto(membership) : null,
      memberships: memberships.map(toMembershipDto),
      nav: withBadges(
        navigationFor(membership?.role, { sandbox: channelSandbox.running }),
        await navBadges(membership)
      ),
      knownIssues,
    }
    return alwaysEach(ctx, shared)
  }

  async handle(ctx: HttpContext, next: NextFn) {
    // The JSON API, webhooks and /health render no pages (their errors are JSON).
    if (isLeanPath(ctx.request.url())) return next()
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
