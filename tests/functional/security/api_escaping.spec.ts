import { test } from '@japa/runner'
import { demoUser } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { publishOwnArticle } from '#tests/helpers/own_article'
import { isolateEachTest } from '#tests/helpers/transactions'

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
const withoutMarks = (html: string) => html.replace(/<\/?mark>/g, '')

/**
 * Pen-test finding: the public search API returned `title` unescaped while
 * `snippet` was escaped, so a widget following one rule either showed
 * entities or inserted stored markup. Now every string is escaped HTML.
 */
test.group('Security: one escaping rule for the public search API', (group) => {
  isolateEachTest(group)

  test('a title with markup comes back escaped, like the snippet', async ({ client, assert }) => {
    const admin = await demoUser('admin@soroe.dk')
    const article = await publishOwnArticle(client, admin, {
      // Pasted as entities; the plain-text rule decodes them on save.
      title: 'Kvarkelund &lt;img src=x onerror=alert(1)&gt; "citat" &amp; co',
      summary: "Kvarkelund &lt;b&gt;fed&lt;/b&gt; 'enkelt'",
      guidance: ['Kvarkelund'],
    })
    assert.include(article.content.title, '<img src=x onerror=alert(1)>')
    await drainQueue()

    const response = await client.get('/api/v1/kommuner/340/search').qs({ q: 'kvarkelund' })
    response.assertStatus(200)
    const hit = response.body().hits.find((row: { slug: string }) => row.slug === article.slug)
    assert.exists(hit, 'the published own article is found')
    for (const field of ['slug', 'kind', 'title', 'snippet', 'url']) {
      assert.notMatch(withoutMarks(hit[field]), /[<>"']/, `${field} is escaped`)
    }
    assert.equal(withoutMarks(hit.title), escapeHtml(article.content.title))
    assert.include(withoutMarks(hit.snippet), '&lt;b&gt;fed&lt;/b&gt;')
  })

  test('the OpenAPI document states the rule', async ({ client, assert }) => {
    const response = await client.get('/api/v1/openapi.json')
    assert.match(response.body().info.description, /every string in a response/i)
    const hit = response.body().components.schemas.Hit.properties
    assert.match(hit.title.description, /HTML-escaped/)
  })
})
