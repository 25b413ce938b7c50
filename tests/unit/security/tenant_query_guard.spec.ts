import { test } from '@japa/runner'
import { unscopedTenantTable } from '#tenancy/tenant_query_guard'

/**
 * The SQL check behind the test-time tenant guard, on the statement shapes
 * Lucid and knex produce for SQLite and MySQL.
 */
test.group('Tenant query guard: which statements name a kommune', () => {
  test('a read of a tenant table by id alone is unscoped', ({ assert }) => {
    assert.equal(
      unscopedTenantTable('select * from "conversations" where "id" = ? limit ?'),
      'conversations'
    )
    assert.equal(
      unscopedTenantTable('select * from `local_supplements` where `guide_id` = ?'),
      'local_supplements'
    )
  })

  test('a kommune constraint (= ?, in (…), qualified) makes it scoped', ({ assert }) => {
    assert.isUndefined(
      unscopedTenantTable('select * from "conversations" where "kommune_id" = ? and "id" = ?')
    )
    assert.isUndefined(
      unscopedTenantTable(
        'select * from `conversations` where `conversations`.`kommune_id` in (?, ?) and `id` = ?'
      )
    )
  })

  test('a join on kommune columns alone names no kommune', ({ assert }) => {
    assert.equal(
      unscopedTenantTable(
        'select * from "guides" inner join "local_supplements" on "local_supplements"."kommune_id" = "guides"."kommune_id"'
      ),
      'local_supplements'
    )
  })

  test('inserts, schema statements and national tables are not policed', ({ assert }) => {
    assert.isUndefined(unscopedTenantTable('insert into "conversations" ("kommune_id") values (?)'))
    assert.isUndefined(unscopedTenantTable('create table "conversations" ("id" integer)'))
    assert.isUndefined(unscopedTenantTable('select * from "service_areas" where "id" = ?'))
    assert.isUndefined(unscopedTenantTable('select * from "kommuner" where "id" = ?'))
  })

  test('single-row writes of a loaded model pass; bulk writes need a kommune', ({ assert }) => {
    assert.isUndefined(
      unscopedTenantTable('update "conversations" set "status" = ? where "id" = ?')
    )
    assert.isUndefined(unscopedTenantTable('delete from `feedback` where `id` = ?'))
    assert.equal(
      unscopedTenantTable('update "local_supplements" set "needs_review" = ? where "guide_id" = ?'),
      'local_supplements'
    )
    assert.equal(unscopedTenantTable('delete from "messages" where "status" = ?'), 'messages')
  })
})
