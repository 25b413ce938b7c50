import type Kommune from '#models/kommune'
import type { MergedGuide } from '#knowledge/merged_guide'
import { citizenTextOf } from '#knowledge/citizen_text'
import { escapeHtml } from '#support/escape_html'

export type GuidanceMessage = { subject: string; text: string; html: string | null }

/** The public page of a guide for one kommune (what the message links to). */
export function publicGuideUrl(baseUrl: string, kommune: Kommune, slug: string) {
  return `${baseUrl}/k/${kommune.slug}/vejledning/${slug}`
}

/**
 * What staff send a citizen: the guide's citizen level (du-form: what to do
 * and what to have ready — never the staff briefing), the self-service link
 * and the kommune's contact, plus a link to the guide's public page. SMS
 * gets a short version (every segment costs); e-mail gets the bullets, as
 * text and HTML. The staff preview shows exactly this.
 */
export function composeGuidance(
  guide: MergedGuide,
  kommune: Kommune,
  channel: 'email' | 'sms',
  baseUrl: string
): GuidanceMessage {
  const link = publicGuideUrl(baseUrl, kommune, guide.slug)
  const selfService = guide.content.selfService
  const contact = guide.contact
  const subject = `${guide.content.title} – ${kommune.name} Kommune`
  if (channel === 'sms') {
    const parts = [
      guide.content.title,
      selfService ? `${selfService.name}: ${selfService.url}` : null,
      `Læs mere: ${link}`,
      contact?.phone ? `${contact.unit}: ${contact.phone}` : null,
      `Venlig hilsen ${kommune.name} Kommune`,
    ]
    return { subject, text: parts.filter(Boolean).join('\n'), html: null }
  }
  const citizen = citizenTextOf(guide.content, guide.lang)
  const bullets = [...citizen.todo, ...citizen.haveReady]
  const contactLines = contact
    ? ([contact.unit, contact.phone, contact.email, contact.openingHours].filter(
        Boolean
      ) as string[])
    : []
  const text = [
    guide.content.title,
    '',
    ...(citizen.intro ? [citizen.intro, ''] : []),
    ...bullets.map((bullet) => `• ${bullet}`),
    '',
    selfService ? `${selfService.name}: ${selfService.url}` : null,
    `Hele vejledningen: ${link}`,
    contactLines.length ? `\nKontakt: ${contactLines.join(' · ')}` : null,
    '',
    `Venlig hilsen ${kommune.name} Kommune`,
  ]
    .filter((line) => line !== null)
    .join('\n')
  const html = [
    `<h1>${escapeHtml(guide.content.title)}</h1>`,
    citizen.intro ? `<p>${escapeHtml(citizen.intro)}</p>` : '',
    `<ul>${bullets.map((bullet) => `<li>${escapeHtml(bullet)}</li>`).join('')}</ul>`,
    selfService
      ? `<p><a href="${escapeHtml(selfService.url)}">${escapeHtml(selfService.name)}</a></p>`
      : '',
    `<p><a href="${escapeHtml(link)}">Hele vejledningen</a></p>`,
    contactLines.length ? `<p>Kontakt: ${contactLines.map(escapeHtml).join(' · ')}</p>` : '',
    `<p>Venlig hilsen ${escapeHtml(kommune.name)} Kommune</p>`,
  ].join('\n')
  return { subject, text, html }
}

/**
 * A message staff edited before sending: their text as written, and the
 * same text as simple HTML (paragraphs and line breaks, escaped).
 */
export function editedGuidance(subject: string, text: string): GuidanceMessage {
  const html = text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
  return { subject, text, html }
}
