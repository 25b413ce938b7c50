import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'
import { unitCostsFor } from '#stats/unit_cost_store'
import { DEFAULT_UNIT_COSTS } from '#stats/unit_costs'

const COSTS = { phone: 52.5, in_person: 95, chat: 12.75, email: 18, sms: 4, callback: 47 }

test.group('Admin: unit costs per channel', (group) => {
  isolateEachTest(group)

  test('the admin sets them; only their own kommune changes; the change is audited', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin@soroe.dk')
    const page = await client.get('/admin/unit-costs').loginAs(admin).withInertia()
    page.assertStatus(200)
    page.assertInertiaPropsContains({ costs: DEFAULT_UNIT_COSTS })
    const response = await client
      .put('/admin/unit-costs')
      .json(COSTS)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.deepEqual(await unitCostsFor(await kommuneByCode(SOROE)), COSTS)
    assert.deepEqual(await unitCostsFor(await kommuneByCode(SLAGELSE)), DEFAULT_UNIT_COSTS)
    await drainQueue()
    const entry = await AuditLog.query().where('action', 'stats.unit_costs_changed').firstOrFail()
    assert.equal(entry.userId, admin.id)
  })

  test('negative, too large, sub-øre or missing costs are refused', async ({ client, assert }) => {
    const admin = await demoUser('admin@soroe.dk')
    for (const bad of [
      { ...COSTS, phone: -1 },
      { ...COSTS, chat: 1_000_000 },
      { ...COSTS, sms: 0.125 },
      { ...COSTS, email: undefined },
    ]) {
      const response = await client
        .put('/admin/unit-costs')
        .json(bad)
        .loginAs(admin)
        .withCsrfToken()
        .header('accept', 'application/json')
        .redirects(0)
      response.assertStatus(422)
    }
    assert.deepEqual(await unitCostsFor(await kommuneByCode(SOROE)), DEFAULT_UNIT_COSTS)
  })

  test('a manager may read the dashboard but not set unit costs', async ({ client }) => {
    const manager = await demoUser('leder@soroe.dk')
    const response = await client
      .put('/admin/unit-costs')
      .json(COSTS)
      .loginAs(manager)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(403)
  })
})
