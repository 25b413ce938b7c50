import { appUrl } from '#config/app'
import type { PortalView } from '#portal/portal_view'
import type { CitizenGuide } from '#portal/citizen_guide_dto'
import { chatClientUrl } from '#portal/chat_client'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * The public API's one rule (see app/search/openapi.ts): every string in a
 * response is HTML-escaped text, so a widget can insert it as HTML.
 */
export function escaped<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[&<>"']/g, (char) => ESCAPES[char]) as T
  if (Array.isArray(value)) return value.map(escaped) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escaped(item)])) as T
  }
  return value
}

/** What the widget needs before the first search: who it speaks for and how to reach them. */
export function toWidgetConfig(view: PortalView) {
  const k = view.kommune
  return escaped({
    name: k.name,
    country: k.country,
    locale: k.locale,
    brandColor: k.brandColor,
    pageUrl: `${appUrl}/k/${k.slug}`,
    /** Paths for the widget, which prefixes the origin it was loaded from. */
    pagePath: `/k/${k.slug}`,
    chatPath: view.reach.chat ? chatClientUrl() : null,
    contact: k.contact,
    callbackHours: view.reach.callbackHours,
    /** Loaded only when the citizen starts a chat; null while no chat client exists. */
    chatUrl: view.reach.chat ? `${appUrl}${chatClientUrl()}` : null,
  })
}

/** One guide for the widget's inline answer: the citizen level only (see CitizenGuide). */
export function toWidgetGuide(view: PortalView, guide: CitizenGuide) {
  const offersCallback = guide.channels.includes('callback') && view.reach.callbackHours !== null
  return escaped({
    slug: guide.slug,
    title: guide.title,
    citizen: guide.citizen,
    selfService: guide.selfService,
    local: guide.local,
    contact: guide.contact,
    url: `${appUrl}/k/${view.kommune.slug}/vejledning/${guide.slug}`,
    path: `/k/${view.kommune.slug}/vejledning/${guide.slug}`,
    reach: {
      callback: offersCallback,
      email: guide.channels.includes('email') ? (guide.contact?.email ?? null) : null,
      chat: guide.channels.includes('chat') && view.reach.chat,
    },
  })
}
