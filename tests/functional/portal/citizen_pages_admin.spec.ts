import { test } from '@japa/runner'
import { demoUser } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

test.group('Admin: citizen pages settings', (group) => {
  isolateEachTest(group)

  test('the admin sets colour, logo, website and widget origins; pages follow at once', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin@soroe.dk')
    const before = await client.get('/k/soroe/theme.css')
    assert.notInclude(before.text(), '#004d40')
    const response = await client
      .put('/admin/citizen-pages')
      .json({
        logoUrl: 'https://www.soroe.dk/logo.svg',
        brandColor: '#004D40',
        domain: 'soroe.dk',
        siteOrigins: ['https://www.soroe.dk'],
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const theme = await client.get('/k/soroe/theme.css')
    assert.include(theme.text(), '--brand:#004d40')
    const page = await client.get('/k/soroe')
    assert.include(page.text(), 'https://www.soroe.dk/logo.svg')
    const cors = await client
      .get('/api/v1/kommuner/340/widget')
      .header('origin', 'https://www.soroe.dk')
    assert.equal(cors.header('access-control-allow-origin'), 'https://www.soroe.dk')
  })

  test('a colour white text cannot be read on is refused', async ({ client, assert }) => {
    const admin = await demoUser('admin@soroe.dk')
    const response = await client
      .put('/admin/citizen-pages')
      .json({ logoUrl: null, brandColor: '#ffdd00', domain: null, siteOrigins: [] })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', {
      brandColor: ['Farven er for lys: hvid tekst kan ikke læses på den.'],
    })
    const theme = await client.get('/k/soroe/theme.css')
    assert.notInclude(theme.text(), '#ffdd00')
  })

  test('staff may not change them', async ({ client }) => {
    const staff = await demoUser('medarbejder@soroe.dk')
    const response = await client
      .put('/admin/citizen-pages')
      .json({ logoUrl: null, brandColor: null, domain: null, siteOrigins: [] })
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(403)
  })
})
