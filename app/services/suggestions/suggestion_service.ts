import { inject } from '@adonisjs/core'
import { performance } from 'node:perf_hooks'
import { appUrl } from '#config/app'
import type Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import type Kommune from '#models/kommune'
import SuggestionFeedback from '#models/suggestion_feedback'
import { portalView } from '#portal/portal_view'
import type { CitizenGuide } from '#portal/citizen_guide_dto'
import SearchEngine from '#search/search_engine'
import { maskCpr } from '#support/mask_cpr'
import type { ConversationText } from '#services/suggestions/suggestion_query'
import { questionTerms, suggestGuides } from '#services/suggestions/suggestion_search'
import type { Demotion } from '#services/suggestions/suggestion_ranking'
import type { SuggestionDto, SuggestionsResponse } from '#transformers/suggestion_types'

/** The citizen lines a suggestion reads (the latest matter most; older ones add little). */
const LINES_READ = 20
/** The most recent "wrong" marks of a kommune the ranking takes into account. */
const FEEDBACK_READ = 1000
const EXCERPT_CHARS = 160
/** Three suggestions: enough to choose from at a glance. */
const SHOWN = 3

/**
 * Answer suggestions for staff (issue 17): the three guides that best
 * answer an open conversation, searched in its kommune from the citizen's
 * CPR-masked lines, and the "this suggestion is wrong" mark that demotes a
 * guide for similar questions in that kommune (docs/adr/0035).
 */
@inject()
export default class SuggestionService {
  constructor(private engine: SearchEngine) {}

  async forConversation(
    conversation: Conversation,
    kommune: Kommune
  ): Promise<SuggestionsResponse> {
    const started = performance.now()
    const text = await this.#text(conversation, langOf(kommune))
    const [view, feedback] = await Promise.all([portalView(kommune), this.#feedback(kommune.id)])
    const { ranked } = await suggestGuides(this.engine, {
      kommune: kommune.code,
      lang: langOf(kommune),
      text,
      feedback,
      conversationId: conversation.id,
      limit: SHOWN * 2,
    })
    // A guide the kommune no longer shows citizens (unpublished since indexing) is skipped.
    const suggestions = ranked
      .flatMap(({ slug }) => {
        const guide = view.guides.get(slug)
        return guide ? [toSuggestion(kommune, guide)] : []
      })
      .slice(0, SHOWN)
    return { suggestions, tookMs: Math.round((performance.now() - started) * 10) / 10 }
  }

  /**
   * The widget's step before a chat: the guides that answer what the
   * citizen typed, with the page they are on as context — the same ranking
   * (and the same "wrong" marks) as staff get.
   */
  async forWidget(kommune: Kommune, question: string, pageTitle: string | null) {
    const [view, feedback] = await Promise.all([portalView(kommune), this.#feedback(kommune.id)])
    const { ranked } = await suggestGuides(this.engine, {
      kommune: kommune.code,
      lang: langOf(kommune),
      text: { citizenLines: [maskCpr(question)], pageTitle: pageTitle ? maskCpr(pageTitle) : null },
      feedback,
      conversationId: null,
      limit: SHOWN * 2,
    })
    return ranked
      .flatMap(({ slug }) => {
        const guide = view.guides.get(slug)
        return guide ? [{ slug, title: guide.title, intro: excerptOf(guide) }] : []
      })
      .slice(0, SHOWN)
  }

  /** Stores a "wrong" mark: the guide is dropped here and demoted for similar questions. */
  async markWrong(conversation: Conversation, kommune: Kommune, slug: string, userId: number) {
    const text = await this.#text(conversation, langOf(kommune))
    const terms = questionTerms(text, langOf(kommune))
    await SuggestionFeedback.create({
      kommuneId: kommune.id,
      conversationId: conversation.id,
      guideSlug: slug.slice(0, 200),
      queryTerms: terms.join(' ').slice(0, 500),
      userId,
    })
  }

  async #text(conversation: Conversation, lang: string): Promise<ConversationText> {
    const lines = await ConversationMessage.query()
      .forKommune(conversation.kommuneId)
      .where('conversation_id', conversation.id)
      .where('author', 'citizen')
      .orderBy('seq', 'desc')
      .limit(LINES_READ)
    return {
      // Stored masked already; masked again so nothing unmasked can reach the engine.
      citizenLines: lines.reverse().map((line) => maskCpr(line.body)),
      pageTitle: conversation.pageTitle ? maskCpr(conversation.pageTitle) : null,
      topic: conversation.topic ? maskCpr(conversation.topic) : null,
      serviceArea: conversation.serviceArea?.nameIn(lang) ?? null,
    }
  }

  async #feedback(kommuneId: number): Promise<Demotion[]> {
    const rows = await SuggestionFeedback.query()
      .withScopes((scopes) => scopes.forKommune(kommuneId))
      .orderBy('id', 'desc')
      .limit(FEEDBACK_READ)
    return rows.map((row) => ({
      slug: row.guideSlug,
      terms: row.queryTerms.split(' ').filter(Boolean),
      conversationId: row.conversationId,
    }))
  }
}

export function langOf(kommune: Kommune) {
  return kommune.country === 'SE' ? ('sv' as const) : ('da' as const)
}

/** The first sentence(s) of the citizen intro, cut at a word within the limit. */
export function excerptOf(guide: CitizenGuide) {
  const intro = (guide.citizen.intro || guide.summary).replace(/\s+/g, ' ').trim()
  if (intro.length <= EXCERPT_CHARS) return intro
  const sentence = intro.slice(0, EXCERPT_CHARS).match(/^.*[.!?](?=\s)/)?.[0]
  if (sentence && sentence.length > 40) return sentence
  return `${intro.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')} …`
}

function toSuggestion(kommune: Kommune, guide: CitizenGuide): SuggestionDto {
  const publicUrl = `${appUrl.replace(/\/+$/, '')}/k/${kommune.slug}/vejledning/${guide.slug}`
  const excerpt = excerptOf(guide)
  return {
    slug: guide.slug,
    title: guide.title,
    excerpt,
    publicUrl,
    staffUrl: `/staff/guides/${encodeURIComponent(guide.slug)}`,
    insertText: `${excerpt} ${publicUrl}`,
  }
}
