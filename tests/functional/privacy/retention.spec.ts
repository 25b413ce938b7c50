import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Delivery from '#models/delivery'
import Feedback from '#models/feedback'
import CallbackRequest from '#models/callback_request'
import InboundEvent from '#models/inbound_event'
import Inquiry from '#models/inquiry'
import type Kommune from '#models/kommune'
import Message from '#models/message'
import SearchMiss from '#models/search_miss'
import WidgetSession from '#models/widget_session'
import {
  defaultPeriods,
  RETENTION_KINDS,
  RETENTION_RULES,
  type RetentionKind,
  type RetentionPeriods,
} from '#privacy/retention/retention_kinds'
import { retentionPeriodsFor } from '#privacy/retention/retention_policy'
import { rebuildKommune } from '#stats/rollup_rebuild'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { drainQueue } from '#tests/helpers/queue'
import { agedRows, type AgedRows } from '#tests/helpers/retention_fixtures'
import { isolateEachTest } from '#tests/helpers/transactions'

const bounds = (pick: 'minDays' | 'maxDays') =>
  Object.fromEntries(
    RETENTION_KINDS.map((kind) => [kind, RETENTION_RULES[kind][pick]])
  ) as RetentionPeriods

/** Whether the retention run has treated (deleted or anonymised) each kind's fixture row. */
async function treated(kommune: Kommune, rows: AgedRows): Promise<Record<RetentionKind, boolean>> {
  const k = kommune.id
  const conversation = await Conversation.query()
    .forKommune(k)
    .where('id', rows.conversations)
    .firstOrFail()
  const lines = await ConversationMessage.query()
    .forKommune(k)
    .where('conversation_id', rows.conversations)
  const inquiry = await Inquiry.query().forKommune(k).where('id', rows.inquiries).firstOrFail()
  const message = await Message.query().forKommune(k).where('id', rows.sent_messages).firstOrFail()
  const deliveries = await Delivery.query().forKommune(k).where('message_id', rows.sent_messages)
  const widget = await WidgetSession.query()
    .forKommune(k)
    .where('id', rows.widget_sessions)
    .firstOrFail()
  const gone = async (query: Promise<unknown>) => (await query) === null
  return {
    conversations: conversation.contact === null && lines.length === 0,
    inquiries: inquiry.userId === null && inquiry.conversationId === null,
    feedback: await gone(Feedback.query().forKommune(k).where('id', rows.feedback).first()),
    callbacks: await gone(
      CallbackRequest.query().forKommune(k).where('id', rows.callbacks).first()
    ),
    inbound_payloads: await gone(
      InboundEvent.query().forKommune(k).where('id', rows.inbound_payloads).first()
    ),
    sent_messages: message.to === '' && message.text === '' && deliveries.length === 0,
    widget_sessions: widget.sessionKey === `anon-${widget.id}`,
    search_misses: await gone(
      SearchMiss.query().forKommune(k).where('id', rows.search_misses).first()
    ),
    audit_log: await gone(AuditLog.query().forKommune(k).where('id', rows.audit_log).first()),
  }
}

const none = Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, false]))
const all = Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, true]))

async function setPeriods(client: any, email: string, periods: RetentionPeriods) {
  const response = await client
    .put('/admin/retention')
    .json(periods)
    .loginAs(await demoUser(email))
    .withCsrfToken()
    .redirects(0)
  response.assertStatus(302)
}

/** The kommune's statistics as the dashboard reads them, rebuilt from the raw rows. */
async function rollups(kommune: Kommune) {
  await rebuildKommune(kommune.id)
  const daily = await db
    .from('inquiry_daily')
    .where('kommune_id', kommune.id)
    .orderBy(['day', 'service_area_id', 'channel'])
  const total = await db
    .from('inquiry_kommune_daily')
    .where('kommune_id', kommune.id)
    .orderBy('day')
  return { daily, total }
}

/** The command's output is read from its logger, so the UI is in raw mode for the group. */
function runCommand(args: string[]) {
  return ace.exec('privacy:retention', args)
}

