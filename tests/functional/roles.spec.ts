import { test } from '@japa/runner'
import { kommuneDirectory } from '#services/kommune_directory'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

/**
 * Each role reaches its own start page and nothing else (role × kommune).
 */
const EXPECTED: { email: string; home: string; allowed: string[]; denied: string[] }[] = [
  {
    email: 'redaktoer@vejviser.dk',
    home: '/editorial',
    allowed: ['/editorial'],
    denied: ['/staff', '/admin', '/stats'],
  },
  {
    email: 'admin@soroe.dk',
    home: '/admin',
    allowed: ['/admin', '/staff', '/stats'],
    denied: ['/editorial'],
  },
  {
    email: 'medarbejder@soroe.dk',
    home: '/staff',
    allowed: ['/staff'],
    denied: ['/admin', '/stats', '/editorial'],
  },
  {
    email: 'leder@soroe.dk',
    home: '/stats',
    allowed: ['/stats'],
    denied: ['/staff', '/admin', '/editorial'],
  },
]

test.group('Roles: start pages and navigation', (group) => {
  isolateEachTest(group)

  for (const role of EXPECTED) {
    test(`${role.email} lands on ${role.home} and is kept to its surfaces`, async ({
      client,
      assert,
    }) => {
      const user = await demoUser(role.email)
      const home = await client.get('/').loginAs(user).redirects(0)
      home.assertHeader('location', role.home)

      for (const url of role.allowed) {
        const response = await client.get(url).loginAs(user).withInertia()
        response.assertStatus(200)
        const navTargets = response.inertiaProps.nav.map((item: { href: string }) => item.href)
        assert.include(navTargets, role.home)
      }
      for (const url of role.denied) {
        const response = await client.get(url).loginAs(user).withInertia()
        response.assertStatus(403)
        response.assertInertiaComponent('errors/error')
      }
    })
  }

  test('the kommune directory lists only its own kommune members', async ({ assert }) => {
    // The admin start page is a to-do list now; the member list is the directory's job.
    const members = await kommuneDirectory.members(await kommuneByCode(SOROE))
    const emails = members.map((member) => member.email)
    assert.includeMembers(emails, [
      'admin@soroe.dk',
      'medarbejder@soroe.dk',
      'leder@soroe.dk',
      'hotline@vejviser.dk',
    ])
    assert.notInclude(emails, 'admin@slagelse.dk')
  })

  test('unknown pages answer 404 with the error page', async ({ client }) => {
    const response = await client.get('/does-not-exist').withInertia()
    response.assertStatus(404)
    response.assertInertiaComponent('errors/error')
  })
})
