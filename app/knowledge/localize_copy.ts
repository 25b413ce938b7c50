import type Kommune from '#models/kommune'
import type { GuideContent } from '#knowledge/guide_content'

/** What a copy changed: how many places, in which content fields (top-level keys). */
export type CopyLocalization = {
  content: GuideContent
  count: number
  fields: string[]
}

/** Keys whose strings are storage keys, not text (never rewritten). */
const UNTOUCHED = new Set(['screenshotPath'])

/** The kommune's web domain: its own setting, else "<slug>.dk" (how Danish kommuner are named). */
export function kommuneDomain(kommune: Kommune) {
  return (kommune.settings.domain ?? `${kommune.slug}.dk`).toLowerCase()
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The source kommune's name (also its genitive, "Slagelses" → "Sorøs"; a
 * lower-case keyword stays lower-case) and its web domain (links, e-mail
 * addresses) replaced by the copier's, in every text of the content.
 */
export function localizeCopy(content: GuideContent, from: Kommune, to: Kommune): CopyLocalization {
  const name = new RegExp(`(?<![\\p{L}\\p{N}])${escape(from.name)}(s?)(?![\\p{L}\\p{N}])`, 'giu')
  // Subdomains count ("www.slagelse.dk"); "nyslagelse.dk" does not.
  const domain = new RegExp(
    `(?<![\\p{L}\\p{N}-])${escape(kommuneDomain(from))}(?![\\p{L}\\p{N}-])`,
    'giu'
  )
  const fields = new Set<string>()
  let count = 0

  // The domain first: "affald@slagelse.dk" becomes "affald@soroe.dk", never "affald@sorø.dk".
  const rewrite = (text: string) =>
    text
      .replace(domain, () => {
        count++
        return kommuneDomain(to)
      })
      .replace(name, (match: string, genitive: string) => {
        count++
        const base = match.slice(0, match.length - genitive.length)
        const target = base === base.toLowerCase() ? to.name.toLowerCase() : to.name
        return `${target}${genitive}`
      })

  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return key && UNTOUCHED.has(key) ? value : rewrite(value)
    if (Array.isArray(value)) return value.map((item) => walk(item, key))
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([inner, item]) => [inner, walk(item, inner)])
      )
    }
    return value
  }

  const result = Object.fromEntries(
    Object.entries(content).map(([key, value]) => {
      const before = count
      const next = walk(value, key)
      if (count > before) fields.add(key)
      return [key, next]
    })
  ) as GuideContent
  return { content: result, count, fields: [...fields] }
}