test.group('Retention: the admin page', (group) => {
  isolateEachTest(group)

  test('the admin sees the defaults, sets periods for their kommune only; the change is audited', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    const admin = await demoUser('admin@soroe.dk')
    const page = await client.get('/admin/retention').loginAs(admin).withInertia()
    page.assertStatus(200)
    page.assertInertiaPropsContains({ periods: defaultPeriods() })

    const chosen = { ...defaultPeriods(), feedback: 60, audit_log: 1000 }
    await setPeriods(client, 'admin@soroe.dk', chosen)
    assert.deepEqual(await retentionPeriodsFor(soroe), chosen)
    assert.deepEqual(await retentionPeriodsFor(slagelse), defaultPeriods())

    await drainQueue()
    const entry = await AuditLog.query()
      .forKommune(soroe)
      .where('action', 'privacy.retention_changed')
      .firstOrFail()
    assert.equal(entry.userId, admin.id)
    assert.deepEqual(entry.meta, {
      feedback: { before: 365, after: 60 },
      audit_log: { before: 730, after: 1000 },
    })
  })

  test('periods outside the bounds, fractions or missing kinds are refused', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const admin = await demoUser('admin@soroe.dk')
    for (const bad of [
      { ...defaultPeriods(), audit_log: RETENTION_RULES.audit_log.minDays - 1 },
      { ...defaultPeriods(), inbound_payloads: RETENTION_RULES.inbound_payloads.maxDays + 1 },
      { ...defaultPeriods(), feedback: 90.5 },
      { ...defaultPeriods(), conversations: undefined },
    ]) {
      const response = await client
        .put('/admin/retention')
        .json(bad)
        .loginAs(admin)
        .withCsrfToken()
        .header('accept', 'application/json')
        .redirects(0)
      response.assertStatus(422)
    }
    assert.deepEqual(await retentionPeriodsFor(soroe), defaultPeriods())
  })

  test('staff and managers may not read or set retention', async ({ client }) => {
    for (const email of ['medarbejder@soroe.dk', 'leder@soroe.dk']) {
      const user = await demoUser(email)
      const read = await client.get('/admin/retention').loginAs(user).redirects(0)
      read.assertStatus(403)
      const write = await client
        .put('/admin/retention')
        .json(bounds('minDays'))
        .loginAs(user)
        .withCsrfToken()
        .redirects(0)
      write.assertStatus(403)
    }
  })
})

test.group('Retention: node ace privacy:retention', (group) => {
  isolateEachTest(group)
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('--dry-run prints what would go per kommune and kind and changes nothing', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const staff = await demoUser('medarbejder@soroe.dk')
    const old = await agedRows(soroe, staff, 800)
    const command = await runCommand(['--dry-run'])
    command.assertSucceeded()
    const printed = command.ui.logger
      .getLogs()
      .map((log) => log.message)
      .join('\n')
    for (const kind of RETENTION_KINDS) {
      assert.match(printed, new RegExp(`${soroe.name}.*${kind}`), kind)
    }
    assert.match(printed, /Dry run: nothing was changed/)
    assert.deepEqual(await treated(soroe, old), none)
    assert.lengthOf(
      await AuditLog.query().forKommune(soroe).where('action', 'privacy.retention_run'),
      0
    )
  })

  test("each kommune's own periods apply: same-aged rows go in one kommune and stay in the other", async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    await setPeriods(client, 'admin@soroe.dk', bounds('minDays'))
    await setPeriods(client, 'admin@slagelse.dk', bounds('maxDays'))
    const soroeOld = await agedRows(soroe, await demoUser('medarbejder@soroe.dk'), 200)
    const slagelseOld = await agedRows(slagelse, await demoUser('medarbejder@slagelse.dk'), 200)

    const command = await runCommand(['--batch-size=1'])
    command.assertSucceeded()

    assert.deepEqual(await treated(soroe, soroeOld), all)
    assert.deepEqual(await treated(slagelse, slagelseOld), none)
    await drainQueue()
    const run = await AuditLog.query()
      .forKommune(soroe)
      .where('action', 'privacy.retention_run')
      .firstOrFail()
    assert.isNull(run.userId)
    for (const kind of RETENTION_KINDS) {
      assert.isAtLeast((run.meta as any)[kind].rows, 1, kind)
    }
    const other = await AuditLog.query()
      .forKommune(slagelse)
      .where('action', 'privacy.retention_run')
      .firstOrFail()
    assert.equal((other.meta as any).feedback.rows, 0)
  })

  test('nothing newer than the period is touched (one day either side of each bound)', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const staff = await demoUser('medarbejder@soroe.dk')
    await setPeriods(client, 'admin@soroe.dk', bounds('minDays'))
    const ages = [6, 8, 179, 181]
    const rows = []
    for (const age of ages) rows.push(await agedRows(soroe, staff, age))

    const command = await runCommand(['--kommune', SOROE])
    command.assertSucceeded()

    for (const [index, age] of ages.entries()) {
      const expected = Object.fromEntries(
        RETENTION_KINDS.map((kind) => [kind, age > RETENTION_RULES[kind].minDays])
      )
      assert.deepEqual(await treated(soroe, rows[index]), expected, `${age} days old`)
    }
  })

  test('the statistics are the same after the raw rows are deleted or anonymised', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const staff = await demoUser('medarbejder@soroe.dk')
    await setPeriods(client, 'admin@soroe.dk', bounds('minDays'))
    const old = await agedRows(soroe, staff, 400)
    await agedRows(soroe, staff, 3)
    const before = await rollups(soroe)
    assert.isNotEmpty(before.total)

    const command = await runCommand([])
    command.assertSucceeded()

    assert.deepEqual(await treated(soroe, old), all)
    assert.deepEqual(await rollups(soroe), before)
  })

  test('a second run finds nothing more to do', async ({ client, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    await setPeriods(client, 'admin@soroe.dk', bounds('minDays'))
    await agedRows(soroe, await demoUser('medarbejder@soroe.dk'), 400)
    const first = await runCommand(['--kommune', SOROE])
    first.assertSucceeded()
    const again = await runCommand(['--kommune', SOROE, '--dry-run'])
    again.assertSucceeded()
    const printed = again.ui.logger.getLogs().map((log) => log.message)
    assert.include(
      printed.join('\n'),
      'Nothing is older than its retention period',
      printed.join('\n')
    )
  })
})
