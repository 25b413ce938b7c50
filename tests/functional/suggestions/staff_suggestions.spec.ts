import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import type { ApiClient } from '@japa/api-client'
import channelManager from '#channels/channel_manager'
import ConversationMessage from '#models/conversation_message'
import SuggestionFeedback from '#models/suggestion_feedback'
import SearchEngine, { type SearchQuery } from '#search/search_engine'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { enableChat, openChat, type OpenedChat } from '#tests/helpers/chat'
import { isolateEachTest } from '#tests/helpers/transactions'
import type { SuggestionsResponse } from '#transformers/suggestion_types'

const base = (id: number) => `/staff/conversations/${id}`

async function citizenSays(client: ApiClient, chat: OpenedChat, body: string, clientId: string) {
  const response = await client
    .post(`/api/v1/chat/conversations/${chat.conversationId}/messages`)
    .bearerToken(chat.visitorToken)
    .json({ body, clientId })
  response.assertStatus(201)
}

async function suggestionsFor(client: ApiClient, id: number, email = 'medarbejder@soroe.dk') {
  const response = await client.get(`${base(id)}/suggestions`).loginAs(await demoUser(email))
  response.assertStatus(200)
  return response.body() as SuggestionsResponse
}

const slugs = (result: SuggestionsResponse) => result.suggestions.map((s) => s.slug)

test.group('Answer suggestions for staff', (group) => {
  isolateEachTest(group)
  group.each.teardown(() => {
    channelManager.restore()
    app.container.restore(SearchEngine)
  })

  test('three guides from the latest question, page title as context; they follow the conversation', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    // Opened from the building-permit page, but the citizen asks about a passport.
    const chat = await openChat(client, soroe, { topic: null })
    await citizenSays(
      client,
      chat,
      'Hej. Mit pas er udløbet og jeg skal rejse på fredag',
      'cit-0001'
    )
    const first = await suggestionsFor(client, chat.conversationId)
    assert.lengthOf(first.suggestions, 3)
    assert.include(['noedpas', 'pas-bestil'], first.suggestions[0].slug)
    const top = first.suggestions[0]
    assert.equal(top.publicUrl.replace(/^https?:\/\/[^/]+/, ''), `/k/soroe/vejledning/${top.slug}`)
    assert.equal(top.staffUrl, `/staff/guides/${top.slug}`)
    assert.isAbove(top.excerpt.length, 10)
    assert.isAtMost(top.excerpt.length, 162)
    assert.equal(top.insertText, `${top.excerpt} ${top.publicUrl}`)

    // A new question: the latest line leads.
    await citizenSays(client, chat, 'Tak! Og må jeg bygge en carport uden tilladelse?', 'cit-0002')
    const second = await suggestionsFor(client, chat.conversationId)
    assert.equal(second.suggestions[0].slug, 'carport-garage-skur')
    assert.isBelow(second.tookMs, 300)
  })

  test('only CPR-masked text reaches the search engine and the stored feedback', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe)
    // Written straight to the table, unmasked, as if an old row had slipped through.
    await ConversationMessage.create({
      kommuneId: soroe.id,
      conversationId: chat.conversationId,
      seq: 1,
      author: 'citizen',
      body: 'Mit cpr er 010190-1234 og mit pas er udløbet',
    })
    const real = await app.container.make(SearchEngine)
    const asked: string[] = []
    const spy = new Proxy(real, {
      get(target, property) {
        if (property === 'search') {
          return (query: SearchQuery) => {
            asked.push(query.q)
            return target.search(query)
          }
        }
        const value = Reflect.get(target, property, target)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    app.container.swap(SearchEngine, () => spy)

    const result = await suggestionsFor(client, chat.conversationId)
    assert.isAbove(asked.length, 0)
    for (const q of asked) assert.notMatch(q, /\d{6}|1234/)
    assert.include(slugs(result), 'pas-bestil')

    const staff = await demoUser('medarbejder@soroe.dk')
    await client
      .post(`${base(chat.conversationId)}/suggestions/wrong`)
      .loginAs(staff)
      .withCsrfToken()
      .json({ slug: 'pas-bestil' })
    const stored = await SuggestionFeedback.query().where('kommune_id', soroe.id).firstOrFail()
    assert.notMatch(stored.queryTerms, /\d/)
    assert.include(stored.queryTerms.split(' '), 'pas')
  })

  test('"wrong" drops the guide here and demotes it for similar questions in that kommune only', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    await enableChat(soroe)
    await enableChat(slagelse)
    const question = 'Mit pas er udløbet, hvordan fornyer jeg det?'
    const a = await openChat(client, soroe)
    await citizenSays(client, a, question, 'cit-a-0001')
    const before = await suggestionsFor(client, a.conversationId)
    const wrong = before.suggestions[0].slug

    const marked = await client
      .post(`${base(a.conversationId)}/suggestions/wrong`)
      .loginAs(await demoUser('medarbejder@soroe.dk'))
      .withCsrfToken()
      .json({ slug: wrong })
    marked.assertStatus(200)
    assert.notInclude(slugs(marked.body()), wrong)
    const row = await SuggestionFeedback.query().where('kommune_id', soroe.id).firstOrFail()
    assert.equal(row.guideSlug, wrong)
    assert.equal(row.conversationId, a.conversationId)

    // Another Sorø conversation with a similar question: the guide is no longer first.
    const b = await openChat(client, soroe)
    await citizenSays(
      client,
      b,
      'Hej, mit pas er udløbet. Hvordan fornyer jeg mit pas?',
      'cit-b-0001'
    )
    const similar = await suggestionsFor(client, b.conversationId)
    assert.notEqual(similar.suggestions[0].slug, wrong)

    // Slagelse never learnt it: the same question still gets the guide first.
    const c = await openChat(client, slagelse)
    await citizenSays(client, c, question, 'cit-c-0001')
    const other = await suggestionsFor(client, c.conversationId, 'medarbejder@slagelse.dk')
    assert.equal(other.suggestions[0].slug, wrong)
  })

  test("another kommune's conversation is a 404, suggestions and marks alike", async ({
    client,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const chat = await openChat(client, soroe)
    const outsider = await demoUser('medarbejder@slagelse.dk')
    const read = await client.get(`${base(chat.conversationId)}/suggestions`).loginAs(outsider)
    read.assertStatus(404)
    const mark = await client
      .post(`${base(chat.conversationId)}/suggestions/wrong`)
      .loginAs(outsider)
      .withCsrfToken()
      .json({ slug: 'pas-bestil' })
    mark.assertStatus(404)
  })
})
