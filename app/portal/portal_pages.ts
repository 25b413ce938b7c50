import { createHash } from 'node:crypto'
import edge from 'edge.js'
import Kommune from '#models/kommune'
import { appUrl } from '#config/app'
import { publicCache } from '#portal/public_cache'
import { portalView, type PortalView } from '#portal/portal_view'
import {
  portalLang,
  portalLangs,
  translator,
  withLang,
  type PortalLang,
} from '#portal/portal_locale'
import { parseOpeningHours } from '#support/opening_hours'
import { chatClientUrl } from '#portal/chat_client'

/** A rendered citizen page: HTML and its entity tag. */
export type RenderedPage = { html: string; etag: string }

/** What one page adds to the shared template state. */
export type PageSpec = {
  template: string
  title: string
  description: string
  /** Path under /k/<slug>, without language. */
  path: string
  state?: Record<string, unknown>
}

/**
 * Renders the citizen pages (Edge, server-side; see docs/adr/0001) and
 * keeps each rendered page per kommune, language and path in the public
 * cache, so a repeat request costs a map lookup. Kommuner themselves are
 * looked up once per invalidation.
 */
export class PortalPages {
  /** The kommune by slug or code, cached. */
  kommune(ref: string): Promise<Kommune | null> {
    return publicCache.remember(0, `kommune:${ref}`, () => Kommune.findByRef(ref))
  }

  /**
   * The cached page `key`; `spec` builds it on a miss from the kommune's
   * view (null means 404, which is cached too).
   */
  async page(
    kommune: Kommune,
    requestedLang: unknown,
    key: string,
    spec: (view: PortalView, t: ReturnType<typeof translator>) => PageSpec | null
  ): Promise<RenderedPage | null> {
    const view = await portalView(kommune)
    const lang = portalLang(view.kommune, requestedLang)
    return publicCache.remember(kommune.id, `page:${lang}:${key}`, async () => {
      const t = translator(lang)
      const built = spec(view, t)
      return built ? this.render(view, lang, built) : null
    })
  }

  /** Renders a page without caching it (search results). */
  async render(view: PortalView, lang: PortalLang, spec: PageSpec): Promise<RenderedPage> {
    const k = view.kommune
    const base = `/k/${k.slug}`
    const url = (path: string) => withLang(`${base}${path}`, lang, k)
    const t = translator(lang)
    const html: string = await edge.render(`portal/${spec.template}`, {
      ...spec.state,
      k,
      view,
      lang,
      t,
      url,
      callbackHoursText: (view.reach.callbackHours ?? [])
        .map((span) => `${t(`day_${span.day}`)} ${span.opens}–${span.closes}`)
        .join(', '),
      title: spec.title,
      description: spec.description,
      canonical: `${appUrl}${url(spec.path)}`,
      alternates: portalLangs(k).map((alt) => ({
        lang: alt,
        href: `${appUrl}${withLang(`${base}${spec.path}`, alt, k)}`,
      })),
      langSwitch: portalLangs(k)
        .filter((alt) => alt !== lang)
        .map((alt) => ({ lang: alt, href: withLang(`${base}${spec.path}`, alt, k) })),
      openingWindows: JSON.stringify(parseOpeningHours(k.contact?.openingHours)),
      appUrl,
      chatClientUrl: view.reach.chat ? chatClientUrl() : null,
    })
    // Indentation is ~20 % of a page and every cached byte is sent on every hit.
    const compact = html.replace(/\n[ \t]+/g, '\n').replace(/\n{2,}/g, '\n')
    return { html: compact, etag: `"${createHash('sha1').update(compact).digest('base64url')}"` }
  }
}

export const portalPages = new PortalPages()
