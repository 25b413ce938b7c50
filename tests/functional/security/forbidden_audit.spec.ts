import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import { demoUser } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

/**
 * The audit entries written since `after` (other specs, e.g. the two real
 * instances of the chat spec, commit entries of their own outside any
 * test transaction: only what this test caused counts).
 */
async function forbiddenSince(after: number) {
  return AuditLog.query().where('action', 'auth.forbidden').where('id', '>', after).orderBy('id')
}

async function lastAuditId(): Promise<number> {
  await drainQueue()
  const last = await AuditLog.query().orderBy('id', 'desc').first()
  return last?.id ?? 0
}

/** Item 4 (audit): failed authorisations are written to the audit log. */
test.group('Security: refused requests are audited', (group) => {
  isolateEachTest(group)

  test('a staff member opening admin and editorial pages is refused and audited', async ({
    client,
    assert,
  }) => {
    const staff = await demoUser('medarbejder@soroe.dk')
    const before = await lastAuditId()
    for (const url of ['/admin/channels', '/editorial/feedback']) {
      const response = await client.get(url).loginAs(staff).withInertia()
      response.assertStatus(403)
    }
    await drainQueue()
    const entries = await forbiddenSince(before)
    assert.deepEqual(
      entries.map((entry) => entry.userId),
      [staff.id, staff.id]
    )
    assert.deepEqual(
      entries.map((entry) => entry.meta?.route),
      ['/admin/channels', '/editorial/feedback']
    )
    assert.equal(entries[0].ip, '127.0.0.1')
  })

  test('an anonymous refusal (no CSRF token) names no one and is not audited', async ({
    client,
    assert,
  }) => {
    const before = await lastAuditId()
    await client.post('/login').form({ email: 'x@example.dk', password: 'y' }).redirects(0)
    await drainQueue()
    assert.lengthOf(await forbiddenSince(before), 0)
  })
})
