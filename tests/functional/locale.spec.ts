import { test } from '@japa/runner'
import User from '#models/user'
import { demoUser } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

test.group('Locale', (group) => {
  isolateEachTest(group)

  test('a signed-in user switches to Swedish and keeps it', async ({ client, assert }) => {
    const user = await demoUser('medarbejder@soroe.dk')
    const response = await client
      .post('/locale')
      .form({ locale: 'sv' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const saved = await User.findOrFail(user.id)
    assert.equal(saved.locale, 'sv')
    const page = await client.get('/staff').loginAs(user).withInertia()
    page.assertInertiaPropsContains({ locale: 'sv' })
  })

  test('an anonymous visitor chooses English through a cookie', async ({ client }) => {
    const response = await client
      .post('/locale')
      .form({ locale: 'en' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const page = await client.get('/login').withPlainCookie('vejviser-locale', 'en').withInertia()
    page.assertInertiaPropsContains({ locale: 'en' })
  })

  test('an unsupported language is refused', async ({ client }) => {
    const response = await client
      .post('/locale')
      .form({ locale: 'de' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', { locale: ['Vælg en af de tilladte værdier'] })
  })
})
