import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import Conversation from '#models/conversation'
import ServiceArea from '#models/service_area'
import { DEMO_PASSWORD } from '#database/demo/demo_users'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

async function entries(action: string) {
  await drainQueue()
  return AuditLog.query().where('action', action).orderBy('id')
}

/** Item 4 (audit): what is written, from which address, and who may read it. */
test.group('Audit trail: what is recorded', (group) => {
  isolateEachTest(group)

  test('logins, ok and failed, with the real peer and never a CPR number', async ({
    client,
    assert,
  }) => {
    await client
      .post('/login')
      .form({ email: 'admin@soroe.dk', password: DEMO_PASSWORD })
      .header('X-Forwarded-For', '203.0.113.9')
      .withCsrfToken()
      .redirects(0)
    await client
      .post('/login')
      .form({ email: '010190-1234@example.dk', password: 'wrong' })
      .withCsrfToken()
      .redirects(0)
    const [login] = await entries('auth.login')
    assert.equal(login.ip, '127.0.0.1', 'an untrusted X-Forwarded-For is not the peer')
    const [failed] = await entries('auth.login_failed')
    assert.notInclude(JSON.stringify(failed.meta), '010190-1234')
  })

  test('service policy, supplement and guidance are audited in the admin’s kommune', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin@soroe.dk')
    const soroe = await kommuneByCode(SOROE)
    const area = await ServiceArea.query().orderBy('id').firstOrFail()
    await client
      .put('/admin/policy')
      .json({
        areas: [{ serviceAreaId: area.id, served: false, channels: [], staffScript: null }],
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    const [policy] = await entries('service_policy.saved')
    assert.equal(policy.kommuneId, soroe.id)
    assert.equal(policy.userId, admin.id)
    assert.equal(policy.ip, '127.0.0.1')
    assert.deepEqual(policy.meta, { areas: 1, notServed: 1 })
  })

  test("a hotline opening another kommune's conversation than its signed-in one is audited", async ({
    client,
    assert,
  }) => {
    const hotline = await demoUser('hotline@vejviser.dk')
    const slagelse = await kommuneByCode(SLAGELSE)
    const conversation = await Conversation.create({
      kommuneId: slagelse.id,
      channel: 'chat',
      status: 'waiting',
      topic: 'Hotline-test',
      lastSeq: 0,
      staffReadSeq: 0,
    })
    const response = await client
      .get(`/staff/conversations/${conversation.id}/messages`)
      .loginAs(hotline)
    response.assertStatus(200)
    const [entry] = await entries('tenancy.cross_kommune_access')
    assert.equal(entry.kommuneId, slagelse.id)
    assert.equal(entry.userId, hotline.id)
    assert.equal(entry.subjectId, String(conversation.id))
  })
})

test.group('Audit trail: the admin page', (group) => {
  isolateEachTest(group)

  async function seed(kommuneId: number, userId: number | null, count: number, action: string) {
    const base = DateTime.utc().minus({ days: 1 })
    for (let index = 0; index < count; index++) {
      await AuditLog.create({
        entryId: `seed-${kommuneId}-${action}-${index}`,
        kommuneId,
        userId,
        action,
        subjectType: null,
        subjectId: null,
        meta: null,
        ip: '127.0.0.1',
        createdAt: base.plus({ minutes: index }),
      })
    }
  }

  test('an admin reads only their own kommune, paged 50 at a time', async ({ client, assert }) => {
    const admin = await demoUser('admin@soroe.dk')
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    await seed(soroe.id, admin.id, 60, 'supplement.saved')
    await seed(slagelse.id, null, 3, 'guidance.sent')

    const first = await client.get('/admin/audit').loginAs(admin).withInertia()
    first.assertStatus(200)
    const props = first.inertiaProps as any
    assert.equal(props.page.total, 60)
    assert.equal(props.page.last, 2)
    assert.lengthOf(props.entries, 50)
    assert.isTrue(props.entries.every((entry: any) => entry.action === 'supplement.saved'))

    const second = await client.get('/admin/audit?page=2').loginAs(admin).withInertia()
    assert.lengthOf((second.inertiaProps as any).entries, 10)
  })

  test('filters by action, user and dates; another kommune’s user is refused', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin@soroe.dk')
    const staff = await demoUser('medarbejder@soroe.dk')
    const stranger = await demoUser('admin@slagelse.dk')
    const soroe = await kommuneByCode(SOROE)
    await seed(soroe.id, admin.id, 2, 'supplement.saved')
    await seed(soroe.id, staff.id, 3, 'guidance.sent')

    const byAction = await client
      .get('/admin/audit?action=guidance.sent')
      .loginAs(admin)
      .withInertia()
    assert.equal((byAction.inertiaProps as any).page.total, 3)

    const byUser = await client.get(`/admin/audit?user=${admin.id}`).loginAs(admin).withInertia()
    assert.equal((byUser.inertiaProps as any).page.total, 2)

    const tomorrow = DateTime.now().setZone(soroe.timezone).plus({ days: 1 }).toISODate()
    const future = await client.get(`/admin/audit?from=${tomorrow}`).loginAs(admin).withInertia()
    assert.equal((future.inertiaProps as any).page.total, 0)

    const foreign = await client
      .get(`/admin/audit?user=${stranger.id}`)
      .loginAs(admin)
      .withInertia()
    assert.isTrue((foreign.inertiaProps as any).invalidFilter)
    assert.equal((foreign.inertiaProps as any).page.total, 5)
  })

  test('staff and managers cannot open the audit page', async ({ client }) => {
    for (const email of ['medarbejder@soroe.dk', 'leder@soroe.dk']) {
      const response = await client.get('/admin/audit').loginAs(await demoUser(email))
      response.assertStatus(403)
    }
  })
})
