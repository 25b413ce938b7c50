import { createHash } from 'node:crypto'
import type Kommune from '#models/kommune'
import { appUrl } from '#config/app'
import { publicCache } from '#portal/public_cache'
import { portalView } from '#portal/portal_view'
import type { RenderedPage } from '#portal/portal_pages'

function escapeXml(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function withEtag(body: string): RenderedPage {
  return { html: body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` }
}

/** sitemap.xml of every public page of the kommune (default language; hreflang is on the pages). */
export function sitemap(kommune: Kommune) {
  return publicCache.remember(kommune.id, 'sitemap', async () => {
    const view = await portalView(kommune)
    const base = `${appUrl}/k/${view.kommune.slug}`
    const paths = [
      '',
      '/faq',
      '/tilgaengelighed',
      ...(view.ownArticles.length ? ['/artikler'] : []),
      ...view.areas.map((area) => `/omraade/${area.slug}`),
      ...[...view.guides.keys()].map((slug) => `/vejledning/${slug}`),
    ]
    const urls = paths.map((path) => `  <url><loc>${escapeXml(`${base}${path}`)}</loc></url>`)
    return withEtag(
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
    )
  })
}

/** robots.txt: everything public may be indexed except search results. */
export function robots(kommune: Kommune) {
  const base = `/k/${kommune.slug}`
  return withEtag(
    `User-agent: *\nAllow: ${base}/\nDisallow: ${base}/soeg\nSitemap: ${appUrl}${base}/sitemap.xml\n`
  )
}

/** The kommune's colour as a stylesheet (a strict CSP allows no inline styles). */
export function theme(kommune: Kommune) {
  return publicCache.remember(kommune.id, 'theme', async () => {
    const view = await portalView(kommune)
    return withEtag(`:root{--brand:${view.kommune.brandColor}}\n`)
  })
}
