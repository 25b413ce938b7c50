import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import WidgetSession from '#models/widget_session'
import { deflectionFigures } from '#stats/deflection'
import { kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

const api = (code: string) => `/api/v1/kommuner/${code}/deflection`
const today = () => ({
  from: DateTime.utc().minus({ days: 1 }),
  to: DateTime.utc().plus({ days: 1 }),
})

test.group('Deflection before chat', (group) => {
  isolateEachTest(group)

  test('the widget gets the three guides that answer the question, escaped, no text kept', async ({
    client,
    assert,
  }) => {
    const response = await client
      .get(api(SOROE))
      .qs({ q: 'mit pas er udløbet og jeg skal rejse på fredag', title: 'Pas og kørekort' })
    response.assertStatus(200)
    const hits = response.body().hits as { slug: string; title: string; intro: string }[]
    assert.lengthOf(hits, 3)
    assert.include(['noedpas', 'pas-bestil'], hits[0].slug)
    assert.isAbove(hits[0].intro.length, 10)
    assert.equal(response.header('set-cookie'), undefined)

    const bad = await client.get(api(SOROE)).qs({ q: '' })
    bad.assertStatus(422)
    const unknown = await client.get(api('9999')).qs({ q: 'pas' })
    unknown.assertStatus(404)
  })

  test('steps of an anonymous session are recorded once each, per kommune', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const session = 'a1b2c3d4e5f6a7b8c9d0e1f2'
    for (const step of ['asked', 'opened', 'opened', 'helpful']) {
      const response = await client
        .post(api(SOROE))
        .form({ session, step, ...(step === 'opened' ? { slug: 'noedpas' } : {}) })
      response.assertStatus(204)
    }
    const rows = await WidgetSession.query().where('kommune_id', soroe.id)
    assert.lengthOf(rows, 1)
    assert.isTrue(rows[0].asked && rows[0].guideOpened && rows[0].helpful)
    assert.isFalse(rows[0].chatStarted)
    assert.equal(rows[0].guideSlug, 'noedpas')

    const invalid = await client.post(api(SOROE)).form({ session: 'short', step: 'asked' })
    invalid.assertStatus(422)
    const wrongStep = await client.post(api(SOROE)).form({ session, step: 'bought' })
    wrongStep.assertStatus(422)
  })

  test('deflection rate and saving: helpful without a chat, × the chat unit cost (11 kr by default)', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    const sessions = [
      { asked: true, guideOpened: true, helpful: true, chatStarted: false },
      { asked: true, guideOpened: true, helpful: true, chatStarted: false },
      { asked: true, guideOpened: true, helpful: false, chatStarted: true },
      { asked: true, guideOpened: false, helpful: false, chatStarted: false },
      // Helpful, yet a chat followed: not deflected.
      { asked: true, guideOpened: true, helpful: true, chatStarted: true },
      // Never asked to chat (a plain search): outside the figures.
      { asked: false, guideOpened: true, helpful: false, chatStarted: false },
    ]
    for (const [index, flags] of sessions.entries()) {
      await WidgetSession.create({
        kommuneId: soroe.id,
        sessionKey: `soroe-session-${index}x`,
        ...flags,
      })
    }
    await WidgetSession.create({
      kommuneId: slagelse.id,
      sessionKey: 'slagelse-session-0000',
      asked: true,
      guideOpened: true,
      helpful: true,
      chatStarted: false,
    })

    const figures = await deflectionFigures(soroe.id, today())
    assert.deepInclude(figures, {
      asked: 5,
      guideOpened: 4,
      helpful: 3,
      chatFollowed: 2,
      deflected: 2,
      deflectionRate: 0.4,
      unitCost: 11,
      unitCostIsDefault: true,
      estimatedSaving: 22,
    })

    await db.table('kommune_unit_costs').insert({
      kommune_id: soroe.id,
      channel: 'chat',
      unit_cost: 37.5,
      updated_at: DateTime.utc().toFormat('yyyy-MM-dd HH:mm:ss'),
    })
    const priced = await deflectionFigures(soroe.id, today())
    assert.equal(priced.unitCost, 37.5)
    assert.isFalse(priced.unitCostIsDefault)
    assert.equal(priced.estimatedSaving, 75)

    const earlier = await deflectionFigures(soroe.id, {
      from: DateTime.utc().minus({ days: 10 }),
      to: DateTime.utc().minus({ days: 5 }),
    })
    assert.equal(earlier.asked, 0)
    assert.equal(earlier.deflectionRate, 0)
  })
})
