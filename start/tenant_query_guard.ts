/*
|--------------------------------------------------------------------------
| Tenant query guard (tests only)
|--------------------------------------------------------------------------
|
| Lucid has no global scopes, so "every query names a kommune" is checked
| where it can be: every SQL statement app code sends while the test suite
| runs. A read, update or delete of a table in #tenancy/tenant_tables
| without a kommune constraint throws at the call site (ADR 0020).
*/
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import type { Knex } from 'knex'
import { checkTenantQuery } from '#tenancy/tenant_query_guard'

const guarded = new WeakSet<object>()

function guard(client: Knex | undefined) {
  if (!client || guarded.has(client)) return
  guarded.add(client)
  client.on('query', checkTenantQuery)
}

type LucidConnection = { client?: Knex; readClient?: Knex }

function guardConnection(connection: LucidConnection) {
  guard(connection.client)
  guard(connection.readClient)
}

emitter.on('db:connection:connect', (connection) => guardConnection(connection as LucidConnection))
for (const [, entry] of db.manager.connections) {
  if (entry.connection) guardConnection(entry.connection as unknown as LucidConnection)
}
