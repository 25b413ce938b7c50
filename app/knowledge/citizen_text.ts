import type { GuideContent, GuideLang } from '#knowledge/guide_content'

/**
 * The citizen level of a guide: plain du-form text a citizen reads on the
 * public pages and the widget, and what staff send. It is part of the
 * guide's content, so it is versioned and diffed with the guide.
 */
export type CitizenText = {
  /** One or two sentences: what this is about, addressed to "du". */
  intro: string
  /** What to do, in order. */
  todo: string[]
  /** What to have ready before starting (MitID, documents, …). */
  haveReady: string[]
}

/** Staff instructions ("Spørg først …", "Sig til …") never reach a citizen. */
const STAFF_ONLY = /^(spørg|sig til|husk at sige|henvis|fråga|säg|kom ihåg att säga|hänvisa)\b/i

/** Bullets about what to bring or have at hand. */
const READY =
  /\b(medbring|hav\b|husk\b|skal bruge|dokumentation|legitimation|kvittering|attest|ta med|ha med|legitimation|intyg|underlag)\b/i

/** Danish third person about "the citizen" into du-form; order matters (longest first). */
const DA_RULES: [RegExp, string][] = [
  [
    /\b(for|til|om|hos|med|fra|hjælpe|kontakte|kontakter|give|giver|ringe til) borgeren\b/g,
    '$1 dig',
  ],
  [/\bborgerens\b/g, 'din'],
  [/\bBorgerens\b/g, 'Din'],
  [/\bborgeren selv\b/g, 'du selv'],
  [/\bborgeren\b/g, 'du'],
  [/\bBorgeren\b/g, 'Du'],
]

const SV_RULES: [RegExp, string][] = [
  [/\b(för|till|om|hos|med|från|hjälpa|kontakta) (den sökande|sökanden|invånaren)\b/g, '$1 dig'],
  [/\b(den sökandes|sökandens|invånarens)\b/g, 'din'],
  [/\b(den sökande|sökanden|invånaren)\b/g, 'du'],
  [/\b(Den sökande|Sökanden|Invånaren)\b/g, 'Du'],
]

/** Rewrites one sentence about "the citizen" to address the reader. */
export function toDuForm(text: string, lang: GuideLang) {
  let result = text
  for (const [pattern, replacement] of lang === 'sv' ? SV_RULES : DA_RULES) {
    result = result.replace(pattern, replacement)
  }
  return result
}

/**
 * A deterministic citizen level from a guide's content, used by the corpus
 * import and for guides whose editors have not written one yet: the summary
 * as intro, the guidance bullets in du-form (staff instructions left out),
 * and the bullets about what to bring as "have ready" — plus MitID when the
 * self-service walk-through logs in with it.
 */
export function generateCitizenText(content: GuideContent, lang: GuideLang): CitizenText {
  const bullets = content.guidance
    .map((bullet) => bullet.trim())
    .filter((bullet) => bullet && !STAFF_ONLY.test(bullet))
    .map((bullet) => toDuForm(bullet, lang))
  const haveReady = bullets.filter((bullet) => READY.test(bullet))
  const todo = bullets.filter((bullet) => !READY.test(bullet))
  const usesMitId = content.steps.some((step) => /mitid/i.test(`${step.title} ${step.text}`))
  if (usesMitId && !haveReady.some((bullet) => /mitid/i.test(bullet))) {
    haveReady.unshift(lang === 'sv' ? 'BankID eller annan e-legitimation.' : 'Dit MitID.')
  }
  return { intro: toDuForm(content.summary.trim(), lang), todo, haveReady }
}

/** The citizen level to show: the editors' text, or one generated from the content. */
export function citizenTextOf(content: GuideContent, lang: GuideLang): CitizenText {
  const written = content.citizen
  if (written && (written.intro.trim() || written.todo.length)) return written
  return generateCitizenText(content, lang)
}
