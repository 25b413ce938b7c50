import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import Conversation from '#models/conversation'
import ConversationMessage from '#models/conversation_message'
import Inquiry from '#models/inquiry'
import type Kommune from '#models/kommune'
import Message from '#models/message'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { pdfText } from '#tests/helpers/pdf_text'
import { drainQueue } from '#tests/helpers/queue'
import { enableSms } from '#tests/helpers/sms_connection'
import { isolateEachTest } from '#tests/helpers/transactions'

const MS = 'yyyy-MM-dd HH:mm:ss.SSS'

/** The response body as bytes (the test client would decode a PDF as UTF-8 text). */
function binaryBody(
  res: { on(event: string, listener: (chunk?: Buffer) => void): unknown },
  done: (error: Error | null, body: Buffer) => void
) {
  const chunks: Buffer[] = []
  res.on('data', (chunk) => chunks.push(chunk!))
  res.on('end', () => done(null, Buffer.concat(chunks)))
}

/**
 * A closed SMS case: a citizen line holding a CPR number written straight
 * to the table (as rows stored before the masker existed would be), a staff
 * answer carried by an SMS, the closing note and the registered inquiry.
 */
async function closedCase(kommune: Kommune) {
  const staff = await demoUser('medarbejder@soroe.dk')
  const closedAt = DateTime.utc().minus({ hours: 1 })
  const conversation = await Conversation.create({
    kommuneId: kommune.id,
    channel: 'sms',
    contact: '+4520304050',
    citizenName: 'Anna Borger',
    status: 'closed',
    topic: 'Byggetilladelse til carport',
    assigneeId: staff.id,
    lastSeq: 3,
    staffReadSeq: 3,
    closedAt,
    outcome: 'answered',
  })
  await db.table('conversation_messages').insert({
    kommune_id: kommune.id,
    conversation_id: conversation.id,
    seq: 1,
    author: 'citizen',
    body: 'Mit CPR er 010190-1234, hvornår må jeg bygge?',
    created_at: closedAt.minus({ minutes: 10 }).toFormat(MS),
  })
  const connection = await enableSms(kommune)
  const sms = await Message.create({
    kommuneId: kommune.id,
    connectionId: connection.id,
    channel: 'sms',
    idempotencyKey: `case-${conversation.id}`,
    to: '+4520304050',
    text: 'Se vejledningen om carporte.',
    status: 'delivered',
    attempts: 1,
    userId: staff.id,
  })
  await ConversationMessage.create({
    kommuneId: kommune.id,
    conversationId: conversation.id,
    seq: 2,
    author: 'staff',
    userId: staff.id,
    body: 'Se vejledningen om carporte.',
    messageId: sms.id,
  })
  await ConversationMessage.create({
    kommuneId: kommune.id,
    conversationId: conversation.id,
    seq: 3,
    author: 'system',
    body: 'closed_by_staff',
  })
  const inquiry = await Inquiry.create({
    kommuneId: kommune.id,
    userId: staff.id,
    channel: 'sms',
    outcome: 'answered',
    source: 'sms',
    startedAt: closedAt.minus({ minutes: 10 }),
    answeredAt: closedAt.minus({ minutes: 8 }),
    endedAt: closedAt,
    handleSeconds: 600,
    day: closedAt.toISODate()!,
    conversationId: conversation.id,
  })
  return { conversation, inquiry, staff }
}

