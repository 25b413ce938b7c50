import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import vine from '@vinejs/vine'
import db from '@adonisjs/lucid/services/db'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import testUtils from '@adonisjs/core/services/test_utils'
import AuditLog from '#models/audit_log'
import CitizenKommuneMiddleware from '#middleware/citizen_kommune_middleware'
import CurrentKommune from '#tenancy/current_kommune'
import { tenantContext, MissingTenantError } from '#tenancy/tenant_context'
import { WithKommune } from '#tenancy/with_kommune'
import { existsInKommune, tenantValidatorMeta } from '#tenancy/validator_metadata'
import { kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

/** A tenant-owned model on a table that exists only during these tests. */
class TenancyProbe extends WithKommune(BaseModel) {
  static table = 'tenancy_probes'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare label: string
}

const probeValidator = tenantValidatorMeta.create({
  probeId: vine.number().use(existsInKommune({ table: 'tenancy_probes' })),
})

test.group('Tenancy core', (group) => {
  // DDL outside the per-test transactions (MySQL would commit them).
  group.setup(async () => {
    await db.connection().schema.createTable('tenancy_probes', (table) => {
      table.increments('id')
      table.integer('kommune_id').unsigned().notNullable()
      table.string('label').notNullable()
    })
    return () => db.connection().schema.dropTable('tenancy_probes')
  })
  isolateEachTest(group)

  test('forKommune only returns the given kommune’s rows', async ({ assert }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    await TenancyProbe.createMany([
      { kommuneId: soroe.id, label: 'sorø' },
      { kommuneId: slagelse.id, label: 'slagelse' },
    ])
    const rows = await TenancyProbe.query().withScopes((scopes) => scopes.forKommune(soroe))
    assert.deepEqual(
      rows.map((row) => row.label),
      ['sorø']
    )
  })

  test('a tenant-owned row created inside a tenant context gets that kommune', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const row = await tenantContext.run({ kommune: soroe }, () =>
      TenancyProbe.create({ label: 'implicit' })
    )
    assert.equal(row.kommuneId, soroe.id)
  })

  test('a tenant-owned row without kommune outside any tenant is refused', async ({ assert }) => {
    await assert.rejects(() => TenancyProbe.create({ label: 'orphan' }), /tenant-owned/)
  })

  test('tenantContext.kommune() refuses to answer outside a tenant', ({ assert }) => {
    assert.throws(() => tenantContext.kommune(), MissingTenantError)
    assert.isUndefined(tenantContext.current())
  })

  test('existsInKommune accepts own ids and rejects another kommune’s', async ({ assert }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    const own = await TenancyProbe.create({ kommuneId: soroe.id, label: 'own' })
    const foreign = await TenancyProbe.create({ kommuneId: slagelse.id, label: 'foreign' })

    const ok = await probeValidator.validate({ probeId: own.id }, { meta: { kommuneId: soroe.id } })
    assert.equal(ok.probeId, own.id)
    await assert.rejects(() =>
      probeValidator.validate({ probeId: foreign.id }, { meta: { kommuneId: soroe.id } })
    )
  })

  test('citizen pages resolve the kommune from the path (slug or code)', async ({ assert }) => {
    for (const ref of ['soroe', SOROE]) {
      const ctx = await testUtils.createHttpContext()
      ctx.params = { kommune: ref }
      let seen: { context?: number; bound?: number } = {}
      await new CitizenKommuneMiddleware().handle(ctx, async () => {
        const bound = await ctx.containerResolver.make(CurrentKommune)
        seen = { context: tenantContext.kommune().id, bound: bound.id }
      })
      const soroe = await kommuneByCode(SOROE)
      assert.deepEqual(seen, { context: soroe.id, bound: soroe.id })
      assert.equal(ctx.kommune?.id, soroe.id)
    }
  })

  test('an unknown kommune in the path is a 404', async ({ assert }) => {
    const ctx = await testUtils.createHttpContext()
    ctx.params = { kommune: 'atlantis' }
    await assert.rejects(
      () => new CitizenKommuneMiddleware().handle(ctx, async () => {}),
      /Kommune not found/
    )
  })
})

test.group('Column normalisation (SQLite and MariaDB alike)', (group) => {
  isolateEachTest(group)

  test('JSON and millisecond timestamps survive a round trip', async ({ assert }) => {
    const at = DateTime.fromISO('2026-11-23T10:11:12.345Z')
    const entry = await AuditLog.create({
      entryId: 'round-trip-test',
      userId: null,
      kommuneId: null,
      action: 'test.round_trip',
      subjectType: null,
      subjectId: null,
      meta: { nested: { æøå: 'Sorø' }, list: [1, 2] },
      ip: null,
      createdAt: at,
    })
    const fresh = await AuditLog.findOrFail(entry.id)
    assert.deepEqual(fresh.meta, { nested: { æøå: 'Sorø' }, list: [1, 2] })
    assert.equal(fresh.createdAt.toUTC().toISO(), '2026-11-23T10:11:12.345Z')
  })
})
