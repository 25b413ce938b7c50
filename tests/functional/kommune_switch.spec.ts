import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import Membership from '#models/membership'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

test.group('Kommune switcher', (group) => {
  isolateEachTest(group)

  test('a hotline user sees all memberships and switches kommune (audited)', async ({
    client,
    assert,
  }) => {
    const user = await demoUser('hotline@vejviser.dk')
    const slagelse = await kommuneByCode(SLAGELSE)
    const target = await Membership.query()
      .where('user_id', user.id)
      .where('kommune_id', slagelse.id)
      .firstOrFail()

    const before = await client.get('/staff').loginAs(user).withInertia()
    assert.lengthOf(before.inertiaProps.memberships, 3)
    assert.equal(before.inertiaProps.kommune.code, SOROE)

    const switched = await client
      .post(`/memberships/${target.id}/activate`)
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    switched.assertHeader('location', '/staff')
    switched.assertSession('activeMembershipId', target.id)
    const after = await client
      .get('/staff')
      .loginAs(user)
      .withSession({ activeMembershipId: target.id })
      .withInertia()
    assert.equal(after.inertiaProps.kommune.code, SLAGELSE)
    assert.equal(after.inertiaProps.membership.id, target.id)

    await drainQueue()
    const entry = await AuditLog.query()
      .where('action', 'membership.switched')
      .where('user_id', user.id)
      .firstOrFail()
    assert.equal(entry.kommuneId, slagelse.id)
    assert.equal(entry.subjectId, String(target.id))
  })

  test("another user's membership cannot be activated (404)", async ({ client }) => {
    const user = await demoUser('hotline@vejviser.dk')
    const foreign = await Membership.query()
      .whereHas('user', (query) => query.where('email', 'admin@slagelse.dk'))
      .firstOrFail()
    const response = await client
      .post(`/memberships/${foreign.id}/activate`)
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(404)
  })
})
