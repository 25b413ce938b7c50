import { test } from '@japa/runner'
import Conversation from '#models/conversation'
import { crossKommune } from '#tenancy/cross_kommune'
import { tenantContext } from '#tenancy/tenant_context'
import { UnscopedTenantQueryError } from '#tenancy/tenant_query_guard'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

/**
 * The guard is live in this test process (start/tenant_query_guard.ts is
 * preloaded for NODE_ENV=test): app code — a request or a job's tenant
 * context — that reads a tenant table without a kommune fails.
 */
test.group('Tenant query guard', (group) => {
  isolateEachTest(group)

  test('app code reading a tenant table by id alone throws', async ({ assert }) => {
    const kommune = await kommuneByCode(SOROE)
    await assert.rejects(
      () => tenantContext.run({ kommune }, () => Conversation.query().where('id', 1).first()),
      UnscopedTenantQueryError
    )
    await assert.rejects(
      () => tenantContext.run({ kommune }, () => Conversation.find(1)),
      UnscopedTenantQueryError
    )
  })

  test('the same read through forKommune passes', async ({ assert }) => {
    const kommune = await kommuneByCode(SOROE)
    const row = await tenantContext.run({ kommune }, () =>
      Conversation.query().forKommune(kommune).where('id', 1).first()
    )
    assert.isNull(row)
  })

  test('crossKommune is the one explicit way around it', async ({ assert }) => {
    const kommune = await kommuneByCode(SOROE)
    const rows = await tenantContext.run({ kommune }, () =>
      crossKommune('test: a national count', () => Conversation.query().count('* as total'))
    )
    assert.lengthOf(rows, 1)
    assert.throws(() => crossKommune(' ', () => null), /reason/)
  })
})
