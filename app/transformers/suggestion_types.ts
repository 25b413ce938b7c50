/** One guide suggested to staff for an open conversation (the console's suggestions panel). */
export type SuggestionDto = {
  slug: string
  title: string
  /** A short excerpt of the citizen text (the guide's intro to "du"). */
  excerpt: string
  /** The kommune's public page of the guide: what the citizen gets. */
  publicUrl: string
  /** The staff guide in the support view. */
  staffUrl: string
  /** What "insert" puts in the reply box: the excerpt and the public link. */
  insertText: string
}

export type SuggestionsResponse = { suggestions: SuggestionDto[]; tookMs: number }

/** One guide the widget shows before a chat (strings HTML-escaped, the public API's rule). */
export type DeflectionHitDto = { slug: string; title: string; intro: string }
