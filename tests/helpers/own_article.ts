import type { ApiClient } from '@japa/api-client'
import Guide from '#models/guide'
import type User from '#models/user'

type ArticleText = { title: string; summary: string; guidance: string[] }

/**
 * Creates, fills, submits and publishes an own article over HTTP, as a
 * kommune admin does in the editor.
 */
export async function publishOwnArticle(client: ApiClient, admin: User, text: ArticleText) {
  const created = await client
    .post('/admin/articles')
    .json({ title: 'Ny artikel', kind: 'guide' })
    .loginAs(admin)
    .withCsrfToken()
    .redirects(0)
  const location = created.header('location') ?? ''
  const id = Number(/\/admin\/articles\/(\d+)\/edit/.exec(location)?.[1])
  const saved = await client
    .put(`/admin/articles/${id}`)
    .json({
      content: {
        ...text,
        keywords: [],
        serviceArea: null,
        selfService: null,
        steps: [],
        referral: null,
        legalBasis: [],
        contact: null,
      },
    })
    .loginAs(admin)
    .withCsrfToken()
    .redirects(0)
  saved.assertStatus(302)
  for (const step of ['submit', 'publish']) {
    const response = await client
      .post(`/admin/articles/${id}/${step}`)
      .json({})
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
  }
  const article = await Guide.findOrFail(id)
  if (article.status !== 'published') throw new Error(`own article is ${article.status}`)
  return article
}