test.group('Case export (journalisering)', (group) => {
  isolateEachTest(group)

  test('JSON holds the conversation, lines, note, guidance and inquiry, CPR masked; audited', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const { conversation, inquiry, staff } = await closedCase(soroe)
    const response = await client
      .get(`/staff/conversations/${conversation.id}/case.json`)
      .loginAs(staff)
    response.assertStatus(200)
    assert.match(
      response.header('content-disposition') ?? '',
      /attachment; filename="sag-340-\d+\.json"/
    )
    const file = response.body()
    assert.equal(file.kommune.code, SOROE)
    assert.include(file.conversation, {
      id: conversation.id,
      channel: 'sms',
      citizenName: 'Anna Borger',
      topic: 'Byggetilladelse til carport',
      assignee: staff.fullName,
      outcome: 'answered',
    })
    assert.deepEqual(
      file.messages.map((line: { author: string }) => line.author),
      ['citizen', 'staff']
    )
    assert.notInclude(JSON.stringify(file), '010190-1234')
    assert.include(file.messages[0].body, 'xxxxxx-xxxx')
    assert.deepEqual(
      file.notes.map((note: { note: string }) => note.note),
      ['closed_by_staff']
    )
    assert.lengthOf(file.guidanceSent, 1)
    assert.include(file.guidanceSent[0], { channel: 'sms', status: 'delivered' })
    assert.include(file.inquiry, { id: inquiry.id, handleSeconds: 600, outcome: 'answered' })

    await drainQueue()
    const entry = await AuditLog.query()
      .forKommune(soroe)
      .where('action', 'export.downloaded')
      .firstOrFail()
    assert.equal(entry.userId, staff.id)
    assert.equal(entry.subjectType, 'conversation')
    assert.equal(entry.subjectId, String(conversation.id))
    assert.deepEqual(entry.meta, { export: 'case', format: 'json' })
  })

  test('the PDF is a readable document with the same case, CPR masked; audited', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const { conversation, staff } = await closedCase(soroe)
    const request = client.get(`/staff/conversations/${conversation.id}/case.pdf`).loginAs(staff)
    request.request.parse(binaryBody)
    const response = await request
    response.assertStatus(200)
    assert.equal(response.header('content-type'), 'application/pdf')
    const pdf: Buffer = response.body()
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-')
    const text = pdfText(pdf).join('\n')
    assert.include(text, 'Sag til journalisering')
    assert.include(text, `Samtale nr. ${conversation.id}`)
    assert.include(text, 'Anna Borger')
    assert.include(text, 'Mit CPR er xxxxxx-xxxx')
    assert.include(text, 'Lukket af medarbejderen')
    assert.include(text, 'Registreret henvendelse')
    assert.notInclude(text, '010190')

    await drainQueue()
    const entry = await AuditLog.query()
      .forKommune(soroe)
      .where('action', 'export.downloaded')
      .firstOrFail()
    assert.deepEqual(entry.meta, { export: 'case', format: 'pdf' })
  })

  test("another kommune's case is a 404 in both formats and nothing is audited", async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const slagelse = await kommuneByCode(SLAGELSE)
    const { conversation } = await closedCase(soroe)
    for (const email of ['medarbejder@slagelse.dk', 'admin@slagelse.dk']) {
      for (const format of ['json', 'pdf']) {
        const response = await client
          .get(`/staff/conversations/${conversation.id}/case.${format}`)
          .loginAs(await demoUser(email))
        response.assertStatus(404)
        assert.notInclude(response.text(), 'Anna Borger')
      }
    }
    await drainQueue()
    const audited = await AuditLog.query()
      .forKommuner([soroe.id, slagelse.id])
      .where('action', 'export.downloaded')
    assert.lengthOf(audited, 0)
  })

  test('the admin may export; a manager and an anonymous visitor may not', async ({ client }) => {
    const soroe = await kommuneByCode(SOROE)
    const { conversation } = await closedCase(soroe)
    const path = `/staff/conversations/${conversation.id}/case.json`
    const admin = await client.get(path).loginAs(await demoUser('admin@soroe.dk'))
    admin.assertStatus(200)
    const manager = await client
      .get(path)
      .loginAs(await demoUser('leder@soroe.dk'))
      .redirects(0)
    manager.assertStatus(403)
    const anonymous = await client.get(path).redirects(0)
    anonymous.assertStatus(302)
  })
})
